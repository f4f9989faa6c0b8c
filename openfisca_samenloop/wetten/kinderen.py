"""Shared rules for the child schemes: kinderbijslag (AKW, BWBR0002368) and kindgebonden budget (Wet KGB,
BWBR0022751).

Variable files are loaded by path, so helpers used by more than one variable file live here.

Kinderbijslag is a right per calendar quarter, judged on the first day of the quarter (AKW art. 11 lid 2:
"Recht op kinderbijslag over een kalenderkwartaal voor een kind bestaat indien op de eerste dag van dat
kalenderkwartaal is voldaan aan de voorwaarden, bedoeld in artikel 7"); the amount depends on the child's age on
that day (art. 12 lid 3). OpenFisca has no quarter period, so the quarter rules are written as MONTH variables that
look at the first month of the quarter containing the month.
"""

import numpy as np

from openfisca_core import periods


def eerste_maand_van_kwartaal(period):
    """The MONTH period that opens the calendar quarter containing `period`."""
    start = period.start
    maand = 3 * ((start.month - 1) // 3) + 1
    return periods.period(f"{start.year}-{maand:02d}")


def is_eerste_maand_van_kwartaal(period):
    """True for January, April, July and October."""
    return (period.start.month - 1) % 3 == 0


def geboren_op_of_voor(persoon, maand):
    """True for persons born on or before the first day of the MONTH period `maand`."""
    geboren = persoon("geboortedatum", periods.period(periods.ETERNITY))
    return geboren <= np.datetime64(str(maand.start))


def geboren_voor(persoon, maand):
    """True for persons born before the first day of the MONTH period `maand` (so in an earlier month)."""
    geboren = persoon("geboortedatum", periods.period(periods.ETERNITY))
    return geboren < np.datetime64(str(maand.start))
