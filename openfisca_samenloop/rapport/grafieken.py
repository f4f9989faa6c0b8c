"""Charts (matplotlib) shared by the report and the CLI. Faces only: data in, PNG out.

No backend is forced: a notebook keeps its own, a run without a display gets matplotlib's Agg."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

KLEUREN = {
    "nettoloon": "#4c72b0",
    "netto_aow": "#8172b3",
    "ib_verrekening": "#937860",
    "bijstand": "#c44e52",
    "aio": "#da8bc3",
    "zorgtoeslag": "#55a868",
    "huurtoeslag": "#64b5cd",
    "kindgebonden_budget": "#ccb974",
    "kinderopvangtoeslag": "#8c8c8c",
    "kinderbijslag": "#dd8452",
}


def samenstelling(onderdelen: pd.Series, titel: str, pad: str) -> str:
    """A horizontal bar of what the household's monthly income is made of; returns the path written."""
    onderdelen = onderdelen[onderdelen.abs() > 0.005]
    figuur, as_ = plt.subplots(figsize=(7, 1.8 + 0.28 * max(len(onderdelen), 1)))
    if onderdelen.empty:
        as_.text(0.5, 0.5, "geen inkomen", ha="center", va="center")
        as_.set_axis_off()
    else:
        kleuren = [KLEUREN.get(naam, "#999999") for naam in onderdelen.index]
        as_.barh(list(onderdelen.index), list(onderdelen.values), color=kleuren)
        for positie, waarde in enumerate(onderdelen.values):
            as_.text(waarde, positie, f" € {waarde:,.0f}".replace(",", "."), va="center", fontsize=8)
        as_.invert_yaxis()
        as_.set_xlabel("€ per maand")
        as_.margins(x=0.18)
    as_.set_title(titel, fontsize=10)
    figuur.tight_layout()
    figuur.savefig(pad, dpi=110)
    plt.close(figuur)
    return pad
