from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class maanden_inkomstenvrijlating(Variable):
    value_type = int
    default_value = 0
    entity = Persoon
    definition_period = MONTH
    unit = "month"
    label = "Aantal maanden dat de inkomstenvrijlating al is toegepast vóór deze maand"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel31"
    documentation = (
        "Input. How many earlier months the vrijlating for inkomsten uit arbeid has already run for this person "
        "(0 = this is the first month). Drives the durations of Pw art. 31 lid 2: onder n for months 0-5 (six months, "
        "under the AOW age), then onder r for an alleenstaande ouder for months 6-35 (thirty months), and the twelve "
        "months of art. 34a. The package does not track history across months itself: the analyst sets it."
    )
