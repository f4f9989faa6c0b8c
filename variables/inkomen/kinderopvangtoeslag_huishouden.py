from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Huishouden
from openfisca_samenloop.wetten.inkomen import som_gezinsbedrag


class kinderopvangtoeslag_huishouden(Variable):
    value_type = float
    entity = Huishouden
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Kinderopvangtoeslag van de gezinnen in het huishouden"
    reference = "https://wetten.overheid.nl/BWBR0017017/2026-01-01#Artikel1.5"
    documentation = (
        "Component of `besteedbaar_inkomen`: `kinderopvangtoeslag` (gezin) summed over the gezinnen whose members live in this "
        "huishouden, each gezin counted once (see `som_gezinsbedrag`). Paid monthly by Dienst Toeslagen; the costs of the childcare are subtracted separately (`kinderopvang_kosten_huishouden`)."
    )

    def formula(huishouden, period):
        return som_gezinsbedrag(huishouden, "kinderopvangtoeslag", period)
