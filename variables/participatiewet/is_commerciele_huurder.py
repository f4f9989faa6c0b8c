from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class is_commerciele_huurder(Variable):
    value_type = bool
    default_value = False
    entity = Persoon
    definition_period = MONTH
    label = "Woont in als commerciële (onder)huurder, verhuurder, kostganger of kostgever"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel19a"
    documentation = (
        "Input. True for a co-resident who lives in the dwelling on a written agreement at a commercial price as "
        "(onder)huurder, verhuurder, kostganger or kostgever and is not a blood relative or in-law in the first or second "
        "degree (Pw art. 19a lid 1 onder b and c). Such a person is never a kostendelende medebewoner. The analyst "
        "judges the relation and the written agreement; the flag states the outcome."
    )
