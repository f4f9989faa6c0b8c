from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Huishouden
from openfisca_samenloop.wetten.inkomen import som_gezinsbedrag


class bijstand_huishouden(Variable):
    value_type = float
    entity = Huishouden
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Algemene bijstand van de gezinnen in het huishouden"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel19"
    documentation = (
        "Component of `besteedbaar_inkomen`: `bijstand` (gezin) summed over the gezinnen whose members live in this "
        "huishouden, each gezin counted once (see `som_gezinsbedrag`). Net (incl. vakantietoeslag), paid by the gemeente."
    )

    def formula(huishouden, period):
        return som_gezinsbedrag(huishouden, "bijstand", period)
