# CONTRACT-PLACEHOLDER: this file only fixes the public name, entity and period so the system loads
# while the owner builds the rule. It is replaced wholesale by the real formula; a test fails while any
# placeholder remains.
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Huishouden


class besteedbaar_inkomen(Variable):
    value_type = float
    entity = Huishouden
    definition_period = MONTH
    label = "Besteedbaar inkomen van alle bewoners per maand"
