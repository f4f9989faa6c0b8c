"""samenloop vergelijk: one household side by side, many households at once, and the CLI."""

import subprocess
import sys

import numpy as np
import pytest

from openfisca_samenloop.analyse.populatie import raster
from openfisca_samenloop.analyse.scan import scan
from openfisca_samenloop.analyse.vergelijk import scan_populatie, vergelijk, vergelijk_ontwerpen, vergelijk_populatie

pytestmark = pytest.mark.filterwarnings("ignore")


def test_een_huishouden_regeling_voor_regeling():
    v = vergelijk("spaargeld_net_boven_grens", "hardheidsclausule_per_wet", "2026-03", scan_kliffen=False)
    b = v.bedragen
    assert {"basis", "hervorming", "verschil"} <= set(b.columns)
    assert b.loc["hardheidsclausule_tegemoetkoming", "hervorming"] == pytest.approx(1401.50, abs=0.01)
    # the relief enters besteedbaar_inkomen, every other scheme is unchanged
    assert b.loc["besteedbaar_inkomen", "verschil"] == pytest.approx(1401.50, abs=0.01)
    andere = b.drop(index=["hardheidsclausule_tegemoetkoming", "besteedbaar_inkomen"])["verschil"]
    assert np.allclose(andere, 0, atol=0.01)
    assert not v.samenloop.empty and "aantal_regelingen" in v.samenloop.index


def test_kliffen_voor_en_na():
    v = vergelijk("alleenstaande_ouder_deeltijd_bijstand", "inkomstenvrijlating_hoger", "2025-03", samenloop=False)
    assert set(v.kliffen["systeem"]) <= {"basis", "hervorming"}
    assert set(v.kliffen["status"]) <= {"blijft", "verdwenen", "nieuw"}


def test_populatiescan_gelijk_aan_scan_engine():
    situaties = raster(typen=["alleenstaande", "paar_2_kinderen"], jaarlonen=[0], huren=[550])
    tabel = scan_populatie(situaties, "2025-03")
    for s in situaties:
        los = scan(s, "brutoloon", 0, 5000, 101, periode="2025-03", weergave="jaar")
        assert np.allclose(los["besteedbaar_inkomen"].to_numpy(), tabel[s.naam].to_numpy(), atol=0.01)


def test_populatie_winnaars_kosten_en_banden():
    situaties = raster(typen=["alleenstaande", "paar"], jaarlonen=[0, 10_000, 60_000], huren=[0, 600])
    uit = vergelijk_populatie(situaties, "inkomstenvrijlating_hoger", "2025-03", kliffen=False)
    s = uit.samenvatting
    assert s["huishoudens"] == len(situaties) == len(uit.per_huishouden)
    assert s["verliezers"] == 0 and s["winnaars"] > 0  # a higher vrijlating takes nothing from anyone
    assert s["winnaars"] + s["verliezers"] + s["gelijk"] == s["huishoudens"]
    assert uit.banden["aantal"].sum() == s["huishoudens"]
    # the cost is the sum of the changed payments
    assert s["kosten_per_maand"] == pytest.approx(uit.per_regeling.loc[
        [r for r in uit.per_regeling.index if r != "inkomstenbelasting"], "verschil_per_maand"].sum(), abs=0.05)
    assert s["gemiddelde_verandering"] == pytest.approx(uit.per_huishouden["verschil"].mean())


def test_twee_ontwerpen_op_dezelfde_huishoudens():
    tabel = vergelijk_ontwerpen(["spaargeld_net_boven_grens", "aio_gedeeltelijke_aow_buitenland"], "2026-03")
    # default doenvermogen 3: the per-law clause is invoked, the Awb route (bezwaar and beroep) is not
    assert (tabel["verschil:hardheidsclausule_per_wet"] > 0).all()
    assert (tabel["verschil:awb_evenredigheidstoets"] == 0).all()
    assert tabel.attrs["samenvatting"]["hardheidsclausule_per_wet"]["ontlast"]["hardheidsclausule_tegemoetkoming"] == 2


def test_populatie_kliffen_verdwenen_en_nieuw():
    uit = vergelijk_populatie(raster(typen=["alleenstaande"], jaarlonen=[0], huren=[550]), "kostendelersnorm_afgeschaft", "2025-03")
    assert uit.samenvatting["kliffen_verdwenen"] == 0 and uit.samenvatting["kliffen_nieuw"] == 0  # no co-residents


def test_cli_vergelijk():
    uitkomst = subprocess.run(
        [sys.executable, "-m", "openfisca_samenloop.cli", "vergelijk", "spaargeld_net_boven_grens",
         "--hervorming", "hardheidsclausule_per_wet", "--periode", "2026-03", "--zonder-kliffen"],
        capture_output=True, text=True, timeout=300,
    )
    assert uitkomst.returncode == 0, uitkomst.stderr
    assert "hardheidsclausule_tegemoetkoming" in uitkomst.stdout and "1.401,50" in uitkomst.stdout


def test_cli_vergelijk_onbekende_hervorming():
    uitkomst = subprocess.run(
        [sys.executable, "-m", "openfisca_samenloop.cli", "vergelijk", "spaargeld_net_boven_grens", "--hervorming", "xyz"],
        capture_output=True, text=True, timeout=120,
    )
    assert uitkomst.returncode == 2 and uitkomst.stderr.startswith("samenloop: --hervorming: unknown reform 'xyz'")
