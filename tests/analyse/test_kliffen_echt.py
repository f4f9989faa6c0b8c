"""Cliffs with known answers on the real model (issue 5 §6)."""

import numpy as np
import pytest

from openfisca_samenloop.analyse.attributie import attribueer
from openfisca_samenloop.analyse.kliffen import vind_kliffen
from openfisca_samenloop.analyse.scan import scan
from openfisca_samenloop.invoer.situatie import laad_situatie
from openfisca_samenloop.systeem import basissysteem


def vereist(*namen):
    tbs = basissysteem()
    ontbreekt = [n for n in namen if n not in tbs.variables or tbs.variables[n].is_input_variable()]
    assert not ontbreekt, f"rules missing (no formula): {', '.join(ontbreekt)}"
    return tbs


def alleenstaande(**persoon):
    return laad_situatie({
        "personen": {"p": {"geboortedatum": "1990-01-01", **persoon}},
        "gezinnen": {"g": {"partners": ["p"]}},
        "huishoudens": {"h": {"bewoners": ["p"]}},
    })


def _delen(klif):
    return {o.regeling: o.bedrag for o in klif.oorzaken}


def test_zorgtoeslag_vermogensgrens():
    """Wzt art. 3 lid 1 (2025): no zorgtoeslag when the vermogen exceeds € 141,896 (alleenstaande;
    parameters/zorgtoeslag/vermogensgrens.yaml, Stcrt. 2024, 37672). One cliff from the grens to grens + 1,
    depth = the monthly zorgtoeslag, cause zorgtoeslag."""
    tbs = vereist("zorgtoeslag", "besteedbaar_inkomen", "toetsingsinkomen")
    grens = 141896
    sit = alleenstaande(brutoloon=1500)
    tabel = scan(sit, "vermogen", grens - 5, grens + 5, 11, periode="2025-03", tbs=tbs)
    kliffen = attribueer(tabel, tbs=tbs)
    assert [(k.soort, k.begin, k.eind) for k in kliffen] == [("klif", grens, grens + 1)]
    klif = kliffen[0]
    zorgtoeslag = float(tabel.loc[tabel["invoer"] == grens, "zorgtoeslag"].iloc[0])
    assert zorgtoeslag > 0
    assert klif.diepte == pytest.approx(zorgtoeslag, abs=0.01)
    assert _delen(klif)["zorgtoeslag"] == pytest.approx(-zorgtoeslag, abs=0.01)
    assert klif.oorzaken[0].regeling == "zorgtoeslag"
    assert "BWBR0018451" in klif.oorzaken[0].href


@pytest.mark.parametrize("weergave", ["maand", "jaar"])
def test_inwonend_kind_wordt_27_kostendelersnorm(weergave):
    """Pw art. 22a: from 27 the son counts as kostendeler; the mother's norm drops from the alleenstaande
    norm (€ 1,345.45, art. 21 onder a, 2025) to half the gehuwdennorm (½ × € 1,922.07 = € 961.04): her
    bijstand falls by € 384.41. Cause: bijstand (the huurtoeslag rises a little in return)."""
    tbs = vereist("bijstand", "bijstandsnorm", "besteedbaar_inkomen")
    tabel = scan("bijstand_ouder_kind_wordt_27", "leeftijd", 24, 29, 6, persoon="zoon", periode="2025-03", tbs=tbs,
                 weergave=weergave)
    kliffen = attribueer(tabel, tbs=tbs)
    assert [(k.soort, k.begin, k.eind) for k in kliffen] == [("klif", 26, 27)]
    klif = kliffen[0]
    bijstand = tabel.set_index("invoer")["bijstand"]
    assert bijstand[26] - bijstand[27] == pytest.approx(1345.45 - 961.04, abs=0.02)
    delen = _delen(klif)
    assert min(delen, key=delen.get) == "bijstand"
    assert -384.43 <= delen["bijstand"] <= -klif.diepte
    assert klif.direct_effect + sum(delen.values()) == pytest.approx(-klif.diepte, abs=0.01)


def test_bijstand_marginale_druk_100_procent_boven_de_vrijlating():
    """Pw art. 31 lid 2 onder n (2025): 25 % of the net wage is left free, at most € 273 a month, in the first
    six months. Below the maximum the bijstand takes 75 % of each net euro; once the vrijlating is at its maximum (net wage ≥ 4 × 273 = 1,092) every further net euro is
    taken off the bijstand: 100 % until the bijstand is gone. Household without toeslagen (no rent,
    zorgtoeslag not taken up), month view. The gemeente applies the loonheffingskorting (not the employer), so no
    teruggaaf of unused korting (Pw art. 31 lid 1, `in_aanmerking_te_nemen_teruggaaf`) mixes into the vrijlating."""
    tbs = vereist("bijstand", "inkomstenvrijlating", "nettoloon", "besteedbaar_inkomen")
    sit = laad_situatie({
        "personen": {"p": {"geboortedatum": "1990-01-01", "maanden_inkomstenvrijlating": 0,
                           "loonheffingskorting_bij_loon": False}},
        "gezinnen": {"g": {"partners": ["p"], "neemt_zorgtoeslag_af": False}},
        "huishoudens": {"h": {"bewoners": ["p"]}},
    }, tbs)
    tabel = scan(sit, "brutoloon", 0, 2000, 201, periode="2025-03", tbs=tbs, weergave="maand")
    netto = tabel["nettoloon"].to_numpy()
    bijstand = tabel["bijstand"].to_numpy()
    druk = tabel["marginale_druk"].to_numpy()
    boven = (0.25 * netto[:-1] >= 273 + 0.01) & (bijstand[1:] > 0.01)
    assert boven.sum() > 20
    # the Participatiewet part: bijstand takes every extra net euro of wage (Pw art. 31 lid 1, 32)
    loon_en_bijstand = netto + bijstand
    assert np.allclose(np.diff(loon_en_bijstand)[boven], 0, atol=0.01)
    # the household's druk stays near 100 %: with the korting at the gemeente, the arbeidskorting on the extra
    # wage comes back in the yearly settlement (`ib_verrekening`, one twelfth a month): in this month view
    # 30.03 % (2025 build-up, Wet IB art. 8.11) / 12 ≈ 2.5 points, so the druk is about 97.5 %
    assert np.all(druk[1:][boven] >= 0.95)
    onder = (0.25 * netto[1:] <= 273 - 0.01) & (bijstand[1:] > 0.01)
    assert np.allclose(np.diff(loon_en_bijstand)[onder], 0.25 * np.diff(netto)[onder], atol=0.01)
    eerste_100 = tabel["invoer"].to_numpy()[1:][boven].min()
    # the stretch is a plateau (druk ≥ 80 %), or a slow cliff when a yearly tax settlement takes a little more
    plateaus = [k for k in vind_kliffen(tabel) if k.begin <= eerste_100 + 10 and k.eind >= eerste_100 + 100]
    assert len(plateaus) == 1, "the 100 % stretch lies in a plateau or cliff"
    (klif,) = attribueer(tabel, plateaus, tbs=tbs)
    assert _delen(klif)["bijstand"] < 0
    assert min(_delen(klif), key=_delen(klif).get) == "bijstand"


def test_maand_en_jaar_verschillen_voor_toeslagen():
    """A wage rise in one month moves the year's toetsingsinkomen by 1/12 of a lasting rise: the toeslagen
    react much less in the month view, so its druk is lower where only toeslagen take money."""
    tbs = vereist("zorgtoeslag", "huurtoeslag", "besteedbaar_inkomen")
    sit = laad_situatie({
        "personen": {"p": {"geboortedatum": "1990-01-01", "brutoloon": 2000, "vermogen": 50000}},
        "gezinnen": {"g": {"partners": ["p"]}},
        "huishoudens": {"h": {"bewoners": ["p"], "huur": 700}},
    }, tbs)
    maand = scan(sit, "brutoloon", 2200, 2600, 401, periode="2025-03", tbs=tbs, weergave="maand")
    jaar = scan(sit, "brutoloon", 2200, 2600, 401, periode="2025-03", tbs=tbs, weergave="jaar")
    toeslag_maand = maand["zorgtoeslag"].iloc[0] - maand["zorgtoeslag"].iloc[-1] + maand["huurtoeslag"].iloc[0] - maand["huurtoeslag"].iloc[-1]
    toeslag_jaar = jaar["zorgtoeslag"].iloc[0] - jaar["zorgtoeslag"].iloc[-1] + jaar["huurtoeslag"].iloc[0] - jaar["huurtoeslag"].iloc[-1]
    assert toeslag_jaar > 5 * max(toeslag_maand, 1)
    druk_maand = 1 - (maand["besteedbaar_inkomen"].iloc[-1] - maand["besteedbaar_inkomen"].iloc[0]) / 400
    druk_jaar = 1 - (jaar["besteedbaar_inkomen"].iloc[-1] - jaar["besteedbaar_inkomen"].iloc[0]) / 400
    assert druk_jaar > druk_maand + 0.05


def test_zonder_inkomenstoets_is_de_druk_het_belastingtarief():
    """A single earner far above every toeslag and the bijstand (€ 15,000 a month, vermogen above every
    limit): box 1 top rate 49.50 % (Wet IB 2001 art. 2.10, 2025), all heffingskortingen afgebouwd to 0. The
    marginale druk in the year view equals that rate."""
    tbs = vereist("loonheffing", "nettoloon", "besteedbaar_inkomen")
    sit = alleenstaande(brutoloon=15000, vermogen=500000)
    tabel = scan(sit, "brutoloon", 15000, 16000, 11, periode="2025-03", tbs=tbs, weergave="jaar")
    for kolom in ("bijstand", "zorgtoeslag", "huurtoeslag", "kindgebonden_budget"):
        assert np.allclose(tabel[kolom], 0)
    assert np.allclose(tabel["marginale_druk"].iloc[1:], 0.495, atol=0.002)
