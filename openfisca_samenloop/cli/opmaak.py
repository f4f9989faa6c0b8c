"""Text formatting for the CLI: tables of amounts in euros."""

from __future__ import annotations

import numpy as np
import pandas as pd

from openfisca_samenloop.analyse.bedragen import Bedragen
from openfisca_samenloop.opmaak import euro

TITELS = {"personen": "Personen", "gezinnen": "Gezinnen", "huishoudens": "Huishoudens"}
GEEN_BEDRAG = {"leeftijd", "aantal_regelingen", "aantal_instanties"}


def opgemaakt(tabel: pd.DataFrame) -> pd.DataFrame:
    kolommen = {}
    for naam in tabel.columns:
        reeks = tabel[naam]
        if naam in GEEN_BEDRAG or not np.issubdtype(reeks.dtype, np.number) or reeks.dtype == bool:
            kolommen[naam] = reeks.astype(str)
        else:
            kolommen[naam] = reeks.map(euro)
    return pd.DataFrame(kolommen, index=tabel.index).T


def print_bedragen(bedragen: Bedragen) -> None:
    situatie = bedragen.situatie
    print(f"Situatie: {situatie.titel or situatie.naam}   periode: {bedragen.periode}")
    if situatie.beschrijving:
        print(situatie.beschrijving)
    for meervoud, titel in TITELS.items():
        tabel = bedragen.tabel(meervoud)
        print()
        print(f"{titel} (bedragen per maand; toetsingsinkomen en belasting per jaar)")
        print(opgemaakt(tabel).to_string())


def print_scorekaart(kaart) -> None:
    print()
    print(kaart.als_tekst() if hasattr(kaart, "als_tekst") else str(kaart))
