from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Huishouden


class neemt_huurtoeslag_af(Variable):
    value_type = bool
    default_value = True
    entity = Huishouden
    definition_period = MONTH
    label = "Het huishouden vraagt de huurtoeslag aan en ontvangt die (invoer, standaard ja)"
    reference = "https://wetten.overheid.nl/BWBR0018472/2025-01-01#Artikel14"
    documentation = (
        "Take-up input. Awir art. 14 lid 1: a tegemoetkoming is granted on application only. False models "
        "non-take-up: `huurtoeslag` is then 0 while `huurtoeslag_recht` shows what the law would give."
    )
