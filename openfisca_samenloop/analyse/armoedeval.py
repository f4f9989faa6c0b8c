"""The armoedeval: what a household on bijstand keeps when it takes a job at the minimum wage.

`armoedeval(situatie)` gives one row per number of hours a week (0, and by default 8, 16, 24, 32, 36):

- `uren_per_week`, `uren_per_maand` = uren per week × 52 / 12 (a year of 52 weeks spread over 12 months;
  the Wet minimumloon sets an hourly minimum since 2024, so pay follows the hours actually worked),
- `uurloon`: the hourly minimum wage in force in the month (parameter `minimumloon.minimumuurloon`,
  the adult rate), `brutoloon` = uurloon × uren per maand,
- `besteedbaar_inkomen` and each scheme's contribution (`regeling:<naam>`, as in a scan),
- `netto_winst`: net income per month gained against not working (0 hours),
- `netto_per_uur`: that gain per hour worked (netto_winst / uren_per_maand),
- `marginale_druk`: 1 − netto_winst / brutoloon: the share of the gross wage that schemes take back,
- `afgeroomd:<naam>`: per scheme, how much less (positive) it pays than at 0 hours; together with the tax
  they explain the gap between the gross wage and the net gain.

All hours are one batched population (one copy of the household per row). The default view is `"jaar"`:
taking a job is a lasting change, so the wage is set for all twelve months and the toeslagen react in
full to the year's income; `weergave="maand"` shows the first month only (bijstand reacts, toeslagen
barely yet).
"""

from __future__ import annotations

from typing import Sequence

import numpy as np
import pandas as pd

from openfisca_samenloop.invoer.periodes import als_maand, huidige_maand
from openfisca_samenloop.analyse.scan import NETTO, UREN, WEKEN_PER_MAAND, scan, uurloon
from openfisca_samenloop.invoer.situatie import laad_situatie

UREN_STANDAARD = (8, 16, 24, 32, 36)


def armoedeval(
    situatie,
    uren: Sequence[float] = UREN_STANDAARD,
    persoon: str | None = None,
    periode=None,
    tbs=None,
    weergave: str = "jaar",
    register=None,
) -> pd.DataFrame:
    """The armoedeval table of `situatie` for a minimum-wage job of `uren` hours a week (see module doc)."""
    from openfisca_samenloop.systeem import basissysteem

    tbs = tbs or basissysteem()
    maand = als_maand(periode or huidige_maand())
    situatie = laad_situatie(situatie, tbs)
    waarden = np.array(sorted({0.0, *[float(u) for u in uren]}))
    tabel = scan(situatie, UREN, None, None, None, persoon=persoon, periode=str(maand), tbs=tbs,
                 weergave=weergave, waarden=waarden, register=register)
    loon = uurloon(tbs, maand)
    uitkomst = pd.DataFrame({
        "uren_per_week": tabel["invoer"].to_numpy(),
        "uren_per_maand": tabel["invoer"].to_numpy() * WEKEN_PER_MAAND,
        "uurloon": loon,
        "brutoloon": tabel["brutoloon"].to_numpy(),
        NETTO: tabel[NETTO].to_numpy(),
    })
    netto = tabel[NETTO].to_numpy(dtype=float)
    winst = netto - netto[0]
    uitkomst["netto_winst"] = winst
    with np.errstate(divide="ignore", invalid="ignore"):
        uitkomst["netto_per_uur"] = np.where(uitkomst["uren_per_maand"] > 0, winst / uitkomst["uren_per_maand"], np.nan)
        bruto_extra = uitkomst["brutoloon"].to_numpy() - uitkomst["brutoloon"].iloc[0]
        uitkomst["marginale_druk"] = np.where(bruto_extra > 0, 1 - winst / bruto_extra, np.nan)
    for kolom in tabel.columns:
        if kolom.startswith("regeling:"):
            waarde = tabel[kolom].to_numpy(dtype=float)
            uitkomst[kolom] = waarde
            uitkomst["afgeroomd:" + kolom.split(":", 1)[1]] = waarde[0] - waarde
    uitkomst.attrs.update(tabel.attrs)
    uitkomst.attrs["uurloon"] = loon
    return uitkomst
