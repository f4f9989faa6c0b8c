"""The months this package covers and how a user names a period."""

import datetime

from openfisca_core import periods

from openfisca_samenloop.fouten import InvoerFout
from openfisca_samenloop.geldigheid import EERSTE_MAAND, LAATSTE_MAAND


def huidige_maand() -> str:
    """The default period: the current calendar month, clamped to the months the rules cover."""
    maand = datetime.date.today().strftime("%Y-%m")
    return min(max(maand, EERSTE_MAAND), LAATSTE_MAAND)


def als_maand(tekst, veld="--periode") -> periods.Period:
    """Parse 'YYYY-MM' into a month period inside the covered range, or raise InvoerFout."""
    try:
        periode = periods.period(str(tekst))
    except (ValueError, TypeError, AttributeError):
        raise InvoerFout(veld, f"'{tekst}' is not a month; write YYYY-MM, e.g. 2025-07") from None
    if periode.unit != periods.DateUnit.MONTH or periode.size != 1:
        raise InvoerFout(veld, f"'{tekst}' is not a single month; write YYYY-MM, e.g. 2025-07")
    controleer_gedekt(periode, veld)
    return periode


def controleer_gedekt(periode: periods.Period, veld: str) -> None:
    """Raise InvoerFout when a period reaches outside 2024-01 … 2026-12."""
    if periode.unit == periods.DateUnit.ETERNITY:
        return
    eerste = f"{periode.start.year}-{periode.start.month:02d}"
    laatste = f"{periode.stop.year}-{periode.stop.month:02d}"
    if eerste < EERSTE_MAAND or laatste > LAATSTE_MAAND:
        raise InvoerFout(
            veld, f"period {periode} is outside the months the parameters cover ({EERSTE_MAAND} … {LAATSTE_MAAND})"
        )


def periode_voor(variabele, maand: periods.Period) -> periods.Period:
    """The period in which to read `variabele` for the month `maand`: the month, its year, or ETERNITY."""
    if variabele.definition_period == periods.DateUnit.YEAR:
        return maand.this_year
    if variabele.definition_period == periods.DateUnit.ETERNITY:
        return periods.period("ETERNITY")
    return maand
