"""Audit of the analysis layer on real households: errors found and fixed (each test fails without its fix)."""

import warnings

import numpy as np
import pytest
import yaml

from openfisca_samenloop.analyse import samenloop, vergelijk
from openfisca_samenloop.analyse.scan import _gefilterd, _lees_registry, regelingen, scan
from openfisca_samenloop.systeem import basissysteem


@pytest.fixture(autouse=True)
def _stil():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield


def test_vakantietoeslag_not_counted_in_a_year_the_scheme_starts_after_its_payment_month():
    # jongere_19_zelfstandig turns 18 on 2025-06-20: bijstand July-December 2025. The registry pays the
    # bijstand vakantietoeslag in June (regelingen.yaml, betaling.jaarlijks maand 6): what accrues from July
    # is paid in June 2026. So 2025 has 6 bijstand payments, 2026 has 12 + 1.
    kaart = samenloop.scorekaart("jongere_19_zelfstandig", "2025-07")
    assert kaart.regelingen.loc["bijstand", "maanden"] == 6
    assert kaart.regelingen.loc["bijstand", "betalingen"] == 6
    assert kaart.betalingen_per_jaar == 18 and "jaar" not in kaart.betalingen_per_ritme
    kaart = samenloop.scorekaart("jongere_19_zelfstandig", "2026-03")
    assert kaart.regelingen.loc["bijstand", "betalingen"] == 13


def test_yearly_extra_rules():
    item = {"naam": "vakantietoeslag", "maand": 6}
    assert samenloop._jaarlijkse_betalingen(np.array([1] * 12), item) == 1
    assert samenloop._jaarlijkse_betalingen(np.array([0] * 6 + [1] * 6), item) == 0  # starts in July
    assert samenloop._jaarlijkse_betalingen(np.array([1] * 3 + [0] * 9), item) == 1  # ends in March: paid at the end
    assert samenloop._jaarlijkse_betalingen(np.array([2] * 12), item) == 2  # two recipients (a couple's AOW)


def test_scan_columns_add_up_to_net_income_with_childcare_costs():
    # besteedbaar_inkomen = brutoloon + Σ regeling:<naam> − childcare costs; the costs must be in the table.
    for variabele, persoon, van, tot in (("kinderopvang_uren", "peuter", 0, 230), ("brutoloon", None, 0, 5000)):
        for weergave in ("maand", "jaar"):
            tabel = scan("werkend_paar_kinderopvang", variabele, van, tot, 6, persoon=persoon, periode="2026-03",
                         weergave=weergave)
            regeling = tabel[[k for k in tabel.columns if k.startswith("regeling:")]].sum(axis=1)
            som = tabel["brutoloon"] + regeling - tabel["kinderopvang_kosten_huishouden"]
            assert np.allclose(som, tabel["besteedbaar_inkomen"], atol=0.01)
    assert tabel["kinderopvang_kosten_huishouden"].iloc[0] == pytest.approx(100 * 10.50 + 60 * 9.40, abs=0.01)


def _register_met_tekenmap(tbs):
    register = []
    for item in _lees_registry(samenloop.REGISTER_PAD):
        item = dict(item)
        if item["naam"] == "inkomstenbelasting":
            item["teken"] = {"loonheffing_loon": -1, "ib_naheffing": -1}
        register.append(item)
    return _gefilterd(register, tbs)


def test_comparison_accepts_a_sign_per_variable(monkeypatch):
    # regelingen.yaml allows `teken: {variable: sign}` (docs/kliffen.md §4); the comparison read int(teken).
    verwacht = vergelijk.vergelijk_populatie(["alleenstaande_ouder_deeltijd_bijstand", "werkend_paar_kinderopvang"],
                                              "inkomstenvrijlating_hoger", "2025-07", kliffen=False)
    monkeypatch.setattr(vergelijk, "_registry", _register_met_tekenmap)
    uitkomst = vergelijk.vergelijk_populatie(["alleenstaande_ouder_deeltijd_bijstand", "werkend_paar_kinderopvang"],
                                             "inkomstenvrijlating_hoger", "2025-07", kliffen=False)
    assert np.allclose(uitkomst.per_regeling.to_numpy(dtype=float), verwacht.per_regeling.to_numpy(dtype=float))
    assert uitkomst.samenvatting["kosten_per_maand"] == pytest.approx(verwacht.samenvatting["kosten_per_maand"])
    assert uitkomst.samenvatting["minder_belasting_per_maand"] == pytest.approx(
        verwacht.samenvatting["minder_belasting_per_maand"])


def test_registry_loader_accepts_a_sign_per_variable(tmp_path):
    inhoud = yaml.safe_load(open(samenloop.REGISTER_PAD, encoding="utf-8"))
    for item in inhoud["regelingen"]:
        if item["naam"] == "inkomstenbelasting":
            item["teken"] = {"loonheffing_loon": -1, "ib_naheffing": -1}
    pad = tmp_path / "regelingen.yaml"
    pad.write_text(yaml.safe_dump(inhoud, allow_unicode=True), encoding="utf-8")
    register = samenloop.register(str(pad))
    assert register.regeling("inkomstenbelasting").teken == {"loonheffing_loon": -1, "ib_naheffing": -1}
    assert register.regeling("bijstand").teken == 1
    assert {r["naam"] for r in regelingen(basissysteem())} >= {"bijstand", "inkomstenbelasting"}
