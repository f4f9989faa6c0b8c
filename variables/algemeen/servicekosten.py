from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Huishouden


class servicekosten(Variable):
    value_type = float
    entity = Huishouden
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Servicekosten per maand die voor de huurtoeslag meetellen"
    documentation = (
        "Service costs per month for the categories that count for huurtoeslag (energy for common areas, "
        "caretaker, cleaning of common areas, common facilities). Through 2025 at most €12 per category counts "
        "(Wht art. 5 lid 3); from 2026 service costs no longer count."
    )
    reference = "https://wetten.overheid.nl/BWBR0008659/2025-01-01#Artikel5"
