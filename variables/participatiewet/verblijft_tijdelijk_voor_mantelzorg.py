from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class verblijft_tijdelijk_voor_mantelzorg(Variable):
    value_type = bool
    default_value = False
    entity = Persoon
    definition_period = MONTH
    label = "Heeft voor mantelzorg bij een intensieve zorgbehoefte tijdelijk een hoofdverblijf elders"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel22a"
    documentation = (
        "Input on a partner of the gezin (the belanghebbende). From 1 January 2026 art. 22a (kostendelersnorm) does "
        "not apply to a belanghebbende who, to give mantelzorg for an intensive care need, temporarily has his main "
        "residence elsewhere (Pw art. 22a lid 4, Participatiewet in balans). Before 2026 the flag has no effect: only "
        "art. 18 lid 1 maatwerk (`kostendelersnorm_buiten_toepassing`) could help."
    )
