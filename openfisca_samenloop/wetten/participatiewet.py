"""Shared helpers for the Participatiewet variables (variables/participatiewet/)."""

import numpy as np

PW = "https://wetten.overheid.nl/BWBR0015703/2026-01-01"


def afronden_op_centen(bedrag):
    """Half-up rounding to whole cents.

    The Participatiewet prints its norms in cents but states no rounding rule for the kostendelersnorm of art. 22a
    (the formula is an image in the consolidated text). The half-yearly municipal and SZW tables publish the
    per-person kostendelersnorm rounded to the cent, half up; this helper does the same. Computed in float64 with a
    small epsilon so that float32 inputs at x.xx5 round as the decimal figure would.
    """
    waarde = np.asarray(bedrag, dtype=np.float64)
    return np.floor(waarde * 100 + 0.5 + 1e-6) / 100


def parameter_of_none(parameters, pad):
    """The parameter at `pad` (dotted path below `parameters`), or None when it has no value yet at that instant."""
    node = parameters
    try:
        for deel in pad.split("."):
            node = getattr(node, deel)
        return node
    except Exception:  # ParameterNotFoundError before the first value
        return None


# --- Time and enforcement (issue 12 §2-3): shared helpers for the month-to-month state ---------------------------

from openfisca_core.indexed_enums import Enum  # noqa: E402

EERSTE_MAAND = "2024-01"  # the first month the rules cover; no state is looked up before it


class Verwijtbaarheid(Enum):
    """Degree of blame for a breach of the inlichtingenplicht (Boetebesluit socialezekerheidswetten art. 2a)."""

    geen = "Elke vorm van verwijtbaarheid ontbreekt (geen boete)"
    verminderd = "Verminderde verwijtbaarheid (25 %)"
    gemiddeld = "Geen opzet en geen grove schuld (50 %)"
    grove_schuld = "Grove schuld (75 %)"
    opzet = "Opzet (100 %)"


def maand_datum(period):
    """The first day of a MONTH period as numpy datetime64[D]."""
    return np.datetime64(str(period.start), "D")


KETENLENGTE = 60  # months a last_month chain may span (36 covered months, with room)


def sta_ketens_toe(populatie):
    """Allow `period.last_month` chains in this simulation.

    OpenFisca treats a variable that appears again in the computation stack at another period as a possible endless
    'spiral' and, beyond `max_spiral_loops` (1 by default), silently returns the default value. The state variables
    here recurse over months on purpose and every chain has a base case (`geschiedenis_loopt`), so the limit is
    raised to the number of months a history can span.
    """
    simulatie = populatie.simulation
    if simulatie is not None and simulatie.max_spiral_loops < KETENLENGTE:
        simulatie.max_spiral_loops = KETENLENGTE


def geschiedenis_loopt(gezin, period):
    """Per gezin: is the month before `period` part of the household's history in this simulation?

    The history starts at the gezin input `begin_tijdlijn` (a date; the first month of a tijdlijn) and never before
    2024-01. Outside it, a state variable falls back to its input or default: that is the base case of every
    `period.last_month` chain, so a one-month `simuleer` never walks back through earlier months.
    """
    vorige = period.last_month
    if str(vorige) < EERSTE_MAAND:
        return np.zeros(gezin.count, dtype=bool)
    begin = gezin("begin_tijdlijn", period).astype("datetime64[D]")
    loopt = begin <= maand_datum(vorige)
    if loopt.any():
        sta_ketens_toe(gezin)
    return loopt


def warm_op(gezin, variabele, period):
    """Compute `variabele` for the months of the history before `period` in ascending order.

    A `period.last_month` chain that starts at a late month would otherwise recurse month by month down to its base
    case, one Python stack level per month (36 months overflow Python's recursion limit). Asking OpenFisca for the
    months in ascending order first fills its cache, so the chain below `period` is one cached look-up deep. This
    loop only orders OpenFisca's own computations (each vectorised over all gezinnen); it adds no computation.
    """
    loopt = geschiedenis_loopt(gezin, period)
    if not loopt.any():
        return
    begin = gezin("begin_tijdlijn", period).astype("datetime64[D]")
    eerste = max(np.datetime64(EERSTE_MAAND + "-01", "D"), begin[loopt].min())
    from openfisca_core import periods as _periods

    maand = _periods.period(str(eerste)[:7])
    holder = gezin.simulation.get_holder(variabele)
    while maand.start < period.last_month.start:
        if holder.get_array(maand) is None:
            gezin(variabele, maand)
        maand = maand.offset(1)
