from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class ontvangt_bijstand(Variable):
    value_type = bool
    entity = Gezin
    definition_period = MONTH
    label = "Het gezin ontvangt in deze maand algemene bijstand (door de gemeente of als AIO door de SVB)"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel19"
    documentation = (
        "True when `algemene_bijstand` is above 0 in the month (Pw art. 19; AIO is algemene bijstand too, art. 47a). "
        "It is the right, not the take-up of AIO. The next month reads it as `ontving_bijstand_vorige_maand`."
    )

    def formula(gezin, period):
        return gezin("algemene_bijstand", period) > 0
