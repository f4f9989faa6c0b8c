"""The old flat module names (before the rooms of issue 11) still import the very same modules and objects."""

import importlib
import subprocess
import sys

import pytest

from openfisca_samenloop.verhuisd import VERHUISD


@pytest.mark.parametrize("oud, nieuw", sorted(VERHUISD.items()))
def test_oude_naam_is_dezelfde_module(oud, nieuw):
    oude = importlib.import_module(f"openfisca_samenloop.{oud}")
    nieuwe = importlib.import_module(f"openfisca_samenloop.{nieuw}")
    assert oude is nieuwe
    assert oude.__name__ == f"openfisca_samenloop.{nieuw}"


def test_readme_python_api_by_old_names():
    from openfisca_samenloop.analyse import armoedeval as nieuw_armoedeval
    from openfisca_samenloop.analyse import attributie, bedragen, kliffen, populatie, samenloop, scan, vergelijk
    from openfisca_samenloop.armoedeval import armoedeval
    from openfisca_samenloop.attributie import attribueer
    from openfisca_samenloop.bedragen import bereken
    from openfisca_samenloop.hervorming import klasse_uit_yaml, systeem_met_hervorming
    from openfisca_samenloop.invoer import hervorming
    from openfisca_samenloop.kliffen import vind_kliffen
    from openfisca_samenloop.populatie import bereken_populatie, raster
    from openfisca_samenloop.samenloop import samenloopkaart, scorekaart
    from openfisca_samenloop.scan import scan as scan_functie
    from openfisca_samenloop.situatie import laad_situatie
    from openfisca_samenloop.vergelijk import vergelijk as vergelijk_functie
    from openfisca_samenloop.wetten import hervorming as hervormingsmachinerie

    assert bereken is bedragen.bereken
    assert scan_functie is scan.scan
    assert vind_kliffen is kliffen.vind_kliffen
    assert attribueer is attributie.attribueer
    assert armoedeval is nieuw_armoedeval.armoedeval
    assert (scorekaart, samenloopkaart) == (samenloop.scorekaart, samenloop.samenloopkaart)
    assert (raster, bereken_populatie) == (populatie.raster, populatie.bereken_populatie)
    assert systeem_met_hervorming is hervorming.systeem_met_hervorming
    assert klasse_uit_yaml is hervormingsmachinerie.klasse_uit_yaml
    assert vergelijk_functie is vergelijk.vergelijk
    from openfisca_samenloop.invoer.situatie import laad_situatie as nieuw

    assert laad_situatie is nieuw


def test_rapport_module_names_through_the_package():
    from openfisca_samenloop.rapport import RapportUitkomst, maak_rapport
    from openfisca_samenloop.rapport.html import RapportUitkomst as uitkomst, maak_rapport as maak

    assert (maak_rapport, RapportUitkomst) == (maak, uitkomst)
    with pytest.raises(ImportError):
        from openfisca_samenloop.rapport import bestaat_niet  # noqa: F401


def test_an_unknown_name_is_still_an_import_error():
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("openfisca_samenloop.bestaat_niet")


def test_python_m_old_name_runs_the_new_module():
    uit = subprocess.run(
        [sys.executable, "-c", "import runpy; runpy.run_module('openfisca_samenloop.onbevestigd', run_name='x')"],
        capture_output=True, text=True,
    )
    assert uit.returncode == 0, uit.stderr
