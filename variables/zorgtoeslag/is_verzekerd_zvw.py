from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class is_verzekerd_zvw(Variable):
    value_type = bool
    default_value = True
    entity = Persoon
    definition_period = MONTH
    label = "Verzekerd ingevolge de Zorgverzekeringswet (of verdragsgerechtigd met bijdrage)"
    reference = "https://wetten.overheid.nl/BWBR0018451/2026-01-01#Artikel1"
    documentation = (
        "Input, default True: the person is a verzekerde in the sense of Zvw art. 1 onder f (everyone living in "
        "the Netherlands with a compulsory health insurance). False for e.g. a military serviceman (insured through "
        "Defensie) or a conscientious objector (gemoedsbezwaarde), the examples Dienst Toeslagen uses for a "
        "partner who is not insured (Wzt art. 2 lid 4)."
    )
