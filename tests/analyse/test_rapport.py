"""`samenloop rapport` writes a self-contained page for every bundled situation, and it renders in a browser
with all its charts (headless Chromium, Debian's `chromium`; `.ci/run` installs it)."""

import os
import re
import shutil
import subprocess
import sys

import pytest

from openfisca_samenloop.rapport.html import maak_rapport
from openfisca_samenloop.invoer.situatie import gebundelde_situaties

CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--virtual-time-budget=10000",
]


@pytest.fixture(scope="module")
def rapport(tmp_path_factory):
    return maak_rapport(uit=str(tmp_path_factory.mktemp("rapport")), periode="2025-07")


def test_pagina_met_elke_situatie(rapport):
    with open(rapport.index, encoding="utf-8") as handle:
        pagina = handle.read()
    for naam in gebundelde_situaties():
        assert f"id='{naam}'" in pagina
    assert pagina.count("data:image/png;base64,") == len(rapport.grafieken) > 0
    assert all(os.path.getsize(pad) > 1000 for pad in rapport.grafieken)
    assert list(rapport.samenvatting.index) == gebundelde_situaties()


def test_cli_rapport_schrijft_index(tmp_path):
    uitkomst = subprocess.run(
        [sys.executable, "-m", "openfisca_samenloop.cli", "rapport", "--uit", str(tmp_path / "r"), "--periode", "2025-07"],
        capture_output=True, text=True, timeout=300,
    )
    assert uitkomst.returncode == 0, uitkomst.stderr
    assert (tmp_path / "r" / "index.html").is_file()
    assert "Samenvatting" in uitkomst.stdout and "besteedbaar_inkomen" in uitkomst.stdout


def chromium():
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(chromium() is None, reason="Debian's chromium is not installed (.ci/run installs it)")
def test_pagina_toont_alle_grafieken_in_chromium(rapport, tmp_path):
    url = "file://" + os.path.abspath(rapport.index)
    profiel = str(tmp_path / "profiel")
    dom = subprocess.run(
        [chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profiel}", "--dump-dom", url],
        capture_output=True, text=True, timeout=180,
    ).stdout
    geladen = re.search(r'data-grafieken="(\d+)/(\d+)"', dom)
    assert geladen, "the page's load script did not run"
    getoond, totaal = map(int, geladen.groups())
    assert totaal == len(rapport.grafieken) and getoond == totaal

    schermafdruk = os.path.join(rapport.map, "schermafdruk.png")
    subprocess.run(
        [chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profiel}", "--window-size=1200,2400",
         f"--screenshot={schermafdruk}", url],
        capture_output=True, timeout=180,
    )
    assert os.path.getsize(schermafdruk) > 20_000
