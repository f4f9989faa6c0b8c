from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class neemt_aio_af(Variable):
    value_type = bool
    default_value = True
    entity = Gezin
    definition_period = MONTH
    label = "Gezin vraagt de AIO waarop het recht heeft aan"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel43"
    documentation = (
        "Input, default True. AIO is only paid on application (Pw art. 43 lid 1). False models non-take-up: `aio_recht` "
        "keeps what the law gives, `aio` becomes 0. The study cites 30 % (SVB) and 48-56 % (ARK) non-take-up."
    )
