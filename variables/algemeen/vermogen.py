from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class vermogen(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Vermogen op 1 januari"
    documentation = (
        "The person's assets on 1 January of the year (rendementsgrondslag for the toeslagen, Awir art. 7 lid 3; "
        "the bijstand uses the assets at the moment of the claim, taken as this same figure)."
    )
    reference = "https://wetten.overheid.nl/BWBR0018472/2026-01-01#Artikel7"
