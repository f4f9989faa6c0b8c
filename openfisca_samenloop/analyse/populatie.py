"""Many households at once: one batched OpenFisca population, never a Python loop over households.

`samenvoegen` joins situations into one (ids prefixed with the household's name), `raster` generates a
grid of household types × gross wages × rents, and `bereken_populatie` computes every household's amounts
in one simulation and returns one row per household.
"""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd
from openfisca_core import periods

from openfisca_samenloop.invoer.periodes import als_maand, periode_voor
from openfisca_samenloop.invoer.situatie import ENTITEITEN, ROLLEN, Situatie, bouw_simulatie, laad_situatie
from openfisca_samenloop.systeem import basissysteem

SCHEIDER = "/"

# Amount variables summed per huishouden in a population table (whatever entity they live on).
BEDRAGEN = [
    "brutoloon", "nettoloon", "netto_aow", "ib_verrekening", "bijstand", "aio", "zorgtoeslag",
    "huurtoeslag", "kindgebonden_budget", "kinderopvangtoeslag", "kinderbijslag", "besteedbaar_inkomen",
]


def samenvoegen(situaties: list[Situatie]) -> tuple[Situatie, list[str]]:
    """One situation holding all given ones side by side; also the names, in order (one per situation).

    Every id becomes `<situatie>/<id>`, so the households stay apart. Each situation must have exactly one
    huishouden (the unit of the population table)."""
    samen = {meervoud: {} for meervoud in ENTITEITEN}
    namen = []
    for situatie in situaties:
        if len(situatie.entiteiten["huishoudens"]) != 1:
            raise ValueError(f"{situatie.naam}: a population row needs exactly one huishouden")
        naam = situatie.naam
        if naam in namen:
            raise ValueError(f"two situations are called '{naam}'")
        namen.append(naam)
        for meervoud in ENTITEITEN:
            for ident, inhoud in situatie.entiteiten[meervoud].items():
                nieuw = dict(inhoud or {})
                for rol in ROLLEN.get(meervoud, ()):
                    if rol in nieuw:
                        nieuw[rol] = [f"{naam}{SCHEIDER}{lid}" for lid in nieuw[rol]]
                samen[meervoud][f"{naam}{SCHEIDER}{ident}"] = nieuw
    return Situatie(naam="populatie", entiteiten=samen), namen


HUISHOUDTYPEN = {
    # name: (partners' birth dates, children's birth dates)
    "alleenstaande": (["1990-01-01"], []),
    "alleenstaande_ouder_1_kind": (["1988-01-01"], ["2018-01-01"]),
    "alleenstaande_ouder_2_kinderen": (["1988-01-01"], ["2014-01-01", "2019-01-01"]),
    "paar": (["1985-01-01", "1986-01-01"], []),
    "paar_2_kinderen": (["1985-01-01", "1986-01-01"], ["2014-01-01", "2019-01-01"]),
    "alleenstaande_aow": (["1950-01-01"], []),
    "paar_aow": (["1950-01-01", "1952-01-01"], []),
}


def raster(
    typen: list[str] | None = None,
    jaarlonen: list[float] | tuple = (0, 10_000, 20_000, 30_000, 40_000, 60_000),
    huren: list[float] | tuple = (0, 550, 750),
) -> list[Situatie]:
    """Household types × gross yearly wage of the first partner × monthly kale huur, as situations."""
    typen = typen or list(HUISHOUDTYPEN)
    situaties = []
    for type_, loon, huur in itertools.product(typen, jaarlonen, huren):
        partners, kinderen = HUISHOUDTYPEN[type_]
        personen = {}
        for nummer, geboren in enumerate(partners, start=1):
            personen[f"partner{nummer}"] = {"geboortedatum": geboren}
        for nummer, geboren in enumerate(kinderen, start=1):
            personen[f"kind{nummer}"] = {"geboortedatum": geboren}
        if loon:
            personen["partner1"]["brutoloon"] = round(loon / 12, 2)
        ids = list(personen)
        gezin = {"partners": [p for p in ids if p.startswith("partner")]}
        if kinderen:
            gezin["kinderen"] = [p for p in ids if p.startswith("kind")]
        huishouden = {"bewoners": ids}
        if huur:
            huishouden["huur"] = huur
        situaties.append(Situatie(
            naam=f"{type_}|loon={int(loon)}|huur={int(huur)}",
            entiteiten={"personen": personen, "gezinnen": {"gezin": gezin}, "huishoudens": {"huishouden": huishouden}},
        ))
    return situaties


def _per_huishouden(simulatie, tbs, naam: str, maand: periods.Period) -> np.ndarray:
    variabele = tbs.variables[naam]
    waarden = simulatie.calculate(naam, periode_voor(variabele, maand))
    huishouden = simulatie.populations["huishouden"]
    entiteit = variabele.entity.key
    if entiteit == "huishouden":
        return waarden
    if entiteit == "persoon":
        return huishouden.sum(waarden)
    # a group entity other than huishouden: give each person its group's amount once (first partner only)
    groep = simulatie.populations[entiteit]
    per_persoon = groep.project(waarden)
    eerste = groep.members_position == 0
    return huishouden.sum(np.where(eerste, per_persoon, 0))


def bereken_populatie(situaties, periode, tbs=None, variabelen: list[str] | None = None) -> pd.DataFrame:
    """Every household's amounts in one batched simulation: one row per situation, one column per variable."""
    tbs = tbs or basissysteem()
    maand = als_maand(periode)
    situaties = [laad_situatie(s, tbs) for s in situaties]
    samen, namen = samenvoegen(situaties)
    simulatie = bouw_simulatie(tbs, samen, maand)
    kolommen = {}
    for naam in variabelen or BEDRAGEN:
        if naam in tbs.variables:
            kolommen[naam] = _per_huishouden(simulatie, tbs, naam, maand)
    # huishoudens are built in the order the situations were joined
    return pd.DataFrame(kolommen, index=pd.Index(namen, name="situatie")).astype(float)
