"""The public names of ../shared/spec/interface.md exist with their entity and period, and every output
computes for every month 2024-01 … 2026-12 on a mixed population."""

import numpy as np
import pytest
from openfisca_core import periods
from openfisca_core.simulations import SimulationBuilder

from openfisca_samenloop import CountryTaxBenefitSystem

INTERFACE = {
    # name: (entity, period)
    "leeftijd": ("persoon", "month"),
    "brutoloon": ("persoon", "month"),
    "toetsingsinkomen": ("persoon", "year"),
    "vermogen": ("persoon", "year"),
    "aow_verzekerde_jaren": ("persoon", "eternity"),
    "huur": ("huishouden", "month"),
    "servicekosten": ("huishouden", "month"),
    "kinderopvang_uren": ("persoon", "month"),
    "kinderopvang_uurprijs": ("persoon", "month"),
    "kinderopvang_soort": ("persoon", "month"),
    "bijstandsnorm": ("gezin", "month"),
    "bijstand": ("gezin", "month"),
    "aow": ("persoon", "month"),
    "aio": ("gezin", "month"),
    "zorgtoeslag": ("gezin", "month"),
    "huurtoeslag": ("huishouden", "month"),
    "kindgebonden_budget": ("gezin", "month"),
    "kinderopvangtoeslag": ("gezin", "month"),
    "kinderbijslag": ("gezin", "month"),
    "inkomstenbelasting": ("persoon", "year"),
    "algemene_heffingskorting": ("persoon", "year"),
    "arbeidskorting": ("persoon", "year"),
    "besteedbaar_inkomen": ("huishouden", "month"),
    "aantal_regelingen": ("huishouden", "month"),
    "aantal_instanties": ("huishouden", "month"),
}
OUTPUTS = [name for name in INTERFACE if name not in {
    "leeftijd", "brutoloon", "toetsingsinkomen", "vermogen", "aow_verzekerde_jaren", "huur", "servicekosten",
    "kinderopvang_uren", "kinderopvang_uurprijs", "kinderopvang_soort"}]
MONTHS = [f"{year}-{month:02d}" for year in (2024, 2025, 2026) for month in range(1, 13)]

POPULATION = {
    "personen": {
        "alleen": {"geboortedatum": {"ETERNITY": "1990-05-01"}},
        "ouder": {"geboortedatum": {"ETERNITY": "1986-02-01"}, "brutoloon": {"2024": 15000, "2025": 15000, "2026": 15000}},
        "kind1": {"geboortedatum": {"ETERNITY": "2015-06-01"}},
        "kind2": {"geboortedatum": {"ETERNITY": "2021-06-01"}},
        "aow1": {"geboortedatum": {"ETERNITY": "1950-01-01"}},
        "aow2": {"geboortedatum": {"ETERNITY": "1952-01-01"}, "aow_verzekerde_jaren": {"ETERNITY": 38}},
        "jong": {"geboortedatum": {"ETERNITY": "2005-08-01"}},
        "werker": {"geboortedatum": {"ETERNITY": "1980-01-01"}, "brutoloon": {"2024": 48000, "2025": 50000, "2026": 52000}},
        "partner": {"geboortedatum": {"ETERNITY": "1982-01-01"}, "brutoloon": {"2024": 20000, "2025": 20000, "2026": 20000}},
        "peuter": {"geboortedatum": {"ETERNITY": "2023-03-01"}},
    },
    "gezinnen": {
        "g_alleen": {"partners": ["alleen"]},
        "g_ouder": {"partners": ["ouder"], "kinderen": ["kind1", "kind2"]},
        "g_aow": {"partners": ["aow1", "aow2"]},
        "g_jong": {"partners": ["jong"]},
        "g_werk": {"partners": ["werker", "partner"], "kinderen": ["peuter"]},
    },
    "huishoudens": {
        "h_alleen": {"bewoners": ["alleen"]},
        "h_ouder": {"bewoners": ["ouder", "kind1", "kind2"]},
        "h_aow": {"bewoners": ["aow1", "aow2"]},
        "h_jong": {"bewoners": ["jong"]},
        "h_werk": {"bewoners": ["werker", "partner", "peuter"]},
    },
}


@pytest.fixture(scope="module")
def tbs():
    return CountryTaxBenefitSystem()


@pytest.mark.parametrize("name", sorted(INTERFACE))
def test_interface_name_entity_period(tbs, name):
    entity, period = INTERFACE[name]
    variable = tbs.variables.get(name)
    assert variable is not None, f"{name} missing"
    assert variable.entity.key == entity
    assert str(variable.definition_period) == period


def with_rent(situation):
    for household in situation["huishoudens"].values():
        household["huur"] = {month: 600.0 for month in MONTHS}
    return situation


@pytest.mark.parametrize("year", [2024, 2025, 2026])
def test_every_output_computes_every_month(tbs, year):
    simulation = SimulationBuilder().build_from_entities(tbs, with_rent(POPULATION))
    for month in (m for m in MONTHS if m.startswith(str(year))):
        for name in OUTPUTS:
            variable = tbs.variables[name]
            period = periods.period(month)
            if variable.definition_period == periods.DateUnit.YEAR:
                period = period.this_year
            values = simulation.calculate(name, period)
            assert np.all(np.isfinite(values.astype(float))), f"{name} {month}"
