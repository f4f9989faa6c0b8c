from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class bijstand_schuld_bij_begin(Variable):
    value_type = float
    default_value = 0
    entity = Gezin
    definition_period = ETERNITY
    unit = "currency-EUR"
    label = "Openstaande schuld aan de gemeente (terugvordering en boete) bij het begin van de tijdlijn"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel60"
    documentation = (
        "Input. The debt from earlier terugvorderingen and boetes still open at the end of the month before "
        "`begin_tijdlijn` (for a one-month computation: at the end of the month before). Collected by verrekening with "
        "the running bijstand (`bijstand_inhouding`). Default 0: no earlier debt."
    )
