"""The scan engine on a synthetic system with known answers (see test_scan_model.py)."""

import numpy as np
import pytest

from openfisca_samenloop.fouten import InvoerFout
from openfisca_samenloop.analyse.scan import WEKEN_PER_MAAND
from test_scan_model import alleenstaande, maak_systeem, met_inwonende, scan

TBS = maak_systeem()


def test_scan_geeft_netto_componenten_en_marginale_druk():
    tabel = scan(alleenstaande(), "brutoloon", 0, 3000, 31, periode="2025-03", tbs=TBS, weergave="jaar")
    assert list(tabel["invoer"]) == list(np.linspace(0, 3000, 31))
    for kolom in ("besteedbaar_inkomen", "nettoloon", "bijstand", "huurtoeslag", "regeling:bijstand",
                  "regeling:inkomstenbelasting", "netto_per_stap", "marginale_druk"):
        assert kolom in tabel.columns
    # at 1000 a month: bijstand 1300 − 650 = 650, net wage 650, huurtoeslag 200 (toetsingsinkomen 19,800)
    rij = tabel.iloc[10]
    assert rij["besteedbaar_inkomen"] == pytest.approx(1500, abs=0.01)
    assert rij["regeling:inkomstenbelasting"] == pytest.approx(-350, abs=0.01)
    # bijstand takes every extra net euro: 100 % druk below 2,000; above it only the 35 % tax
    assert np.allclose(tabel["marginale_druk"].iloc[1:21], 1.0, atol=1e-6)
    assert np.allclose(tabel["marginale_druk"].iloc[22:25], 0.35, atol=1e-5)
    assert np.isnan(tabel["marginale_druk"].iloc[0])
    assert tabel.attrs["weergave"] == "jaar" and tabel.attrs["geld"] is True


def test_maand_en_jaar_verschillen_waar_het_moet():
    """Huurtoeslag reacts to the year's income: a lasting wage of more than 2,500 a month loses it; one
    month's wage only when 11 × 2,200 + that month's wage exceeds 30,000, i.e. above 5,800."""
    sit = alleenstaande(brutoloon=2200.0)
    jaar = scan(sit, "brutoloon", 2000, 7000, 5001, periode="2025-03", tbs=TBS, weergave="jaar")
    maand = scan(sit, "brutoloon", 2000, 7000, 5001, periode="2025-03", tbs=TBS, weergave="maand")
    daling_jaar = jaar["invoer"][jaar["netto_per_stap"] < 0].tolist()
    daling_maand = maand["invoer"][maand["netto_per_stap"] < 0].tolist()
    assert daling_jaar == [2501.0]
    assert daling_maand == [5801.0]
    # below the cliffs both views have the 35 % tax as their marginale druk
    assert jaar["marginale_druk"].iloc[100] == pytest.approx(0.35, abs=1e-4)
    assert maand["marginale_druk"].iloc[100] == pytest.approx(0.35, abs=1e-4)


def test_niet_geld_invoer_geeft_verandering_per_stap():
    tabel = scan(met_inwonende(), "leeftijd", 20, 30, 11, persoon="b", periode="2025-03", tbs=TBS)
    assert tabel.attrs["geld"] is False
    assert tabel["marginale_druk"].isna().all()
    assert tabel["netto_per_stap"].iloc[7] == pytest.approx(-300)
    assert list(tabel["invoer"]) == list(range(20, 31))


def test_jaarinvoer_heeft_een_weergave():
    tabel = scan(alleenstaande(brutoloon=2200.0), "vermogen", 0, 200000, 3, periode="2025-03", tbs=TBS, weergave="maand")
    assert tabel.attrs["weergave"] == "jaar"


def test_uren_tegen_minimumuurloon():
    tabel = scan(alleenstaande(), "uren", 0, 36, 5, periode="2025-03", tbs=TBS, weergave="jaar")
    assert tabel["brutoloon"].tolist() == pytest.approx([14 * u * WEKEN_PER_MAAND for u in (0, 9, 18, 27, 36)], abs=0.01)
    assert tabel["marginale_druk"].iloc[1] == pytest.approx(1.0, abs=1e-6)  # all within the bijstand


def test_willekeurige_waarden_in_een_populatie():
    tabel = scan(alleenstaande(), "brutoloon", None, None, None, periode="2025-03", tbs=TBS, waarden=[0, 10, 2500, 2600])
    assert tabel["invoer"].tolist() == [0, 10, 2500, 2600]
    assert tabel["brutoloon"].tolist() == [0, 10, 2500, 2600]


@pytest.mark.parametrize("argumenten, veld", [
    (dict(variabele="bestaat_niet"), "--variabele"),
    (dict(persoon="niemand"), "--persoon"),
    (dict(van=100, tot=100), "--tot"),
    (dict(van=200, tot=100), "--tot"),
    (dict(punten=1), "--punten"),
    (dict(variabele="leeftijd", van=20, tot=21, punten=3), "--punten"),
    (dict(van=-5), "--van"),
])
def test_slechte_invoer_geeft_invoerfout(argumenten, veld):
    opties = dict(variabele="brutoloon", van=0, tot=100, punten=3, persoon=None)
    opties.update(argumenten)
    with pytest.raises(InvoerFout) as fout:
        scan(alleenstaande(), opties.pop("variabele"), opties.pop("van"), opties.pop("tot"), opties.pop("punten"),
             periode="2025-03", tbs=TBS, **opties)
    assert fout.value.veld == veld
    assert "\n" not in str(fout.value)


def test_niet_numerieke_variabele_geweigerd():
    from openfisca_core.model_api import MONTH, Variable
    from openfisca_samenloop.entities import Persoon

    tbs = maak_systeem()

    class naam_werkgever(Variable):
        value_type = str
        entity = Persoon
        definition_period = MONTH
        label = "naam"

    tbs.add_variable(naam_werkgever)
    with pytest.raises(InvoerFout, match="not numeric"):
        scan(alleenstaande(), "naam_werkgever", 0, 1, 2, periode="2025-03", tbs=tbs)


def test_teken_per_variabele():
    from test_scan_model import REGISTER

    register = [dict(r) for r in REGISTER]
    register[-1] = dict(register[-1], variabelen=["loonheffing", "nettoloon"], teken={"loonheffing": -1, "nettoloon": 1})
    tabel = scan(alleenstaande(), "brutoloon", 0, 3000, 4, periode="2025-03", tbs=TBS, register=register)
    assert np.allclose(tabel["regeling:inkomstenbelasting"], tabel["nettoloon"] - tabel["loonheffing"])
