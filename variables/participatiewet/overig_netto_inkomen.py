from openfisca_core.holders import set_input_divide_by_period
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class overig_netto_inkomen(Variable):
    value_type = float
    default_value = 0
    entity = Persoon
    definition_period = MONTH
    unit = "currency-EUR"
    set_input = set_input_divide_by_period
    label = "Overig netto inkomen dat voor de bijstand meetelt"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel32"
    documentation = (
        "Input. Net income per month other than wage and AOW that counts as inkomen for the bijstand and AIO (Pw art. "
        "31 lid 1, art. 32 lid 1 onder a): e.g. a net pension, alimentatie, a net social-security benefit, rental income. "
        "Net means after loonheffing, premies and verplichte inhoudingen (art. 31 lid 3). Toeslagen, kinderbijslag and "
        "kindgebonden budget never belong here (art. 31 lid 2 onder b en d; Wet KGB art. 4). A YEAR value is spread "
        "evenly over its months."
    )
