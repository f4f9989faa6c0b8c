"""Invariants of the handhaving over time (issue 12 §6), over generated households in one vectorised simulation:

- nothing is set off below the beslagvrije voet: in a month with an inhouding, the bijstand paid minus the
  inhouding is at least the voet (Awb art. 4:93 lid 4; Rv art. 475dc lid 2);
- the debt to the gemeente is never negative and the inhouding never exceeds the debt at the start of the month;
- the debt moves by exactly terugvordering + boete − inhouding (no money appears or vanishes);
- the boete is at most the benadelingsbedrag decided (Pw art. 18a lid 1).
"""

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openfisca_core.simulation_builder import SimulationBuilder

from openfisca_samenloop import CountryTaxBenefitSystem

TBS = CountryTaxBenefitSystem()
MAANDEN = [f"{jaar}-{maand:02d}" for jaar in (2025, 2026) for maand in range(1, 13)]
GRADEN = ["geen", "verminderd", "gemiddeld", "grove_schuld", "opzet"]

huishouden = st.fixed_dictionaries(
    {
        "leeftijd": st.integers(18, 80),
        "partner": st.booleans(),
        "loon": st.sampled_from([0, 0, 300, 800, 1400, 2500]),
        "verzwegen": st.lists(st.sampled_from([0, 0, 0, 40, 150, 600, 3000]), min_size=24, max_size=24),
        "schuld": st.sampled_from([0, 0, 100, 2400, 20000]),
        "vertraging": st.integers(0, 4),
        "graad": st.sampled_from(GRADEN),
        "waarschuwing": st.booleans(),
        "vorige": st.booleans(),
    }
)


def simulatie(huishoudens):
    personen, gezinnen, woningen = {}, {}, {}
    for i, h in enumerate(huishoudens):
        leden = [f"p{i}"] + ([f"q{i}"] if h["partner"] else [])
        for lid in leden:
            personen[lid] = {"leeftijd": {m: h["leeftijd"] for m in MAANDEN}}
        personen[f"p{i}"]["brutoloon"] = {m: h["loon"] for m in MAANDEN}
        personen[f"p{i}"]["verzwegen_inkomsten"] = dict(zip(MAANDEN, h["verzwegen"]))
        gezinnen[f"g{i}"] = {
            "partners": leden,
            "begin_tijdlijn": {"ETERNITY": "2025-01-01"},
            "bijstand_schuld_bij_begin": {"ETERNITY": h["schuld"]},
            "handhaving_besluit_na_maanden": {"ETERNITY": h["vertraging"]},
            "verwijtbaarheid": {"ETERNITY": h["graad"]},
            "gemeente_volstaat_met_waarschuwing": {"ETERNITY": h["waarschuwing"]},
            "ontving_bijstand_vorige_maand": {"2025-01": h["vorige"]},
        }
        woningen[f"h{i}"] = {"bewoners": leden, "huur": {m: 600 for m in MAANDEN}}
    return SimulationBuilder().build_from_entities(
        TBS, {"personen": personen, "gezinnen": gezinnen, "huishoudens": woningen}
    )


@settings(max_examples=8, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(huishouden, min_size=1, max_size=12))
def test_verrekening_nooit_onder_de_beslagvrije_voet_en_schuld_nooit_negatief(huishoudens):
    sim = simulatie(huishoudens)
    for maand in MAANDEN:
        uitbetaald = sim.calculate("bijstand", maand) + sim.calculate("aio", maand)
        voet = sim.calculate("beslagvrije_voet", maand)
        inhouding = sim.calculate("bijstand_inhouding", maand)
        begin = sim.calculate("bijstand_schuld_begin_maand", maand)
        schuld = sim.calculate("bijstand_schuld", maand)
        terug = sim.calculate("bijstand_terugvordering", maand)
        boete = sim.calculate("bijstand_boete", maand)

        assert np.all(inhouding >= 0)
        met_inhouding = inhouding > 0
        assert np.all(uitbetaald[met_inhouding] - inhouding[met_inhouding] >= voet[met_inhouding] - 0.011), maand
        assert np.all(inhouding <= begin + 0.011), maand
        assert np.all(schuld >= 0), maand
        assert np.allclose(schuld, begin + terug + boete - inhouding, atol=0.02), maand
        assert np.all(boete <= terug + 0.011), maand
