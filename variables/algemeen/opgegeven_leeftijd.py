from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon
from openfisca_samenloop.wetten.leeftijd import NIET_OPGEGEVEN


class opgegeven_leeftijd(Variable):
    value_type = int
    default_value = NIET_OPGEGEVEN
    entity = Persoon
    definition_period = MONTH
    unit = "year"
    label = "Leeftijd zoals opgegeven in de situatie (-1: niet opgegeven)"
    reference = "https://wetten.overheid.nl/BWBR0002221/2026-01-01#Artikel7a"
    documentation = (
        "Where a situation's `leeftijd` goes: giving `leeftijd` stores the value here (see `leeftijd`'s set_input, "
        "openfisca_samenloop.wetten.leeftijd.leeftijd_invoer), with -1 for the persons it was not given for. "
        "`leeftijd` then takes this value where it is at least 0 and derives the age from `geboortedatum` for "
        "everyone else, on every route (the CLI, `openfisca test`, SimulationBuilder, /calculate). May also be "
        "given directly."
    )
