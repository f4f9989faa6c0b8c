"""`samenloop scan` and `samenloop armoedeval` on the command line: output, files, and one-line errors."""

import subprocess
import sys

import pandas as pd
import pytest

from openfisca_samenloop.cli import main

SIT = "alleenstaande_ouder_deeltijd_bijstand"


def run(capsys, *argv):
    code = main(list(argv))
    uit = capsys.readouterr()
    return code, uit.out, uit.err


@pytest.mark.parametrize("argv, veld", [
    (["--variabele", "bestaat_niet"], "--variabele"),
    (["--persoon", "niemand"], "--persoon"),
    (["--van", "100", "--tot", "100"], "--tot"),
    (["--punten", "1"], "--punten"),
    (["--variabele", "kinderopvang_soort"], "--variabele"),
    (["--periode", "2031-01"], "--periode"),
])
def test_slechte_invoer_een_regel_exit_2(capsys, argv, veld):
    opties = {"--variabele": "brutoloon", "--van": "0", "--tot": "100", "--punten": "3", "--periode": "2025-03"}
    i = 0
    while i < len(argv):
        opties[argv[i]] = argv[i + 1]
        i += 2
    args = ["scan", SIT]
    for k, v in opties.items():
        args += [k, v]
    code, out, err = run(capsys, *args)
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("samenloop: ") and veld in err
    assert "Traceback" not in err


def test_scan_drukt_kliffen_en_schrijft_csv_en_png(capsys, tmp_path):
    csv = tmp_path / "scan.csv"
    png = tmp_path / "scan.png"
    code, out, err = run(capsys, "scan", SIT, "--variabele", "brutoloon", "--van", "0", "--tot", "3000", "--punten", "301",
                         "--periode", "2025-03", "--csv", str(csv), "--png", str(png))
    assert code == 0, err
    assert "Weergave maand" in out and "Weergave jaar" in out and "marginale druk" in out
    tabel = pd.read_csv(csv)
    assert set(tabel["weergave"]) == {"maand", "jaar"} and len(tabel) == 602
    assert {"brutoloon", "besteedbaar_inkomen", "marginale_druk"} <= set(tabel.columns)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_scan_uren_toont_armoedeval(capsys):
    code, out, err = run(capsys, "scan", SIT, "--variabele", "uren", "--van", "0", "--tot", "36", "--punten", "37",
                         "--periode", "2025-03", "--weergave", "jaar")
    assert code == 0, err
    assert "Armoedeval" in out and "uren/week" in out


def test_armoedeval_subcommando(capsys):
    code, out, err = run(capsys, "armoedeval", SIT, "--periode", "2025-03", "--uren", "8,16")
    assert code == 0, err
    assert "netto per uur" in out
    code, out, err = run(capsys, "armoedeval", SIT, "--uren", "acht")
    assert code == 2 and "--uren" in err


def test_scan_als_proces():
    """The installed entry point: exit 2 and a single line, never a traceback."""
    resultaat = subprocess.run([sys.executable, "-m", "openfisca_samenloop.cli", "scan", SIT, "--variabele", "brutoloon",
                                "--van", "5", "--tot", "1", "--punten", "3"], capture_output=True, text=True)
    assert resultaat.returncode == 2
    assert resultaat.stderr.strip().count("\n") == 0 and "--tot" in resultaat.stderr
