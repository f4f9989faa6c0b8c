from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Huishouden


class netto_aow_huishouden(Variable):
    value_type = float
    entity = Huishouden
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Netto AOW van alle bewoners"
    reference = "https://wetten.overheid.nl/BWBR0002221/2026-01-01"
    documentation = "Component of `besteedbaar_inkomen`: `netto_aow` summed over the bewoners. Net AOW per month incl. the accrued vakantie-uitkering, of every bewoner."

    def formula(huishouden, period):
        return huishouden.sum(huishouden.members("netto_aow", period))
