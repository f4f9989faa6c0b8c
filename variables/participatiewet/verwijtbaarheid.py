from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin
from openfisca_samenloop.wetten.participatiewet import Verwijtbaarheid


class verwijtbaarheid(Variable):
    value_type = Enum
    possible_values = Verwijtbaarheid
    default_value = Verwijtbaarheid.gemiddeld
    entity = Gezin
    definition_period = ETERNITY
    label = "Mate van verwijtbaarheid van het niet melden van inkomsten (boete, Pw art. 18a)"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel18a"
    documentation = (
        "Input: geen, verminderd, gemiddeld, grove_schuld or opzet (Boetebesluit socialezekerheidswetten art. 2a; CRvB "
        "24 november 2014, ECLI:NL:CRVB:2014:3754). The default `gemiddeld` (neither opzet nor grove schuld) describes "
        "the case in which the gemeente proves no intent or gross negligence and the person shows no circumstances that "
        "reduce the blame: the Besluit's base grade."
    )
