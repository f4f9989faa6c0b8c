from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class is_medisch_urenbeperkt(Variable):
    value_type = bool
    default_value = False
    entity = Persoon
    definition_period = MONTH
    label = "Medisch urenbeperkt (Pw art. 31 lid 2 onder y)"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel31"
    documentation = (
        "Input. True when an UWV assessment found the person medisch urenbeperkt (Pw art. 6b). Gives the 15 % vrijlating "
        "of art. 31 lid 2 onder y when onder n does not apply."
    )
