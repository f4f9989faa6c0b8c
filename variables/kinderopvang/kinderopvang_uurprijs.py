from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class kinderopvang_uurprijs(Variable):
    value_type = float
    entity = Persoon
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Uurprijs die de opvang voor dit kind in rekening brengt"
    reference = "https://wetten.overheid.nl/BWBR0017017/2026-01-01#Artikel1.7"
    documentation = "Price per hour charged for this child's childcare (Wet kinderopvang art. 1.7 lid 1 onder b 2°)."
