from datetime import date

from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class geboortedatum(Variable):
    value_type = date
    default_value = date(1985, 1, 1)
    entity = Persoon
    definition_period = ETERNITY
    label = "Geboortedatum"
    documentation = (
        "Date of birth. Drives `leeftijd` and the AOW-leeftijd. When neither is given a person is taken to be "
        "born on 1 January 1985 (an adult under 27 is never assumed)."
    )
    reference = "https://wetten.overheid.nl/BWBR0002221/2026-01-01#Artikel7a"
