"""Attribution on the real model: shares add up to the change in net income within a cent, fast."""

import time

import pytest

from openfisca_samenloop.analyse.attributie import attribueer
from openfisca_samenloop.analyse.scan import scan
from openfisca_samenloop.systeem import basissysteem


@pytest.mark.parametrize("weergave", ["maand", "jaar"])
def test_delen_tellen_op_binnen_een_cent(weergave):
    tbs = basissysteem()
    if tbs.variables["besteedbaar_inkomen"].is_input_variable() or tbs.variables["bijstand"].is_input_variable():
        pytest.skip("rules not landed yet")
    tabel = scan("alleenstaande_ouder_deeltijd_bijstand", "brutoloon", 0, 4000, 10001, periode="2025-03", tbs=tbs,
                 weergave=weergave)
    begin = time.perf_counter()
    kliffen = attribueer(tabel, tbs=tbs, alle_regelingen=True)
    duur = time.perf_counter() - begin
    assert kliffen
    for klif in kliffen:
        assert klif.direct_effect + sum(o.bedrag for o in klif.oorzaken) == pytest.approx(klif.netto_eind - klif.netto_begin, abs=0.01)
        assert abs(klif.controle_verschil) < 0.01
        assert all(o.href.startswith("https://wetten.overheid.nl/") for o in klif.oorzaken)
    assert duur < 5 * 2  # goal < 5 s (benchmarks/scan_snelheid.py); margin for a loaded test machine
