import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class bijstand_schuld(Variable):
    value_type = float
    entity = Gezin
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Openstaande schuld aan de gemeente aan het eind van de maand (terugvordering en boete)"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel60"
    documentation = (
        "Debt at the start of the month (`bijstand_schuld_begin_maand`) plus the terugvordering and boete decided in the "
        "month, minus what was set off against the bijstand (`bijstand_inhouding`). Never negative: the set-off is at "
        "most the open debt. Not modelled: interest and collection costs (Awb art. 4:98-4:113), kwijtschelding "
        "(Pw art. 58 lid 9, 18a lid 13)."
    )

    def formula(gezin, period):
        schuld = (
            gezin("bijstand_schuld_begin_maand", period)
            + gezin("bijstand_terugvordering", period)
            + gezin("bijstand_boete", period)
            - gezin("bijstand_inhouding", period)
        )
        return np.maximum(schuld, 0)
