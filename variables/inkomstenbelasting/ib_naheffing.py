from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class ib_naheffing(Variable):
    value_type = float
    entity = Persoon
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Maandelijks deel van de jaarlijkse aanslag (+) of teruggaaf (−) inkomstenbelasting"
    reference = "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Artikel9.2"
    documentation = (
        "`ib_verrekening` with the sign of a payment by the household: positive = the person pays extra after the "
        "year (aanslag), negative = receives a teruggaaf. `besteedbaar_inkomen` takes it through "
        "`ib_verrekening_huishouden` (= − the sum of this variable over the bewoners), so that the analyses can freeze "
        "the tax at a value (the tax scheme of the registry is `loonheffing_loon` + this variable, with sign −1)."
    )

    def formula(persoon, period):
        return -persoon("ib_verrekening", period)
