from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Huishouden


class netto_arbeidsinkomen_huishouden(Variable):
    value_type = float
    entity = Huishouden
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Nettoloon van alle bewoners"
    reference = "https://wetten.overheid.nl/BWBR0002471/2026-01-01"
    documentation = "Component of `besteedbaar_inkomen`: `nettoloon` summed over the bewoners. Net wage per month of every bewoner (gross wage minus loonheffing, computed by the loonheffing rules)."

    def formula(huishouden, period):
        return huishouden.sum(huishouden.members("nettoloon", period))
