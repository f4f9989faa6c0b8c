from openfisca_core.holders import set_input_divide_by_period
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class brutoloon(Variable):
    value_type = float
    entity = Persoon
    definition_period = MONTH
    unit = "currency-EUR"
    set_input = set_input_divide_by_period
    label = "Brutoloon uit dienstbetrekking per maand"
    documentation = (
        "Gross wage from employment in the month, excluding vakantiegeld paid separately. A value given for a "
        "YEAR is spread evenly over its 12 months."
    )
    reference = "https://wetten.overheid.nl/BWBR0002471/2026-01-01#Artikel10"
