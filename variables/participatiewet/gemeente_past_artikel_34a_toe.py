from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class gemeente_past_artikel_34a_toe(Variable):
    value_type = bool
    default_value = False
    entity = Gezin
    definition_period = MONTH
    label = "De gemeente past in 2026 al de vrijlating van art. 34a Pw toe (gedoogjaar)"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel34a"
    documentation = (
        "Input, default False; has effect only from 2026 (the article has no value before). The Participatiewet in "
        "balans put art. 34a (15 % for up to twelve months; 15 % medisch urenbeperkt; 25 % up to € 226 from the AOW age) "
        "into the 2026 consolidated text beside the old art. 31 lid 2 onder n/r/y, whose amounts were still indexed. "
        "SZW says the uniform bijverdiengrenzen take formal effect on 1 January 2027 with 2026 as a gedoogjaar in which "
        "gemeenten may apply them early. By default the package applies art. 31 lid 2; set this flag to model a "
        "gemeente that applies art. 34a in 2026. The bufferbudget of art. 34b is discretionary and not modelled."
    )
