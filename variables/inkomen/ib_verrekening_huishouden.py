from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Huishouden


class ib_verrekening_huishouden(Variable):
    value_type = float
    entity = Huishouden
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Maandelijks deel van de jaarlijkse belastingverrekening van alle bewoners (+ = teruggaaf)"
    reference = "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Artikel9.2"
    documentation = (
        "Component of `besteedbaar_inkomen`: `ib_verrekening` summed over the bewoners (read as − `ib_naheffing`) — one twelfth of the year's "
        "settlement of the final inkomstenbelasting with the loonheffing withheld (Wet IB art. 9.2), positive for a "
        "teruggaaf. With it, net income over the year is gross income minus the final tax, so the heffingskortingen "
        "(arbeidskorting, IACK, the AHK of a partner without income) reach the household even when no payer applies "
        "them monthly. Rhythm: settled after the year (aangifte in the spring), or monthly through a voorlopige "
        "teruggaaf; shown as the monthly amount it is worth."
    )

    def formula(huishouden, period):
        return -huishouden.sum(huishouden.members("ib_naheffing", period))
