from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Huishouden
from openfisca_samenloop.wetten.inkomen import som_gezinsbedrag


class aio_huishouden(Variable):
    value_type = float
    entity = Huishouden
    definition_period = MONTH
    unit = "currency-EUR"
    label = "AIO van de gezinnen in het huishouden"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Hoofdstuk3_Paragraaf3.2_Artikel22"
    documentation = (
        "Component of `besteedbaar_inkomen`: `aio` (gezin) summed over the gezinnen whose members live in this "
        "huishouden, each gezin counted once (see `som_gezinsbedrag`). Net (incl. vakantietoeslag), paid by the SVB."
    )

    def formula(huishouden, period):
        return som_gezinsbedrag(huishouden, "aio", period)
