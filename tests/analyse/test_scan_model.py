"""A small synthetic tax-benefit system with known cliffs, for testing the scan engine whatever the real
rules are. Other test files import `maak_systeem` and the situations from here.

The model (per month, euros):
- loonheffing = `tarief` × brutoloon up to 4,000 a month, 50 % above; nettoloon = brutoloon − loonheffing.
- bijstand (gezin) = max(0, norm − net wage of the partners); norm = `norm`, or `kostendelersnorm` when the
  huishouden has two or more people aged 27 or over (a kostendelersnorm cliff at 27).
- toetsingsinkomen (persoon, year) = gross wage over the year + the gezin's bijstand for a partner.
- zorgtoeslag (gezin) = max(0, 100 − 5 % × (toetsingsinkomen of the partners − 20,000) / 12), and 0 when the
  partners' vermogen exceeds `vermogensgrens` (a vermogen cliff of the whole zorgtoeslag).
- huurtoeslag (huishouden) = `toeslag` when the bewoners' toetsingsinkomen is at most `drempel` a year,
  else 0 (a hard income cliff, reacting to the year's income).
- besteedbaar_inkomen = net wages + bijstand + zorgtoeslag + huurtoeslag.
"""

import numpy as np
from openfisca_core.holders import set_input_divide_by_period
from openfisca_core.model_api import ADD, MONTH, YEAR, Variable
from openfisca_core.parameters import ParameterNode
from openfisca_core.taxbenefitsystems import TaxBenefitSystem

from openfisca_samenloop.entities import Gezin, Huishouden, Persoon, entities
from openfisca_samenloop.invoer.situatie import Situatie


def maak_systeem(drempel=30000.0, toeslag=200.0, tarief=0.35, vermogensgrens=100000.0, norm=1300.0,
                 kostendelersnorm=1000.0, uurloon=14.0):
    class brutoloon(Variable):
        value_type = float
        entity = Persoon
        definition_period = MONTH
        set_input = set_input_divide_by_period
        label = "brutoloon"

    class vermogen(Variable):
        value_type = float
        entity = Persoon
        definition_period = YEAR
        label = "vermogen"

    class leeftijd(Variable):
        value_type = int
        entity = Persoon
        definition_period = MONTH
        default_value = 30
        label = "leeftijd"

    class huur(Variable):
        value_type = float
        entity = Huishouden
        definition_period = MONTH
        label = "huur"

    class loonheffing(Variable):
        value_type = float
        entity = Persoon
        definition_period = MONTH
        label = "loonheffing"
        reference = "https://example.org/loonheffing"

        def formula(persoon, period):
            loon = persoon("brutoloon", period)
            return tarief * np.minimum(loon, 4000) + 0.5 * np.maximum(loon - 4000, 0)

    class ib_verrekening(Variable):
        value_type = float
        entity = Persoon
        definition_period = MONTH
        label = "ib_verrekening"

    class nettoloon(Variable):
        value_type = float
        entity = Persoon
        definition_period = MONTH
        label = "nettoloon"

        def formula(persoon, period):
            return persoon("brutoloon", period) - persoon("loonheffing", period)

    class bijstand(Variable):
        value_type = float
        entity = Gezin
        definition_period = MONTH
        label = "bijstand"
        reference = "https://example.org/bijstand"

        def formula(gezin, period):
            kostendelers = gezin.members.huishouden("syn_aantal_27_plus", period)
            eigen = gezin.max(kostendelers, role=Gezin.PARTNER)
            geldend = np.where(eigen >= 2, kostendelersnorm, norm)
            netto = gezin.sum(gezin.members("nettoloon", period), role=Gezin.PARTNER)
            return np.maximum(geldend - netto, 0)

    class syn_aantal_27_plus(Variable):
        value_type = int
        entity = Huishouden
        definition_period = MONTH
        label = "bewoners van 27 of ouder"

        def formula(huishouden, period):
            return huishouden.sum(huishouden.members("leeftijd", period) >= 27)

    class toetsingsinkomen(Variable):
        value_type = float
        entity = Persoon
        definition_period = YEAR
        label = "toetsingsinkomen"

        def formula(persoon, period):
            loon = persoon("brutoloon", period, options=[ADD])
            partner = persoon.has_role(Gezin.PARTNER)
            aantal = persoon.gezin.nb_persons(Gezin.PARTNER)
            bijstand = persoon.gezin("bijstand", period, options=[ADD]) / aantal
            return loon + np.where(partner, bijstand, 0)

    class zorgtoeslag(Variable):
        value_type = float
        entity = Gezin
        definition_period = MONTH
        label = "zorgtoeslag"
        reference = "https://example.org/zorgtoeslag"

        def formula(gezin, period):
            ti = gezin.sum(gezin.members("toetsingsinkomen", period.this_year), role=Gezin.PARTNER)
            vermogen = gezin.sum(gezin.members("vermogen", period.this_year), role=Gezin.PARTNER)
            bedrag = np.maximum(100 - 0.05 * (ti - 20000) / 12, 0)
            return np.where(vermogen > vermogensgrens, 0, np.minimum(bedrag, 100))

    class huurtoeslag(Variable):
        value_type = float
        entity = Huishouden
        definition_period = MONTH
        label = "huurtoeslag"
        reference = "https://example.org/huurtoeslag"

        def formula(huishouden, period):
            ti = huishouden.sum(huishouden.members("toetsingsinkomen", period.this_year))
            return np.where(ti <= drempel, toeslag, 0)

    class syn_schaduw(Variable):
        value_type = float
        entity = Persoon
        definition_period = MONTH
        label = "moves with the wage, but nothing uses it (for the registry consistency warning)"

        def formula(persoon, period):
            return 0.1 * persoon("brutoloon", period)

    class besteedbaar_inkomen(Variable):
        value_type = float
        entity = Huishouden
        definition_period = MONTH
        label = "besteedbaar inkomen"

        def formula(huishouden, period):
            persoon = huishouden.members
            eerste = persoon.has_role(Gezin.PARTNER) / persoon.gezin.nb_persons(Gezin.PARTNER)
            gezin = (persoon.gezin("bijstand", period) + persoon.gezin("zorgtoeslag", period)) * eerste
            return (
                huishouden.sum(persoon("nettoloon", period) + persoon("ib_verrekening", period) + gezin)
                + huishouden("huurtoeslag", period)
            )

    tbs = TaxBenefitSystem(entities)
    for variabele in (brutoloon, vermogen, leeftijd, huur, loonheffing, ib_verrekening, nettoloon, bijstand,
                      syn_aantal_27_plus, syn_schaduw, toetsingsinkomen, zorgtoeslag, huurtoeslag, besteedbaar_inkomen):
        tbs.add_variable(variabele)
    tbs.parameters = ParameterNode("", data={
        "minimumloon": {"minimumuurloon": {"values": {"2024-01-01": {"value": uurloon}}}},
    })
    return tbs


# The scheme registry of the synthetic system (the package's registry follows the real model).
REGISTER = [
    {"naam": "bijstand", "label": "Algemene bijstand", "wet": "Participatiewet", "artikel": "art. 19–22a, 31–34",
     "href": "https://wetten.overheid.nl/BWBR0015703/2026-01-01", "instantie": "gemeente", "variabelen": ["bijstand"]},
    {"naam": "zorgtoeslag", "label": "Zorgtoeslag", "wet": "Wet op de zorgtoeslag", "artikel": "art. 2",
     "href": "https://wetten.overheid.nl/BWBR0018451/2026-01-01", "instantie": "Dienst Toeslagen", "variabelen": ["zorgtoeslag"]},
    {"naam": "huurtoeslag", "label": "Huurtoeslag", "wet": "Wet op de huurtoeslag", "artikel": "art. 13–21",
     "href": "https://wetten.overheid.nl/BWBR0008659/2026-01-01", "instantie": "Dienst Toeslagen", "variabelen": ["huurtoeslag"]},
    {"naam": "inkomstenbelasting", "label": "Loonheffing", "wet": "Wet op de loonbelasting 1964", "artikel": "art. 20a",
     "href": "https://wetten.overheid.nl/BWBR0002471/2026-01-01", "instantie": "Belastingdienst",
     "variabelen": ["loonheffing"], "teken": -1},
]


def scan(*args, **kwargs):
    """`openfisca_samenloop.analyse.scan.scan` with the synthetic registry."""
    from openfisca_samenloop.analyse.scan import scan as echte_scan

    kwargs.setdefault("register", REGISTER)
    return echte_scan(*args, **kwargs)


def alleenstaande(brutoloon=0.0, vermogen=150000.0) -> Situatie:
    return Situatie(naam="alleenstaande", entiteiten={
        "personen": {"a": {"brutoloon": brutoloon, "vermogen": vermogen}},
        "gezinnen": {"g": {"partners": ["a"]}},
        "huishoudens": {"h": {"bewoners": ["a"]}},
    })


def met_inwonende(loon_inwonende=3000.0) -> Situatie:
    return Situatie(naam="met_inwonende", entiteiten={
        "personen": {
            "a": {"brutoloon": 0.0, "vermogen": 150000.0, "leeftijd": 40},
            "b": {"brutoloon": loon_inwonende, "vermogen": 150000.0, "leeftijd": 20},
        },
        "gezinnen": {"ga": {"partners": ["a"]}, "gb": {"partners": ["b"]}},
        "huishoudens": {"h": {"bewoners": ["a", "b"]}},
    })


def test_synthetisch_model_rekent_zoals_beschreven():
    from openfisca_samenloop.invoer.situatie import bouw_simulatie

    tbs = maak_systeem()
    simulatie = bouw_simulatie(tbs, alleenstaande(brutoloon=1000.0), "2025-03")
    # bijstand 1300 − 650 net wage; toetsingsinkomen 12 × (1000 + 650) = 19800 ≤ 30000: huurtoeslag 200.
    assert simulatie.calculate("bijstand", "2025-03")[0] == 650
    assert simulatie.calculate("huurtoeslag", "2025-03")[0] == 200
    assert simulatie.calculate("besteedbaar_inkomen", "2025-03")[0] == 650 + 650 + 200
