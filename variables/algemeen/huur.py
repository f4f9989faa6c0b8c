from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Huishouden


class huur(Variable):
    value_type = float
    entity = Huishouden
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Kale huur per maand"
    documentation = "The rent owed per month for the mere use of the dwelling (kale huur), without service costs."
    reference = "https://wetten.overheid.nl/BWBR0008659/2026-01-01#Artikel1"
