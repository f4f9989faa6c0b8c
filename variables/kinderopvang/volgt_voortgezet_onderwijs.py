from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon
from openfisca_samenloop.wetten.kinderopvang import LEEFTIJD_VOORTGEZET_ONDERWIJS


class volgt_voortgezet_onderwijs(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Kind volgt voortgezet onderwijs (einde kinderopvang)"
    reference = "https://wetten.overheid.nl/BWBR0017017/2026-01-01#Artikel1.1"
    documentation = (
        "Wet kinderopvang art. 1.1: kinderopvang is care for children 'tot de eerste dag van de maand waarop het "
        "voortgezet onderwijs voor die kinderen begint'; from that month there is no kinderopvangtoeslag. Settable. "
        "Age proxy when not given: True from `leeftijd` 13. Most children enter secondary school in August of the "
        "year they turn 12 or 13, so for a child of 12 the proxy can keep the right for up to a year too long, and "
        "for a child of 13 still in primary school (rare) end it too early; set this input where the school stage "
        "is known."
    )

    def formula(persoon, period):
        return persoon("leeftijd", period) >= LEEFTIJD_VOORTGEZET_ONDERWIJS
