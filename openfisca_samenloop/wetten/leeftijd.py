"""Age in whole years from a date of birth: the one rule behind `leeftijd` and the age tests that need the age
on another day (the AOW-leeftijd, the kindgebonden budget's "month after the birthday")."""

import numpy as np


def leeftijd_op(geboren, start):
    """Age in whole years on the instant `start` (a birthday on that day counts) for an array of birth dates."""
    jaar = geboren.astype("datetime64[Y]").astype(int) + 1970
    maand = geboren.astype("datetime64[M]").astype(int) % 12 + 1
    dag = (geboren - geboren.astype("datetime64[M]")).astype(int) + 1
    nog_niet_jarig = (maand > start.month) | ((maand == start.month) & (dag > start.day))
    return np.maximum(start.year - jaar - nog_niet_jarig, 0)


NIET_OPGEGEVEN = -1
"""`leeftijd`'s default value: marks a person for whom no age was given, whose age comes from `geboortedatum`."""


def leeftijd_invoer(holder, period, array):
    """`set_input` of `leeftijd`: store a given age as `opgegeven_leeftijd` and leave `leeftijd` to its formula.

    OpenFisca's builder (`openfisca test`, SimulationBuilder, the web API's /calculate) fills the persons for
    whom a situation gives no `leeftijd` with the variable's default. Stored as `leeftijd`, that default would
    stop the formula for everyone in the period: a person given only a `geboortedatum` would get the default
    age. Stored under `opgegeven_leeftijd` instead, the formula of `leeftijd` takes the given age where there is
    one and derives it from `geboortedatum` for everyone else. A period longer than a month (a year given for
    this monthly variable) is spread over its months.
    """
    from openfisca_core import periods

    simulatie = holder.simulation
    doel = simulatie.get_holder("opgegeven_leeftijd") if simulatie is not None else None
    if doel is None:  # a holder outside a simulation: behave as OpenFisca would
        return holder._set(period, array)
    period = periods.period(period)
    maanden = [period] if period.unit == periods.DateUnit.MONTH else period.get_subperiods(periods.DateUnit.MONTH)
    for maand in maanden:
        bestaand = doel.get_array(maand)
        nieuw = np.asarray(array, dtype=np.int32)
        if bestaand is not None:  # a month given separately wins over a year spread over it
            nieuw = np.where(bestaand != NIET_OPGEGEVEN, bestaand, nieuw)
        doel.delete_arrays(maand)
        doel._set(maand, nieuw)
        holder.delete_arrays(maand)  # a value computed earlier in this period is no longer valid


leeftijd_invoer.vult_ontbrekende_aan = True
