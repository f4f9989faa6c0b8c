# CONTRACT-PLACEHOLDER: this file only fixes the public name, entity and period so the system loads
# while the owner builds the rule. It is replaced wholesale by the real formula; a test fails while any
# placeholder remains.
from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class algemene_heffingskorting(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    label = "Algemene heffingskorting"
