from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Huishouden


class eerder_huurtoeslag_voor_woning(Variable):
    value_type = bool
    default_value = False
    entity = Huishouden
    definition_period = MONTH
    label = "De huurder kreeg eerder huurtoeslag voor deze woning, voordat de rekenhuur de maximale huurgrens passeerde (invoer)"
    reference = "https://wetten.overheid.nl/BWBR0008659/2025-01-01#Artikel13"
    documentation = (
        "Input for Wht art. 13 lid 2 onder c (through 2025): when the rekenhuur rises above the maximale huurgrens "
        "after huurtoeslag was already granted for this dwelling, the huurtoeslag continues, without subsidy for "
        "the part above the grens (lid 3)."
    )
