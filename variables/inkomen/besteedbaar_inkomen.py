from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Huishouden
from openfisca_samenloop.wetten.inkomen import COMPONENTEN, KOSTEN


class besteedbaar_inkomen(Variable):
    value_type = float
    entity = Huishouden
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Besteedbaar inkomen van alle bewoners per maand"
    reference = "https://wetten.overheid.nl/BWBR0018472/2026-01-01"
    documentation = (
        "Net disposable income of everyone living in the dwelling in the month: net wages, net AOW, bijstand, AIO, "
        "zorgtoeslag, huurtoeslag, kindgebonden budget, kinderopvangtoeslag, kinderbijslag and the monthly share of the "
        "yearly income-tax settlement (`ib_verrekening`), minus the costs of "
        "formal childcare. One variable per component (listed in openfisca_samenloop/analyse/inkomensbegrippen.py "
        "COMPONENTEN and KOSTEN, with their payment rhythm) so that analyses can attribute every euro. Amounts "
        "paid in other rhythms (kinderbijslag per quarter, vakantiegeld and vakantietoeslag once a year) are shown "
        "as the monthly amount. Not included: the "
        "definitive toekenning of the toeslagen after the year, and box 3."
    )

    def formula(huishouden, period):
        inkomen = sum(huishouden(naam, period) for naam in COMPONENTEN)
        kosten = sum(huishouden(naam, period) for naam in KOSTEN)
        return inkomen - kosten
