"""Hardship designs: relief enters besteedbaar_inkomen, thresholds are data (changeable by a reform file), and the
relief never takes anything away."""

import numpy as np
import pytest

from openfisca_samenloop.wetten.hardheid import grenzen, vocabulaire
from openfisca_samenloop.invoer.hervorming import systeem_met_hervorming
from openfisca_samenloop.analyse.populatie import bereken_populatie, raster

pytestmark = pytest.mark.filterwarnings("ignore")


def test_vocabulaire_noemt_bestaande_variabelen():
    tbs = systeem_met_hervorming("hardheidsclausule_per_wet")
    assert {"onder_sociaal_minimum", "klif", "onevenredige_terugvordering"} <= set(vocabulaire()["triggers"])
    for naam, grens in grenzen().items():
        assert grens["conditie"] in tbs.variables, naam
        assert all(v in tbs.variables for v in grens["opnieuw"]), naam


@pytest.mark.parametrize("ontwerp, variabele", [
    ("hardheidsclausule_per_wet", "hardheidsclausule_tegemoetkoming"),
    ("awb_evenredigheidstoets", "evenredigheidstoets_tegemoetkoming"),
])
def test_verlichting_telt_in_besteedbaar_en_neemt_nooit_iets_af(ontwerp, variabele):
    situaties = raster(jaarlonen=(0, 20_000, 40_000), huren=(0, 600)) + ["spaargeld_net_boven_grens", "aio_gedeeltelijke_aow_buitenland"]
    basis = bereken_populatie(situaties, "2026-03", variabelen=["besteedbaar_inkomen"])
    hervormd = bereken_populatie(situaties, "2026-03", systeem_met_hervorming(ontwerp), ["besteedbaar_inkomen", variabele])
    verschil = hervormd["besteedbaar_inkomen"] - basis["besteedbaar_inkomen"]
    assert np.allclose(verschil, hervormd[variabele], atol=0.01)
    assert (hervormd[variabele] >= 0).all()


def test_drempel_via_hervormingsbestand(tmp_path):
    pad = tmp_path / "strenger.yaml"
    pad.write_text("hardheid.verlichting.klif_beperken:\n  2024-01-01: true\n")
    tbs = systeem_met_hervorming(["hardheidsclausule_per_wet", str(pad)])
    tabel = bereken_populatie(["spaargeld_net_boven_grens"], "2026-03", tbs, ["hardheidsclausule_tegemoetkoming"])
    # beperken: the household keeps a loss of klif.drempel (€ 50): 1401.50 - 50
    assert tabel["hardheidsclausule_tegemoetkoming"].iloc[0] == pytest.approx(1351.50, abs=0.01)
