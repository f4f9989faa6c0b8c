from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Huishouden
from openfisca_samenloop.wetten.inkomen import som_gezinsbedrag


class kindgebonden_budget_huishouden(Variable):
    value_type = float
    entity = Huishouden
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Kindgebonden budget van de gezinnen in het huishouden"
    reference = "https://wetten.overheid.nl/BWBR0022751/2026-01-01#Artikel2"
    documentation = (
        "Component of `besteedbaar_inkomen`: `kindgebonden_budget` (gezin) summed over the gezinnen whose members live in this "
        "huishouden, each gezin counted once (see `som_gezinsbedrag`). Incl. the alleenstaande-ouderkop; paid monthly by Dienst Toeslagen."
    )

    def formula(huishouden, period):
        return som_gezinsbedrag(huishouden, "kindgebonden_budget", period)
