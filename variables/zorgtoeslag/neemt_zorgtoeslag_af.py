from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class neemt_zorgtoeslag_af(Variable):
    value_type = bool
    default_value = True
    entity = Gezin
    definition_period = MONTH
    label = "Het gezin vraagt de zorgtoeslag aan waarop het recht heeft"
    reference = "https://wetten.overheid.nl/BWBR0018472/2026-01-01#Artikel14"
    documentation = (
        "Input, default True. A toeslag is granted only on application (Awir art. 14 lid 1); False models "
        "non-take-up: `zorgtoeslag` is then 0 while `zorgtoeslag_recht` still shows the entitlement."
    )
