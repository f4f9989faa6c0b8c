"""A batched population gives every household exactly what it gets when computed on its own."""

import numpy as np
import pytest

from openfisca_samenloop.analyse.bedragen import bereken
from openfisca_samenloop.analyse.populatie import bereken_populatie, raster, samenvoegen


@pytest.fixture(scope="module")
def situaties():
    return raster(jaarlonen=(0, 18_000, 45_000), huren=(0, 700))


def test_raster_grootte(situaties):
    assert len(situaties) == 7 * 3 * 2
    assert len({s.naam for s in situaties}) == len(situaties)


def test_populatie_gelijk_aan_los_berekend(situaties):
    tabel = bereken_populatie(situaties, "2025-07")
    for situatie in situaties[::5]:
        los = bereken(situatie, "2025-07")
        assert tabel.loc[situatie.naam, "besteedbaar_inkomen"] == pytest.approx(
            float(los.huishoudens["besteedbaar_inkomen"].sum()), abs=0.01
        )
        for naam in ("bijstand", "zorgtoeslag", "kinderbijslag"):
            assert tabel.loc[situatie.naam, naam] == pytest.approx(float(los.gezinnen[naam].sum()), abs=0.01)


def test_samenvoegen_houdt_ids_apart(situaties):
    samen, namen = samenvoegen(situaties[:2])
    assert namen == [situaties[0].naam, situaties[1].naam]
    assert all(ident.split("/")[0] in namen for ident in samen.entiteiten["personen"])
    gezinnen = list(samen.entiteiten["gezinnen"].values())
    assert gezinnen[0]["partners"] != gezinnen[1]["partners"]
    assert np.all([len(g["partners"]) >= 1 for g in gezinnen])
