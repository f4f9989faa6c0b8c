"""Reform mechanics: reform files change exactly the parameters they name, from their dates; bad files
and unknown names are one-line InvoerFouten; reforms compose."""

import subprocess
import sys

import pytest

from openfisca_samenloop.fouten import InvoerFout
from openfisca_samenloop.invoer.hervorming import lees_hervormingsbestand, namen, systeem_met_hervorming
from openfisca_samenloop.systeem import basissysteem


def schrijf(tmp_path, tekst, naam="hervorming.yaml"):
    pad = tmp_path / naam
    pad.write_text(tekst)
    return str(pad)


def test_parametrische_hervorming_vanaf_datum(tmp_path):
    pad = schrijf(tmp_path, "titel: hogere drempel\nminimumloon.drempelinkomen:\n  2025-01-01: 30000\n")
    hervormd = systeem_met_hervorming(pad)
    basis = basissysteem()
    assert hervormd.parameters("2025-06-01").minimumloon.drempelinkomen == 30000
    assert hervormd.parameters("2026-06-01").minimumloon.drempelinkomen == 30000
    # before the reform date the law is unchanged, and the baseline itself is never touched
    assert hervormd.parameters("2024-06-01").minimumloon.drempelinkomen == basis.parameters("2024-06-01").minimumloon.drempelinkomen
    assert basis.parameters("2025-06-01").minimumloon.drempelinkomen != 30000


def test_meerdere_datums_gelden_tot_de_volgende(tmp_path):
    pad = schrijf(tmp_path, "minimumloon.drempelinkomen:\n  2025-01-01: 30000\n  2026-01-01: 31000\n")
    hervormd = systeem_met_hervorming(pad)
    assert hervormd.parameters("2025-12-01").minimumloon.drempelinkomen == 30000
    assert hervormd.parameters("2026-01-01").minimumloon.drempelinkomen == 31000


def test_twee_hervormingen_samen(tmp_path):
    a = schrijf(tmp_path, "minimumloon.drempelinkomen:\n  2025-01-01: 30000\n", "a.yaml")
    b = schrijf(tmp_path, "minimumloon.drempelinkomen:\n  2026-01-01: 32000\n", "b.yaml")
    samen = systeem_met_hervorming(f"{a}+{b}")
    assert samen.parameters("2025-06-01").minimumloon.drempelinkomen == 30000
    assert samen.parameters("2026-06-01").minimumloon.drempelinkomen == 32000
    assert namen(f"{a}+{b}") == [a, b]


@pytest.mark.parametrize(
    "tekst, veld, probleem",
    [
        ("minimumloon.bestaat_niet:\n  2025-01-01: 1\n", "hervorming.yaml: minimumloon.bestaat_niet", "unknown parameter"),
        ("minimumloon:\n  2025-01-01: 1\n", "hervorming.yaml: minimumloon", "group of parameters"),
        ("minimumloon.drempelinkomen:\n  januari: 1\n", "hervorming.yaml: minimumloon.drempelinkomen.januari", "not a date"),
        ("minimumloon.drempelinkomen:\n  2025-01-01: veel\n", "hervorming.yaml: minimumloon.drempelinkomen.2025-01-01", "must be a number"),
        ("minimumloon.drempelinkomen: [1, 2\n", "hervorming.yaml", "not valid YAML"),
        ("titel: alleen een titel\n", "hervorming.yaml", "names no parameter"),
    ],
)
def test_slechte_hervormingsbestanden(tmp_path, tekst, veld, probleem):
    with pytest.raises(InvoerFout) as fout:
        lees_hervormingsbestand(schrijf(tmp_path, tekst))
    assert fout.value.veld == veld and probleem in fout.value.probleem


def test_onbekende_hervorming():
    with pytest.raises(InvoerFout, match="unknown reform 'bestaat_niet'"):
        systeem_met_hervorming("bestaat_niet")


def test_cli_onbekende_hervorming():
    uitkomst = subprocess.run(
        [sys.executable, "-m", "openfisca_samenloop.cli", "simuleer", "alleenstaande_ouder_deeltijd_bijstand",
         "--periode", "2025-03", "--hervorming", "bestaat_niet"],
        capture_output=True, text=True, timeout=120,
    )
    assert uitkomst.returncode == 2
    assert uitkomst.stderr.strip().startswith("samenloop: --hervorming: unknown reform 'bestaat_niet'")
