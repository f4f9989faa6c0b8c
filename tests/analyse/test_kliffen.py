"""Cliff and plateau geometry on the synthetic system (known answers) and its properties."""

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from openfisca_samenloop.analyse.kliffen import kliffen_tabel, samenvatting, vind_kliffen
from test_scan_model import alleenstaande, maak_systeem, met_inwonende, scan

TBS = maak_systeem()


def test_harde_inkomensklif_met_herstel():
    """Huurtoeslag (200) stops above a toetsingsinkomen of 30,000: a lasting wage above 2,500 a month.
    From 2,500 to 2,501 net income falls by 200 − 0.65 (the extra euro after 35 % tax); it is back at its
    level once 0.65 × extra ≥ 200, at 2,500 + 200/0.65 = 2,807.69."""
    tabel = scan(alleenstaande(brutoloon=2200.0), "brutoloon", 0, 4000, 4001, periode="2025-03", tbs=TBS, weergave="jaar")
    kliffen = [k for k in vind_kliffen(tabel) if k.soort == "klif"]
    assert len(kliffen) == 1
    klif = kliffen[0]
    assert (klif.begin, klif.eind) == (2500, 2501)
    assert klif.diepte == pytest.approx(199.35, abs=0.01)
    assert klif.herstel == pytest.approx(2500 + 200 / 0.65, abs=0.01)
    assert klif.extra_nodig == pytest.approx(200 / 0.65, abs=0.01)
    assert klif.marginale_druk == pytest.approx(1 + 199.35, abs=0.01)


def test_plateau_van_de_bijstand():
    """Below 2,000 bruto the bijstand (norm 1,300) takes every net euro: a plateau at 100 %."""
    tabel = scan(alleenstaande(), "brutoloon", 0, 4000, 401, periode="2025-03", tbs=TBS, weergave="maand")
    plateaus = [k for k in vind_kliffen(tabel) if k.soort == "plateau"]
    assert len(plateaus) == 1
    assert (plateaus[0].begin, plateaus[0].eind) == (0, 2000)
    assert plateaus[0].marginale_druk == pytest.approx(1.0, abs=1e-6)
    assert plateaus[0].diepte == pytest.approx(0, abs=0.01)
    # a higher threshold than the druk finds nothing
    assert [k for k in vind_kliffen(tabel, drempel=1.01) if k.soort == "plateau"] == []


def test_kostendelersnorm_klif_bij_27():
    tabel = scan(met_inwonende(), "leeftijd", 20, 30, 11, persoon="b", periode="2025-03", tbs=TBS)
    kliffen = vind_kliffen(tabel)
    assert [(k.soort, k.begin, k.eind) for k in kliffen] == [("klif", 26, 27)]
    assert kliffen[0].diepte == pytest.approx(300)
    assert kliffen[0].herstel is None and kliffen[0].extra_nodig is None


def test_vermogensklif_zonder_plateaus():
    tabel = scan(alleenstaande(brutoloon=2200.0, vermogen=0), "vermogen", 99990, 100010, 21, periode="2025-03", tbs=TBS)
    kliffen = vind_kliffen(tabel)
    # zorgtoeslag at toetsingsinkomen 26,400: 100 − 5 % × 6,400 / 12 = 73.33; lost above 100,000
    assert [(k.soort, k.begin, k.eind) for k in kliffen] == [("klif", 100000, 100001)]
    assert kliffen[0].diepte == pytest.approx(100 - 0.05 * 6400 / 12, abs=0.01)


def test_vlakke_ruis_is_geen_klif():
    tabel = pd.DataFrame({"invoer": np.arange(6.0), "besteedbaar_inkomen": np.float32([1000, 1000.0001, 999.9999, 1000, 999.9998, 1000])})
    tabel.attrs.update(geld=True)
    tabel["marginale_druk"] = np.nan
    assert [k for k in vind_kliffen(tabel) if k.soort == "klif"] == []


def test_vlak_dan_daling_is_een_klif_die_begint_bij_de_daling():
    netto = [100, 110, 110, 110, 90, 90, 95, 120]
    tabel = pd.DataFrame({"invoer": np.arange(8.0), "besteedbaar_inkomen": netto})
    tabel.attrs.update(geld=True)
    klif = [k for k in vind_kliffen(tabel) if k.soort == "klif"][0]
    assert (klif.begin, klif.eind, klif.diepte) == (3, 4, 20)
    assert klif.herstel == pytest.approx(6 + 15 / 25)  # 110 reached between 95 (x=6) and 120 (x=7)
    assert kliffen_tabel([klif]).loc[0, "extra_nodig"] == pytest.approx(3.6)


def test_samenvatting():
    tabel = scan(alleenstaande(), "brutoloon", 0, 4000, 41, periode="2025-03", tbs=TBS, weergave="maand")
    s = samenvatting(tabel)
    assert s["hoogste_druk"] == pytest.approx(1.0, abs=1e-6)
    assert s["laagste_druk"] == pytest.approx(0.35, abs=1e-5)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    tarief=st.sampled_from([0.1, 0.2, 0.3, 0.37, 0.45]),
    loon=st.floats(min_value=5000, max_value=20000),
    breedte=st.floats(min_value=10, max_value=3000),
)
def test_marginale_druk_zonder_inkomenstoets_is_het_belastingtarief(tarief, loon, breedte):
    """A household with no means-tested scheme (wage far above bijstand and huurtoeslag, vermogen above the
    zorgtoeslag limit): its marginale druk equals its tax rate (tarief to 4,000 a month, 50 % above)."""
    tbs = maak_systeem(tarief=tarief)
    tabel = scan(alleenstaande(brutoloon=loon), "brutoloon", loon, loon + breedte, 11, periode="2025-03", tbs=tbs, weergave="jaar")
    assert np.allclose(tabel["regeling:bijstand"], 0) and np.allclose(tabel["regeling:huurtoeslag"], 0)
    assert np.allclose(tabel["marginale_druk"].iloc[1:], 0.5, atol=2e-3)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    drempel=st.floats(min_value=3000, max_value=60000),
    toeslag=st.floats(min_value=25, max_value=500),
    tarief=st.sampled_from([0.2, 0.35, 0.45]),
    weergave=st.sampled_from(["maand", "jaar"]),
)
def test_n_en_n_gedeeld_door_10_punten_vinden_dezelfde_kliffen(drempel, toeslag, tarief, weergave):
    """Scanning 6,001 and 601 points finds the same cliffs: same number, start and end within one coarse
    step (10), depth within what one coarse step earns (≤ 10), recovery within 2.5 coarse steps (the
    coarse start can be one step earlier, so its level and the point where it is regained shift too).
    This holds for cliffs a coarse grid can resolve: deeper than two coarse steps' pay and more than two
    coarse steps apart (a € 5 dip refilled within one € 10 step is invisible at € 10 resolution)."""
    tbs = maak_systeem(drempel=drempel, toeslag=toeslag, tarief=tarief)
    sit = alleenstaande(brutoloon=1000.0, vermogen=150000.0)
    fijn = scan(sit, "brutoloon", 0, 6000, 6001, periode="2025-03", tbs=tbs, weergave=weergave)
    grof = scan(sit, "brutoloon", 0, 6000, 601, periode="2025-03", tbs=tbs, weergave=weergave)
    stap = 10.0
    kf = [k for k in vind_kliffen(fijn) if k.soort == "klif"]
    kg = [k for k in vind_kliffen(grof) if k.soort == "klif"]
    assume(all(k.diepte > 2 * stap for k in kf))
    assume(all(b.begin - a.eind > 2 * stap for a, b in zip(kf, kf[1:])))
    assert len(kf) == len(kg)
    for a, b in zip(kf, kg):
        assert abs(a.begin - b.begin) <= stap and abs(a.eind - b.eind) <= stap
        assert abs(a.diepte - b.diepte) <= stap + 0.01
        assert (a.herstel is None) == (b.herstel is None) or max(a.herstel or 0, b.herstel or 0) > 6000 - 2.5 * stap
        if a.herstel is not None and b.herstel is not None:
            assert abs(a.herstel - b.herstel) <= 2.5 * stap
