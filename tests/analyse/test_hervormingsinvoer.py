"""Issue 16 §2: a situation with an input that only a reform defines (`doenvermogen`) must work in `simuleer`
and `vergelijk`, including the wage scan for the cliffs that runs on the baseline (KeyError before)."""

import subprocess
import sys

import yaml

SITUATIE = {
    "personen": {"a": {"geboortedatum": "1990-05-01", "doenvermogen": 2, "brutoloon": 900}},
    "gezinnen": {"g": {"partners": ["a"]}},
    "huishoudens": {"h": {"bewoners": ["a"], "huur": 700}},
}


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "openfisca_samenloop.cli", *args], capture_output=True, text=True)


def test_vergelijk_met_hervormingsinvoer(tmp_path):
    pad = tmp_path / "dv.yaml"
    pad.write_text(yaml.safe_dump(SITUATIE))
    uit = _cli("vergelijk", str(pad), "--hervorming", "hardheidsclausule_per_wet", "--periode", "2026-02")
    assert uit.returncode == 0, uit.stderr
    assert "internal error" not in uit.stderr


def test_simuleer_met_hervormingsinvoer(tmp_path):
    pad = tmp_path / "dv.yaml"
    pad.write_text(yaml.safe_dump(SITUATIE))
    uit = _cli("simuleer", str(pad), "--hervorming", "hardheidsclausule_per_wet", "--periode", "2026-02")
    assert uit.returncode == 0, uit.stderr


def test_bouw_simulatie_op_basis_met_hervormingssituatie():
    from openfisca_samenloop.invoer.hervorming import systeem_met_hervorming
    from openfisca_samenloop.invoer.situatie import bouw_simulatie, laad_situatie
    from openfisca_samenloop.systeem import basissysteem

    hervormd = systeem_met_hervorming("hardheidsclausule_per_wet")
    situatie = laad_situatie(SITUATIE, hervormd)
    simulatie = bouw_simulatie(basissysteem(), situatie, "2026-02")
    assert simulatie.calculate("bijstand", "2026-02")[0] >= 0
