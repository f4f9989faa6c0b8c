from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class kinderopvang_uren(Variable):
    value_type = float
    entity = Persoon
    definition_period = MONTH
    unit = "hour"
    label = "Uren formele kinderopvang van dit kind in de maand"
    reference = "https://wetten.overheid.nl/BWBR0017017/2026-01-01#Artikel1.7"
    documentation = (
        "Hours of registered childcare (kindercentrum or geregistreerde voorziening voor gastouderopvang, Wet "
        "kinderopvang art. 1.5 lid 1) used by this child in the month and paid for by the parent or partner. Only "
        "children in the role `kind` count. Registration of the provider is assumed."
    )
