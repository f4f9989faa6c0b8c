"""The armoedeval: a bijstand household taking a minimum-wage job."""

import numpy as np
import pytest

from openfisca_samenloop.analyse.armoedeval import armoedeval
from openfisca_samenloop.analyse.scan import WEKEN_PER_MAAND
from test_scan_model import REGISTER, alleenstaande, maak_systeem

TBS = maak_systeem(uurloon=14.0)


def test_armoedeval_synthetisch():
    tabel = armoedeval(alleenstaande(), periode="2025-03", tbs=TBS, register=REGISTER)
    assert tabel["uren_per_week"].tolist() == [0, 8, 16, 24, 32, 36]
    assert tabel["uren_per_maand"].tolist() == pytest.approx([u * 52 / 12 for u in (0, 8, 16, 24, 32, 36)])
    assert tabel["brutoloon"].iloc[1] == pytest.approx(14 * 8 * WEKEN_PER_MAAND, abs=0.01)  # 485.33
    # 8 hours: bijstand takes every net euro (1,300 norm), huurtoeslag stays: no gain at all
    assert tabel["netto_winst"].iloc[1] == pytest.approx(0, abs=0.01)
    assert tabel["marginale_druk"].iloc[1] == pytest.approx(1.0, abs=1e-5)
    assert tabel["afgeroomd:bijstand"].iloc[1] == pytest.approx(0.65 * 485.33, abs=0.01)
    assert tabel["afgeroomd:inkomstenbelasting"].iloc[1] == pytest.approx(0.35 * 485.33, abs=0.01)
    # 36 hours: 2,184 gross, 1,419.60 net, no bijstand; toetsingsinkomen 26,208 keeps the huurtoeslag (200):
    # gain 1,419.60 + 200 − (1,300 + 200) = 119.60, per hour 119.60 / 156
    rij = tabel.iloc[-1]
    assert rij["brutoloon"] == pytest.approx(2184, abs=0.01)
    assert rij["netto_winst"] == pytest.approx(119.6, abs=0.01)
    assert rij["netto_per_uur"] == pytest.approx(119.6 / 156, abs=1e-4)
    # the gross wage = what is kept + what every scheme takes
    afgeroomd = tabel[[k for k in tabel.columns if k.startswith("afgeroomd:")]].sum(axis=1)
    assert np.allclose(tabel["netto_winst"] + afgeroomd, tabel["brutoloon"], atol=0.01)
    assert np.isnan(tabel["netto_per_uur"].iloc[0])


def test_armoedeval_echt():
    """The bundled single parent on bijstand (2025-03), taking a job at the minimum hourly wage of € 14.06
    (2025-01, parameters/minimumloon/minimumuurloon.yaml): a small job mostly goes to the bijstand; the net
    gain per hour stays far below the hourly wage, and bijstand is what takes most at 8 hours."""
    from openfisca_samenloop.systeem import basissysteem

    tbs = basissysteem()
    if tbs.variables["bijstand"].is_input_variable():
        pytest.skip("bijstand rules not landed yet")
    tabel = armoedeval("alleenstaande_ouder_deeltijd_bijstand", periode="2025-03", tbs=tbs)
    assert tabel.attrs["uurloon"] == pytest.approx(14.06)
    assert tabel["brutoloon"].iloc[1] == pytest.approx(14.06 * 8 * 52 / 12, abs=0.01)
    assert (tabel["netto_per_uur"].iloc[1:] < 14.06).all()
    afgeroomd = {k.split(":", 1)[1]: tabel[k].iloc[1] for k in tabel.columns if k.startswith("afgeroomd:")}
    assert max(afgeroomd, key=afgeroomd.get) == "bijstand"
    assert tabel["marginale_druk"].iloc[1] > 0.5
