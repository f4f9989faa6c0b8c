"""Numbers as Dutch readers write them, for every face (CLI, report): € 1.234,56, 12,5 %, 1.234."""

from __future__ import annotations

import numpy as np

GEEN_WAARDE = "–"


def _geldig(waarde) -> bool:
    return waarde is not None and bool(np.isfinite(waarde))


def _nl(tekst: str) -> str:
    return tekst.replace(",", "_").replace(".", ",").replace("_", ".")


def euro(waarde) -> str:
    """€ 1.234,56 (– for a missing value; never € -0,00)."""
    if not _geldig(waarde):
        return GEEN_WAARDE
    return _nl(f"€ {0.0 if abs(waarde) < 0.005 else waarde:,.2f}")


def getal(waarde) -> str:
    """1.234 for a whole number, 1.234,56 otherwise (– for a missing value)."""
    if not _geldig(waarde):
        return GEEN_WAARDE
    return _nl(f"{waarde:,.0f}") if float(waarde).is_integer() else _nl(f"{waarde:,.2f}")


def procent(waarde, decimalen: int = 1) -> str:
    """A fraction as a percentage: 0.125 → 12,5 % (– for a missing value)."""
    return _nl(f"{100 * waarde:.{decimalen}f} %") if _geldig(waarde) else GEEN_WAARDE
