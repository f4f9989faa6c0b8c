from openfisca_core.holders import set_input_divide_by_period
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class verzwegen_inkomsten(Variable):
    value_type = float
    default_value = 0
    entity = Persoon
    definition_period = MONTH
    unit = "currency-EUR"
    set_input = set_input_divide_by_period
    label = "Netto inkomsten in de maand die niet aan de gemeente (of SVB) zijn gemeld (Pw art. 17 lid 1)"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel17"
    documentation = (
        "Input. Net income the person received in the month and did not report, in breach of the inlichtingenplicht "
        "(art. 17 lid 1). The bijstand paid ignores it; the bijstand due counts it in full as a means, without an "
        "inkomstenvrijlating (CRvB 18 december 2012, ECLI:NL:CRVB:2012:BY6572: a gemeente may refuse the vrijlating "
        "for unreported work). The difference is the benadelingsbedrag (`bijstand_benadelingsbedrag`)."
    )
