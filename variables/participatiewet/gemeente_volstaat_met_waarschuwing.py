from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class gemeente_volstaat_met_waarschuwing(Variable):
    value_type = bool
    default_value = False
    entity = Gezin
    definition_period = ETERNITY
    label = "De gemeente volstaat bij een klein benadelingsbedrag met een schriftelijke waarschuwing (Pw art. 18a lid 4)"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel18a"
    documentation = (
        "Input. Art. 18a lid 4: the college 'kan' give a written warning instead of a boete in the situations of the "
        "AMvB (a benadelingsbedrag up to the `waarschuwingsgrens`), unless a warning was given in the two years before. "
        "It is a power, not a duty: the default (false) describes a gemeente that does not use it, which is the case the "
        "study describes for 'kruimelbedragen' (S7)."
    )
