from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class ontvangt_studiefinanciering(Variable):
    value_type = bool
    default_value = False
    entity = Persoon
    definition_period = MONTH
    label = "Volgt onderwijs met (aanspraak op) studiefinanciering, WTOS of in de BBL"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel19a"
    documentation = (
        "Input. True for a person who follows education for which studiefinanciering (Wsf 2000 art. 3.1) or a WTOS "
        "tegemoetkoming (hoofdstuk 4) can exist, or a BBL beroepsopleiding, or comparable education abroad (Pw art. 19a "
        "lid 1 onder d). Such a person is never a kostendelende medebewoner."
    )
