from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon
from openfisca_samenloop.wetten.leeftijd import datum_als_getal


class geboortedatum_getal(Variable):
    value_type = int
    entity = Persoon
    definition_period = ETERNITY
    unit = "/1"
    label = "Geboortedatum als getal jjjjmmdd"
    documentation = (
        "The date of birth as the integer yyyymmdd, derived once per simulation from `geboortedatum` so that the "
        "age rules (`leeftijd`, the AOW-leeftijd, `leeftijd_voor_de_maand`) compute ages month after month with "
        "integer arithmetic instead of converting dates each time (a population of a million households asks "
        "for ages dozens of times). Not an input: give `geboortedatum`."
    )
    reference = "https://wetten.overheid.nl/BWBR0002221/2026-01-01#Artikel7a"

    def formula(persoon, period):
        return datum_als_getal(persoon("geboortedatum", period))
