"""`samenloop rapport`: every bundled household, its amounts, load, cliffs and reforms, as one HTML page.

The report calls the same analysis functions a notebook calls; it only turns their data into HTML, PNG
and a summary table. Each section is built by one function (rapport/secties.py) that returns HTML.
"""

from __future__ import annotations

import dataclasses
import datetime
import html
import os
import time
from typing import Callable

import pandas as pd

from openfisca_samenloop.rapport import grafieken
from openfisca_samenloop.analyse.bedragen import Bedragen, bereken
from openfisca_samenloop.opmaak import euro
from openfisca_samenloop.invoer.periodes import als_maand, huidige_maand
from openfisca_samenloop.rapport.bouwstenen import GEEN_BEDRAG, _img, _tabel  # noqa: F401  (shared with the sections)
from openfisca_samenloop.rapport.secties import SECTIES, algemene_secties
from openfisca_samenloop.invoer.situatie import gebundelde_situaties, laad_situatie
from openfisca_samenloop.systeem import basissysteem

CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}
h1{font-size:1.7em;margin-bottom:.2em} h2{border-bottom:2px solid #ddd;padding-bottom:.2em;margin-top:2.2em}
h3{margin-top:1.5em} table{border-collapse:collapse;margin:.6em 0;font-size:.92em}
th,td{border:1px solid #ddd;padding:.25em .6em;text-align:right} th:first-child,td:first-child{text-align:left}
thead th{background:#f4f4f4} .meta{color:#555;font-size:.93em} .bron{color:#666;font-size:.85em;font-style:italic}
img{max-width:100%;height:auto;border:1px solid #eee;margin:.5em 0} .samenvatting td{text-align:right}
nav a{margin-right:.8em} .breed{overflow-x:auto;max-width:100%} .waarschuwing{background:#fff6e0;border-left:4px solid #e0a800;padding:.4em .8em}
"""


@dataclasses.dataclass
class RapportUitkomst:
    """What `maak_rapport` produced: the page, the charts and the summary table."""

    map: str
    index: str
    grafieken: list[str]
    samenvatting: pd.DataFrame


ONDERDELEN_PERSOON = ["nettoloon", "netto_aow", "ib_verrekening"]
ONDERDELEN_GEZIN = ["bijstand", "aio", "zorgtoeslag", "kindgebonden_budget", "kinderopvangtoeslag", "kinderbijslag"]
ONDERDELEN_HUISHOUDEN = ["huurtoeslag"]


def onderdelen(bedragen: Bedragen) -> pd.Series:
    """What the household's besteedbaar inkomen is made of, summed over everyone, per component."""
    reeks = {}
    for naam in ONDERDELEN_PERSOON:
        if naam in bedragen.personen:
            reeks[naam] = float(bedragen.personen[naam].sum())
    for naam in ONDERDELEN_GEZIN:
        if naam in bedragen.gezinnen:
            reeks[naam] = float(bedragen.gezinnen[naam].sum())
    for naam in ONDERDELEN_HUISHOUDEN:
        if naam in bedragen.huishoudens:
            reeks[naam] = float(bedragen.huishoudens[naam].sum())
    return pd.Series(reeks, dtype=float)


def sectie_bedragen(bedragen: Bedragen, map_: str, grafiek_paden: list[str]) -> str:
    situatie = bedragen.situatie
    pad = os.path.join(map_, f"{situatie.naam}-inkomen.png")
    grafieken.samenstelling(onderdelen(bedragen), f"Inkomen per maand — {situatie.naam}", pad)
    grafiek_paden.append(pad)
    delen = [
        "<h3>Bedragen</h3>",
        f"<p class='meta'>Per maand in {bedragen.periode}; toetsingsinkomen en belasting per jaar.</p>",
        _img(pad, f"Samenstelling van het inkomen van {situatie.naam}"),
        "<h4>Personen</h4>", _tabel(bedragen.personen.T.rename_axis("variabele")),
        "<h4>Gezinnen</h4>", _tabel(bedragen.gezinnen.T.rename_axis("variabele")),
        "<h4>Huishouden</h4>", _tabel(bedragen.huishoudens.T.rename_axis("variabele")),
    ]
    return "\n".join(delen)


def _samenvatting_rij(bedragen: Bedragen) -> dict:
    huishouden = bedragen.huishoudens
    rij = {"situatie": bedragen.situatie.naam}
    for naam in ("besteedbaar_inkomen", "aantal_regelingen", "aantal_instanties"):
        if naam in huishouden:
            rij[naam] = huishouden[naam].sum()
    for naam, waarde in onderdelen(bedragen).items():
        rij[naam] = waarde
    return rij


def maak_rapport(
    uit: str = "samenloop-rapport",
    periode: str | None = None,
    situaties: list | None = None,
    voortgang: Callable[[str], None] | None = None,
) -> RapportUitkomst:
    """Write `uit/index.html` (self-contained, charts embedded) and the PNG charts; return what was made."""
    voortgang = voortgang or (lambda tekst: None)
    begin = time.perf_counter()
    maand = str(als_maand(periode or huidige_maand()))
    tbs = basissysteem()
    os.makedirs(uit, exist_ok=True)
    namen = situaties if situaties is not None else gebundelde_situaties()
    grafiek_paden: list[str] = []
    blokken, rijen = [], []
    for nummer, naam in enumerate(namen, start=1):
        voortgang(f"[{nummer}/{len(namen)}] {naam}")
        situatie = laad_situatie(naam, tbs)
        bedragen = bereken(situatie, maand, tbs=tbs)
        rijen.append(_samenvatting_rij(bedragen))
        delen = [
            f"<section id='{html.escape(situatie.naam)}'>",
            f"<h2>{html.escape(situatie.titel or situatie.naam)}</h2>",
            f"<p>{html.escape(situatie.beschrijving)}</p>" if situatie.beschrijving else "",
            f"<p class='meta'><b>Wat dit laat zien:</b> {html.escape(situatie.toont)}</p>" if situatie.toont else "",
            f"<p class='bron'>Bron: {html.escape(situatie.bron)}</p>" if situatie.bron else "",
            sectie_bedragen(bedragen, uit, grafiek_paden),
        ]
        for sectie in SECTIES:
            delen.append(sectie(bedragen, uit, grafiek_paden))
        delen.append("</section>")
        blokken.append("\n".join(d for d in delen if d))
    samenvatting = pd.DataFrame(rijen).set_index("situatie") if rijen else pd.DataFrame()
    voortgang("samenloopkaart en pagina")
    algemeen = algemene_secties(uit, grafiek_paden, maand)
    index = os.path.join(uit, "index.html")
    with open(index, "w", encoding="utf-8") as handle:
        handle.write(_pagina(maand, namen, samenvatting, blokken, algemeen, tbs))
    voortgang(f"klaar in {time.perf_counter() - begin:.1f} s: {index}")
    return RapportUitkomst(map=uit, index=index, grafieken=grafiek_paden, samenvatting=samenvatting)


def _pagina(maand, namen, samenvatting, blokken, algemeen, tbs) -> str:
    verlopen = tbs.geldigheid.verlopen_op(als_maand(maand).start)
    waarschuwing = ""
    if verlopen:
        waarschuwing = (
            "<p class='waarschuwing'>Let op: voor deze maand zijn de volgende parameters niet bevestigd; hun laatste "
            "bekende waarde is gebruikt: " + ", ".join(html.escape(n) for n in verlopen) + ".</p>"
        )
    navigatie = " ".join(f"<a href='#{html.escape(n)}'>{html.escape(n)}</a>" for n in namen)
    gemaakt = datetime.datetime.now().strftime("%Y-%m-%d %H:%M")
    return f"""<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Samenloop-rapport {maand}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>{CSS}</style></head>
<body>
<h1>Samenloop-rapport</h1>
<p class="meta">Periode: {maand} · gemaakt {gemaakt} met openfisca-samenloop · bedragen in euro per maand</p>
<p>Dit rapport rekent voor huishoudens uit de studie <i>Menselijke maat</i> (commissie SZW) uit wat de regels
van de Participatiewet, de AOW en AIO, de toeslagen, de kinderbijslag en de inkomstenbelasting samen doen:
hoeveel het huishouden overhoudt, hoeveel regelingen en instanties het tegelijk heeft, waar extra verdienen
niets of minder oplevert (kliffen en marginale druk), en wat hervormingen daaraan veranderen. Elke regel is
in de code terug te vinden met het wetsartikel waarop hij berust.</p>
{waarschuwing}
<nav>{navigatie}</nav>
<h2>Samenvatting</h2>
{_tabel(samenvatting.fillna(0)) if not samenvatting.empty else ""}
{algemeen}
{"".join(blokken)}
<script>
// Marks on <body> how many charts actually rendered, so a headless-browser test can check the page.
window.addEventListener("load", function () {{
  var beelden = Array.prototype.slice.call(document.images);
  var getoond = beelden.filter(function (b) {{ return b.complete && b.naturalWidth > 0; }}).length;
  document.body.setAttribute("data-grafieken", getoond + "/" + beelden.length);
}});
</script>
</body></html>
"""
