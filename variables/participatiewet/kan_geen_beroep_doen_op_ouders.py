from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class kan_geen_beroep_doen_op_ouders(Variable):
    value_type = bool
    default_value = False
    entity = Persoon
    definition_period = MONTH
    label = "Jongere van 18-20 die voor levensonderhoud geen beroep kan doen op de ouders"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel20"
    documentation = (
        "Input. From 1 January 2026 the college raises the norm of a belanghebbende of 18, 19 or 20 when the parents' "
        "means are insufficient or the onderhoudsrecht cannot reasonably be enforced (Pw art. 20 lid 3). Before 2026 "
        "this was bijzondere bijstand under art. 12, which is not modelled; the flag then has no effect."
    )
