"""Building blocks of the HTML report shared by the page and its sections: an embedded PNG and a table."""

from __future__ import annotations

import base64
import html
import os

import pandas as pd

from openfisca_samenloop.opmaak import euro


def _img(pad: str, alt: str) -> str:
    with open(pad, "rb") as handle:
        data = base64.b64encode(handle.read()).decode("ascii")
    return f'<img src="data:image/png;base64,{data}" alt="{html.escape(alt)}" data-bestand="{html.escape(os.path.basename(pad))}">'


GEEN_BEDRAG = {"leeftijd", "aantal_regelingen", "aantal_instanties", "aantal", "uren", "punten"}


def _tabel(frame: pd.DataFrame, bedragen: bool = True) -> str:
    """An HTML table; numbers as euros except in rows or columns that are counts or ages."""

    def cel(waarde, rij, kolom):
        if isinstance(waarde, (bool,)) or type(waarde).__name__ == "bool_":
            return "ja" if waarde else "nee"
        geen_bedrag = str(rij) in GEEN_BEDRAG or str(kolom) in GEEN_BEDRAG or str(rij).startswith("aantal") or str(kolom).startswith("aantal")
        if isinstance(waarde, (int, float)) or hasattr(waarde, "dtype"):
            if geen_bedrag or not bedragen:
                return f"{float(waarde):g}"
            return euro(float(waarde))
        return html.escape(str(waarde))

    kop = "".join(f"<th>{html.escape(str(k))}</th>" for k in [frame.index.name or ""] + list(frame.columns))
    rijen = "".join(
        "<tr>" + f"<td>{html.escape(str(index))}</td>" + "".join(f"<td>{cel(v, index, k)}</td>" for v, k in zip(rij, frame.columns)) + "</tr>"
        for index, rij in zip(frame.index, frame.itertuples(index=False))
    )
    return f"<div class='breed'><table><thead><tr>{kop}</tr></thead><tbody>{rijen}</tbody></table></div>"
