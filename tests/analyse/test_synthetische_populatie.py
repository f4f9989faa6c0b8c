"""The synthetic population: deterministic per seed, weights that reproduce the official totals, and amounts equal
to what `samenloop simuleer` gives each household on its own (OpenFisca's dict route)."""

import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

from openfisca_samenloop.analyse.synthetische_populatie import (
    PopulatieFout, als_situatie, bereken, genereer, koop_doel, type_doelen, validatie,
)
from openfisca_samenloop.analyse.bedragen import bereken as simuleer

PERIODE = "2025-07"


@pytest.fixture(scope="module")
def populatie():
    return genereer(400, 2025, seed=11)


@pytest.fixture(scope="module")
def tabel(populatie):
    return bereken(populatie, PERIODE, blokgrootte=150, stil=True)


def test_deterministisch_per_seed():
    a, b, c = genereer(300, 2025, seed=4), genereer(300, 2025, seed=4), genereer(300, 2025, seed=5)
    pd.testing.assert_frame_equal(a.huishoudens, b.huishoudens)
    for naam, per in a.arrays.invoer.items():
        for periode, waarden in per.items():
            assert np.array_equal(waarden, b.arrays.invoer[naam][periode]), (naam, periode)
    assert not np.array_equal(a.arrays.invoer["brutoloon"]["2025-01"], c.arrays.invoer["brutoloon"]["2025-01"])


@pytest.mark.parametrize("n", [1, 7, 333, 2000])
def test_gewichten_reproduceren_de_doelen(n):
    pop = genereer(n, 2024, seed=1)
    assert pop.n == n
    w = pop.huishoudens["gewicht"]
    doelen = type_doelen(2024)
    assert w.sum() == pytest.approx(sum(doelen.values()), rel=1e-9)
    if n >= 100:  # with a handful of households the two margins cannot both be met (empty cells); the total can
        per_type = w.groupby(pop.huishoudens["type"], observed=True).sum()
        for naam, doel in doelen.items():
            assert per_type[naam] == pytest.approx(doel, rel=1e-6), naam
        koop = w[pop.huishoudens["woning"] == "koop"].sum() / w.sum()
        assert koop == pytest.approx(koop_doel(), rel=1e-6)


def test_populatie_gelijk_aan_simuleer_per_huishouden(populatie, tabel):
    """A sample of households, each on its own through the dict builder (the `samenloop simuleer` route)."""
    rng = np.random.default_rng(0)
    aow = np.flatnonzero(tabel["aow_huishouden"].to_numpy() & (tabel["netto_pensioen"] > 0).to_numpy())
    anders = np.flatnonzero(~tabel["aow_huishouden"].to_numpy())
    steekproef = list(rng.choice(anders, 6, replace=False)) + list(rng.choice(aow, 2, replace=False))
    for i in steekproef:
        situatie = als_situatie(populatie, int(i))
        if i in aow:  # pensioners: toetsingsinkomen = AOW of the year + gross pension, as the population sets it
            los = simuleer(situatie, PERIODE)
            from openfisca_samenloop.invoer.situatie import bouw_simulatie
            from openfisca_samenloop.systeem import basissysteem

            sim = bouw_simulatie(basissysteem(), situatie, PERIODE)
            aow_jaar = sim.calculate_add("aow", "2025") + sim.calculate_add("aow_vakantie_uitkering", "2025")
            pensioen = populatie.pensioen_bruto_jaar[populatie.arrays.huishouden == i]
            situatie = als_situatie(populatie, int(i), {f"p{k}": a + p for k, (a, p) in enumerate(zip(aow_jaar, pensioen))})
        los = simuleer(situatie, PERIODE)
        rij = tabel.loc[i]
        assert rij["besteedbaar_inkomen"] == pytest.approx(float(los.huishoudens["besteedbaar_inkomen"].sum()), abs=0.02), i
        for naam in ("bijstand", "aio", "zorgtoeslag", "kindgebonden_budget", "kinderbijslag", "kinderopvangtoeslag"):
            assert rij[naam] == pytest.approx(float(los.gezinnen[naam].sum()), abs=0.02), (i, naam)
        assert rij["huurtoeslag"] == pytest.approx(float(los.huishoudens["huurtoeslag"].sum()), abs=0.02), i
        assert rij["aantal_regelingen"] == float(los.huishoudens["aantal_regelingen"].sum()), i


def test_blokken_veranderen_niets(populatie, tabel):
    heel = bereken(populatie, PERIODE, blokgrootte=10_000, stil=True)
    pd.testing.assert_frame_equal(heel, tabel)


def test_validatietabel_heeft_bronnen(tabel):
    v = validatie(tabel)
    assert {"bijstand", "aow", "aio", "kinderbijslag", "kindgebonden_budget", "huurtoeslag"} <= set(v["regeling"])
    met_cijfer = v["officieel"].notna()
    assert v.loc[met_cijfer, "bron"].str.startswith(("http", "/")).all()
    assert (v.loc[~met_cijfer, "status"] == "onbevestigd").all()


def test_slechte_invoer():
    with pytest.raises(PopulatieFout, match="--huishoudens"):
        genereer(0)
    with pytest.raises(PopulatieFout, match="--engine"):
        bereken(genereer(10), PERIODE, engine="spark")


@pytest.mark.parametrize("argumenten, veld", [
    (["--huishoudens", "0"], "--huishoudens"),
    (["--huishoudens", "-5"], "--huishoudens"),
    (["--engine", "spark"], "--engine"),
    (["--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"], "--"),
    (["--periode", "2031-01"], "--periode"),
])
def test_cli_slechte_invoer_een_regel_exit_2(argumenten, veld):
    uit = subprocess.run([sys.executable, "-m", "openfisca_samenloop.cli", "populatie", *argumenten],
                         capture_output=True, text=True, timeout=120)
    assert uit.returncode == 2, uit.stderr
    regels = [r for r in uit.stderr.splitlines() if r.strip()]
    assert len(regels) == 1 and veld in regels[0], uit.stderr
    assert "Traceback" not in uit.stderr


def test_dask_gelijk_aan_lokaal(populatie, tabel):
    pytest.importorskip("dask.distributed")
    via_dask = bereken(populatie, PERIODE, blokgrootte=150, stil=True, engine="dask", werkers=2)
    pd.testing.assert_frame_equal(via_dask, tabel)


def test_analyse_importeert_dask_niet():
    code = ("import sys; from openfisca_samenloop.analyse.synthetische_populatie import genereer, bereken; "
            "bereken(genereer(20), '2025-07', stil=True); print('dask' in sys.modules)")
    uit = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert uit.stdout.strip() == "False", uit.stderr


def test_elke_afwijking_boven_tien_procent_is_verklaard():
    """docs/populatie.md explains every scheme whose model figure is more than 10 % off the official one."""
    import os

    doc = open(os.path.join(os.path.dirname(__file__), "..", "..", "docs", "populatie.md"), encoding="utf-8").read()
    tabel = bereken(genereer(3000, 2024, seed=0), "2024-07", stil=True)
    v = validatie(tabel)
    groot = v[v["afwijking"].abs() > 0.10]
    for regeling in groot["regeling"]:
        assert f"- **{regeling}**" in doc, f"gap of {regeling} not explained in docs/populatie.md"
