from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon
from openfisca_samenloop.wetten.aow import opgebouwd_bedrag


class aow_vakantie_uitkering(Variable):
    value_type = float
    entity = Persoon
    definition_period = MONTH
    unit = "currency-EUR"
    label = "AOW-vakantie-uitkering, bruto opbouw in de maand"
    reference = "https://wetten.overheid.nl/BWBR0002221/2026-01-01#Artikel9"
    documentation = (
        "The gross vakantie-uitkering the AOW pensioner accrues in the month: the SVB's monthly amount for an "
        "alleenstaande or a gehuwde (per person), times the same opbouw share as the pension (2 % per insured "
        "year, AOW art. 13), rounded to the cent. Rhythm: accrued every month from June to May and paid once a "
        "year, in May, by the SVB. This variable shows the monthly accrual, i.e. the amount per month the "
        "household receives on average; an analysis that follows cash per month should move the twelve accruals "
        "to May."
    )

    def formula(persoon, period, parameters):
        return opgebouwd_bedrag(persoon, period, parameters, parameters(period.start).aow.vakantie_uitkering)
