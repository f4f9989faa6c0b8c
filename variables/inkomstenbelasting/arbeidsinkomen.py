from openfisca_core.populations import ADD
from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class arbeidsinkomen(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Arbeidsinkomen (Wet IB art. 8.1 onder e)"
    reference = "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Artikel8.1"
    documentation = (
        "Income from present work: here the gross wages of the year (`brutoloon` summed). AOW, bijstand and AIO are "
        "not arbeidsinkomen; profit from an enterprise is not modelled."
    )

    def formula(persoon, period):
        return persoon("brutoloon", period, options=[ADD])
