"""Attribution of cliffs and plateaus to schemes (Shapley over frozen-scheme counterfactuals)."""

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from openfisca_samenloop.analyse.attributie import _shapley, attribueer
from openfisca_samenloop.analyse.kliffen import oorzaken_tabel
from test_scan_model import alleenstaande, maak_systeem, met_inwonende, scan

TBS = maak_systeem()


def _per_regeling(klif):
    return {o.regeling: o.bedrag for o in klif.oorzaken}


def test_harde_klif_komt_van_huurtoeslag():
    sit = alleenstaande(brutoloon=2200.0)
    tabel = scan(sit, "brutoloon", 2000, 3000, 1001, periode="2025-03", tbs=TBS, weergave="jaar")
    klif = [k for k in attribueer(tabel, situatie=sit, tbs=TBS) if k.soort == "klif"][0]
    delen = _per_regeling(klif)
    assert delen["huurtoeslag"] == pytest.approx(-200, abs=0.01)
    assert delen["inkomstenbelasting"] == pytest.approx(-0.35, abs=0.01)
    assert klif.direct_effect == pytest.approx(1.0, abs=1e-6)  # the extra euro of gross wage itself
    assert klif.direct_effect + sum(delen.values()) == pytest.approx(-klif.diepte, abs=0.01)
    huurtoeslag = [o for o in klif.oorzaken if o.regeling == "huurtoeslag"][0]
    assert huurtoeslag.wet == "Wet op de huurtoeslag" and huurtoeslag.href.startswith("https://wetten.overheid.nl/")
    assert huurtoeslag.referenties == ("https://example.org/huurtoeslag",)
    assert huurtoeslag.aandeel == pytest.approx(200 / 199.35, abs=1e-4)


def test_kostendelersnorm_klif_komt_van_bijstand():
    sit = met_inwonende()
    tabel = scan(sit, "leeftijd", 20, 30, 11, persoon="b", periode="2025-03", tbs=TBS)
    (klif,) = attribueer(tabel, situatie=sit, tbs=TBS)
    assert _per_regeling(klif)["bijstand"] == pytest.approx(-300)
    assert klif.oorzaken[0].regeling == "bijstand" and klif.oorzaken[0].aandeel == pytest.approx(1.0)
    assert klif.direct_effect == pytest.approx(0)


def test_vermogensklif_komt_van_zorgtoeslag():
    sit = alleenstaande(brutoloon=2200.0, vermogen=0)
    tabel = scan(sit, "vermogen", 99990, 100010, 21, periode="2025-03", tbs=TBS)
    (klif,) = attribueer(tabel, situatie=sit, tbs=TBS)
    assert _per_regeling(klif)["zorgtoeslag"] == pytest.approx(-klif.diepte, abs=0.01)


def test_doorwerking_wordt_gezien_en_delen_tellen_op():
    """In the bijstand range with zorgtoeslag (vermogen below the limit) a higher wage lowers bijstand, which
    lowers the toetsingsinkomen … the shares of bijstand, tax and zorgtoeslag with the direct effect add up
    to the change in net income exactly (within a cent)."""
    sit = alleenstaande(brutoloon=0.0, vermogen=0.0)
    tabel = scan(sit, "brutoloon", 0, 3000, 301, periode="2025-03", tbs=TBS, weergave="jaar")
    kliffen = attribueer(tabel, situatie=sit, tbs=TBS)
    assert kliffen
    for klif in kliffen:
        delta = klif.netto_eind - klif.netto_begin
        assert klif.direct_effect + sum(o.bedrag for o in klif.oorzaken) == pytest.approx(delta, abs=0.01)
        assert abs(klif.controle_verschil) < 0.01
    # the 100 %-plus stretch 1,047 … 2,000: bijstand takes the net wage, tax the rest, zorgtoeslag the knock-on
    klif = [k for k in kliffen if k.soort == "klif"][0]
    delen = _per_regeling(klif)
    assert delen["bijstand"] < 0 and delen["inkomstenbelasting"] < 0 and delen["zorgtoeslag"] < 0
    tabel_oorzaken = oorzaken_tabel(kliffen)
    assert {"nummer", "regeling", "bedrag", "aandeel", "wet", "artikel", "href"} <= set(tabel_oorzaken.columns)


def test_maandweergave_toerekening():
    sit = alleenstaande(brutoloon=2200.0)
    tabel = scan(sit, "brutoloon", 5700, 5900, 201, periode="2025-03", tbs=TBS, weergave="maand")
    (klif,) = [k for k in attribueer(tabel, situatie=sit, tbs=TBS) if k.soort == "klif"]
    assert (klif.begin, klif.eind) == (5800, 5801)
    assert _per_regeling(klif)["huurtoeslag"] == pytest.approx(-200, abs=0.01)


def test_shapley_van_een_bekend_spel():
    # two schemes; f[mask] = Δnet with mask frozen; f(∅) = −10, f({0}) = −4, f({1}) = −8, f(all) = +1
    f = np.array([-10.0, -4.0, -8.0, 1.0])
    phi = _shapley(f, 2)
    # φ0 = ½[f({1}) − f(all)] + ½[f(∅) − f({0})] = ½(−9) + ½(−6) = −7.5; φ1 = ½(−5) + ½(−2) = −3.5
    assert phi.tolist() == pytest.approx([-7.5, -3.5])
    assert phi.sum() + f[3] == pytest.approx(f[0])


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=1, max_value=6).flatmap(
    lambda k: st.lists(st.floats(min_value=-1e4, max_value=1e4), min_size=1 << k, max_size=1 << k)))
def test_shapley_telt_altijd_precies_op(f):
    f = np.array(f)
    k = int(np.log2(len(f)))
    phi = _shapley(f, k)
    assert phi.sum() + f[-1] == pytest.approx(f[0], abs=1e-6)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drempel=st.floats(min_value=16000, max_value=40000), toeslag=st.floats(min_value=1, max_value=400),
       weergave=st.sampled_from(["maand", "jaar"]))
def test_delen_tellen_op_tot_de_daling(drempel, toeslag, weergave):
    tbs = maak_systeem(drempel=drempel, toeslag=toeslag)
    sit = alleenstaande(brutoloon=500.0, vermogen=0.0)
    tabel = scan(sit, "brutoloon", 0, 5000, 501, periode="2025-03", tbs=tbs, weergave=weergave)
    for klif in attribueer(tabel, situatie=sit, tbs=tbs):
        assert klif.direct_effect + sum(o.bedrag for o in klif.oorzaken) == pytest.approx(klif.netto_eind - klif.netto_begin, abs=0.01)


def test_registervariabele_buiten_het_netto_inkomen_wordt_gemeld():
    """A registry entry whose variable moves but is not part of besteedbaar_inkomen gets share 0 and a warning."""
    from test_scan_model import REGISTER

    register = REGISTER + [{"naam": "schaduw", "label": "Schaduw", "variabelen": ["syn_schaduw"]}]
    sit = alleenstaande(brutoloon=2200.0)
    tabel = scan(sit, "brutoloon", 2400, 2600, 201, periode="2025-03", tbs=TBS, weergave="jaar", register=register)
    (klif,) = [k for k in attribueer(tabel, situatie=sit, tbs=TBS) if k.soort == "klif"]
    schaduw = [o for o in klif.oorzaken if o.regeling == "schaduw"][0]
    assert schaduw.bedrag == pytest.approx(0, abs=0.01)
    assert schaduw.verandering > 0 and "freezing it does not change" in schaduw.opmerking
    huurtoeslag = [o for o in klif.oorzaken if o.regeling == "huurtoeslag"][0]
    assert huurtoeslag.verandering == pytest.approx(-200) and huurtoeslag.opmerking == ""
