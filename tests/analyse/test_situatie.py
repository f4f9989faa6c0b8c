"""The situation loader: period-less values, and computed variables given for only some persons."""

import numpy as np

from openfisca_samenloop.invoer.situatie import bouw_simulatie
from openfisca_samenloop.systeem import basissysteem

MOEDER_EN_ZOON = {
    "personen": {
        "moeder": {"geboortedatum": "1968-04-10"},
        "zoon": {"geboortedatum": "1999-11-15", "leeftijd": {"2026-03": 27}},
    },
    "gezinnen": {"g1": {"partners": ["moeder"]}, "g2": {"partners": ["zoon"]}},
    "huishoudens": {"h": {"bewoners": ["moeder", "zoon"]}},
}


def test_leeftijd_van_een_persoon_laat_de_ander_berekend():
    # OpenFisca alone would make the mother 0 years old for 2026-03 (the default of the other instances).
    simulatie = bouw_simulatie(basissysteem(), MOEDER_EN_ZOON, "2026-03")
    assert list(simulatie.calculate("leeftijd", "2026-03")) == [57, 27]
    # the son counts as kostendeler at 27: the mother gets the norm for two kostendelers (Pw art. 22a)
    norm_twee = simulatie.calculate("bijstandsnorm", "2026-03")[0]
    zonder = bouw_simulatie(basissysteem(), {**MOEDER_EN_ZOON, "personen": {
        "moeder": {"geboortedatum": "1968-04-10"}, "zoon": {"geboortedatum": "1999-11-15", "leeftijd": {"2026-03": 26}}}}, "2026-03")
    assert norm_twee < zonder.calculate("bijstandsnorm", "2026-03")[0]


def test_ook_met_axes():
    axes = [[{"name": "brutoloon", "count": 3, "min": 0, "max": 2000, "period": "2026-03", "index": 1}]]
    simulatie = bouw_simulatie(basissysteem(), MOEDER_EN_ZOON, "2026-03", axes=axes)
    assert np.array_equal(simulatie.calculate("leeftijd", "2026-03"), [57, 27] * 3)


def test_waarde_zonder_periode_geldt_het_hele_jaar():
    situatie = {
        "personen": {"p": {"brutoloon": 1000, "geboortedatum": "1990-01-01"}},
        "gezinnen": {"g": {"partners": ["p"]}},
        "huishoudens": {"h": {"bewoners": ["p"]}},
    }
    simulatie = bouw_simulatie(basissysteem(), situatie, "2025-07")
    assert simulatie.calculate_add("brutoloon", "2025") == 12000


def test_vergelijking_met_invoer_die_alleen_de_hervorming_kent():
    # `doenvermogen` exists only under the hardship reforms; the baseline of the comparison ignores it.
    from openfisca_samenloop.analyse.vergelijk import vergelijk_populatie

    situatie = {
        "personen": {"p": {"geboortedatum": "1980-01-01", "vermogen": 8100, "doenvermogen": 4}},
        "gezinnen": {"g": {"partners": ["p"]}},
        "huishoudens": {"h": {"bewoners": ["p"], "huur": 600}},
    }
    uitkomst = vergelijk_populatie([situatie], "awb_evenredigheidstoets", "2026-03", kliffen=True, punten=11)
    assert len(uitkomst.per_huishouden) == 1
