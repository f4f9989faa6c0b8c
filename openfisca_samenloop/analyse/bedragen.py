"""Every amount of one household for one month: the analysis behind `samenloop simuleer`."""

from __future__ import annotations

import dataclasses

import pandas as pd

from openfisca_samenloop.invoer.periodes import als_maand, huidige_maand, periode_voor
from openfisca_samenloop.invoer.situatie import ENTITEIT_VAN, ENTITEITEN, Situatie, bouw_simulatie, laad_situatie
from openfisca_samenloop.systeem import basissysteem

# What a household's amounts table shows, per entity, in this order. Yearly variables are computed for
# the year of the month.
UITVOER = {
    "personen": [
        "leeftijd", "brutoloon", "loonheffing", "nettoloon", "aow", "aow_vakantie_uitkering", "netto_aow",
        "ib_verrekening", "toetsingsinkomen", "inkomstenbelasting", "algemene_heffingskorting",
        "arbeidskorting",
    ],
    "gezinnen": [
        "bijstandsnorm", "bijstand", "aio", "zorgtoeslag", "kindgebonden_budget", "kinderopvangtoeslag",
        "kinderbijslag",
    ],
    "huishoudens": ["huur", "huurtoeslag", "besteedbaar_inkomen", "aantal_regelingen", "aantal_instanties"],
}


@dataclasses.dataclass
class Bedragen:
    """The amounts of one situation in one month: one DataFrame per entity (rows = ids, columns = variables)."""

    situatie: Situatie
    periode: str
    personen: pd.DataFrame
    gezinnen: pd.DataFrame
    huishoudens: pd.DataFrame

    def tabel(self, meervoud: str) -> pd.DataFrame:
        return getattr(self, meervoud)


def bereken(situatie, periode=None, tbs=None) -> Bedragen:
    """Compute every amount of `situatie` (path, bundled name, dict or Situatie) for `periode` (YYYY-MM)."""
    tbs = tbs or basissysteem()
    maand = als_maand(periode or huidige_maand())
    situatie = laad_situatie(situatie, tbs)
    simulatie = bouw_simulatie(tbs, situatie, maand)
    tabellen = {}
    for meervoud in ENTITEITEN:
        ids = list(situatie.entiteiten[meervoud])
        kolommen = {}
        for naam in UITVOER[meervoud]:
            variabele = tbs.variables.get(naam)
            if variabele is None:
                continue
            waarden = simulatie.calculate(naam, periode_voor(variabele, maand))
            kolommen[naam] = waarden.decode_to_str() if hasattr(waarden, "decode_to_str") else waarden
        tabellen[meervoud] = pd.DataFrame(kolommen, index=pd.Index(ids, name=ENTITEIT_VAN[meervoud]))
    return Bedragen(situatie=situatie, periode=str(maand), **tabellen)
