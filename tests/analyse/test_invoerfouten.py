"""Bad input: one line naming the field and the problem; exit status 2 from the CLI, InvoerFout from the API."""

import json
import subprocess
import sys

import pytest

from openfisca_samenloop.analyse.bedragen import bereken
from openfisca_samenloop.fouten import InvoerFout
from openfisca_samenloop.invoer.situatie import laad_situatie

GOED = {
    "personen": {"anna": {"brutoloon": {"2025-03": 1500}}, "kind": {"leeftijd": {"2025-03": 4}}},
    "gezinnen": {"g": {"partners": ["anna"], "kinderen": ["kind"]}},
    "huishoudens": {"h": {"bewoners": ["anna", "kind"], "huur": {"2025-03": 700}}},
}


def met(**wijzigingen):
    situatie = json.loads(json.dumps(GOED))
    for pad, waarde in wijzigingen.items():
        *kop, staart = pad.split("__")
        doel = situatie
        for sleutel in kop:
            doel = doel[sleutel]
        if waarde is None:
            del doel[staart]
        else:
            doel[staart] = waarde
    return situatie


SLECHT = {
    "onbekende variabele": (met(personen__anna__loon={"2025-03": 1}), "personen.anna.loon", "unknown variable"),
    "variabele van een andere entiteit": (met(personen__anna__huur={"2025-03": 1}), "personen.anna.huur", "belongs to huishouden"),
    "onbekende entiteit": (met(families={"f": {}}), "families", "unknown entity"),
    "onbekende rol": (met(gezinnen__g__ouders=["anna"]), "gezinnen.g.ouders", "unknown role"),
    "persoon in twee gezinnen": (
        met(gezinnen__g2={"partners": ["kind"]}), "gezinnen.g2.partners", "already in gezinnen.g"
    ),
    "onbekende persoon": (met(gezinnen__g__kinderen=["kind", "piet"]), "gezinnen.g.kinderen", "unknown person 'piet'"),
    "drie partners": (
        met(personen__b={}, personen__c={}, gezinnen__g__partners=["anna", "b", "c"]),
        "gezinnen.g.partners", "at most 2 partners",
    ),
    "periode buiten bereik": (met(personen__anna__brutoloon={"2023-12": 1500}), "personen.anna.brutoloon.2023-12", "outside the months"),
    "geen periode": (met(personen__anna__brutoloon={"maart": 1500}), "personen.anna.brutoloon.maart", "not a period"),
    "negatief bedrag": (met(huishoudens__h__huur={"2025-03": -10}), "huishoudens.h.huur.2025-03", "cannot be negative"),
    "geen getal": (met(huishoudens__h__huur={"2025-03": "veel"}), "huishoudens.h.huur.2025-03", "must be a number"),
    "geen huishouden": (met(huishoudens__h__bewoners=["anna"]), "personen.kind", "belongs to no huishouden"),
}


@pytest.mark.parametrize("geval", sorted(SLECHT))
def test_api_geeft_invoerfout_met_veld(geval):
    situatie, veld, probleem = SLECHT[geval]
    with pytest.raises(InvoerFout) as fout:
        laad_situatie(situatie)
    assert fout.value.veld == veld
    assert probleem in str(fout.value)
    assert "\n" not in str(fout.value)


def test_goede_situatie_laadt():
    assert laad_situatie(GOED).personen == ["anna", "kind"]


def test_periode_buiten_bereik_in_api():
    with pytest.raises(InvoerFout, match="outside the months"):
        bereken(GOED, "2027-01")


def run_cli(*args):
    return subprocess.run(
        [sys.executable, "-m", "openfisca_samenloop.cli", *args], capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize("geval", ["onbekende variabele", "onbekende rol", "persoon in twee gezinnen", "negatief bedrag"])
def test_cli_een_regel_en_status_2(tmp_path, geval):
    situatie, veld, probleem = SLECHT[geval]
    pad = tmp_path / "situatie.json"
    pad.write_text(json.dumps(situatie))
    uitkomst = run_cli("simuleer", str(pad), "--periode", "2025-03")
    assert uitkomst.returncode == 2
    regels = [r for r in uitkomst.stderr.splitlines() if r.strip()]
    assert len(regels) == 1, uitkomst.stderr
    assert veld in regels[0] and probleem in regels[0]
    assert "Traceback" not in uitkomst.stderr


def test_cli_kapot_bestand(tmp_path):
    pad = tmp_path / "kapot.yaml"
    pad.write_text("personen: {anna: {brutoloon: [1, 2}\n")
    uitkomst = run_cli("simuleer", str(pad))
    assert uitkomst.returncode == 2
    assert uitkomst.stderr.count("\n") == 1 and "kapot.yaml: not valid YAML" in uitkomst.stderr


def test_cli_onbekende_situatie():
    uitkomst = run_cli("simuleer", "bestaat_niet")
    assert uitkomst.returncode == 2
    assert "SITUATIE: 'bestaat_niet' is neither a file nor a bundled situation" in uitkomst.stderr


def test_cli_periode_buiten_bereik():
    uitkomst = run_cli("simuleer", "alleenstaande_ouder_deeltijd_bijstand", "--periode", "2030-01")
    assert uitkomst.returncode == 2
    assert uitkomst.stderr.strip() == (
        "samenloop: --periode: period 2030-01 is outside the months the parameters cover (2024-01 … 2026-12)"
    )


def test_cli_onbekende_optie():
    uitkomst = run_cli("simuleer", "alleenstaande_ouder_deeltijd_bijstand", "--bestaatniet")
    assert uitkomst.returncode == 2
    assert "Traceback" not in uitkomst.stderr and len(uitkomst.stderr.strip().splitlines()) == 1
