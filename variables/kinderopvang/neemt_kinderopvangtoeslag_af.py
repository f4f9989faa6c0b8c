from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class neemt_kinderopvangtoeslag_af(Variable):
    value_type = bool
    default_value = True
    entity = Gezin
    definition_period = MONTH
    label = "Gezin vraagt de kinderopvangtoeslag aan (take-up)"
    reference = "https://wetten.overheid.nl/BWBR0018472/2026-01-01#Artikel15"
    documentation = (
        "Input, default True. A toeslag is only paid on application (Awir art. 15); False models non-take-up, so "
        "that `kinderopvangtoeslag` is 0 while `kinderopvangtoeslag_recht` keeps what the law gives."
    )
