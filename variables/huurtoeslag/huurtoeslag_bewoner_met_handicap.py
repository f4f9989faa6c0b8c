from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Huishouden


class huurtoeslag_bewoner_met_handicap(Variable):
    value_type = bool
    default_value = False
    entity = Huishouden
    definition_period = MONTH
    label = "De huurder, partner of een medebewoner onder de leeftijdsgrens heeft een handicap (invoer)"
    reference = "https://wetten.overheid.nl/BWBR0008659/2025-01-01#Artikel13"
    documentation = (
        "Input for Wht art. 13 lid 1 onder a 2º: the higher maximale huurgrens also applies when the huurder, "
        "partner or medebewoner younger than 23 (21 from 2026) has a handicap."
    )
