from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Huishouden
from openfisca_samenloop.wetten.inkomen import som_gezinsbedrag


class kinderbijslag_huishouden(Variable):
    value_type = float
    entity = Huishouden
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Kinderbijslag van de gezinnen in het huishouden, als maandbedrag"
    reference = "https://wetten.overheid.nl/BWBR0002368/2026-01-01#Artikel12"
    documentation = (
        "Component of `besteedbaar_inkomen`: `kinderbijslag` (gezin) summed over the gezinnen whose members live in this "
        "huishouden, each gezin counted once (see `som_gezinsbedrag`). The SVB pays per quarter, after the quarter; shown as the monthly amount (`kinderbijslag` is already monthly)."
    )

    def formula(huishouden, period):
        return som_gezinsbedrag(huishouden, "kinderbijslag", period)
