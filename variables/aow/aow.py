from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon
from openfisca_samenloop.wetten.aow import opgebouwd_bedrag


class aow(Variable):
    value_type = float
    entity = Persoon
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Bruto AOW-pensioen per maand, excl. vakantie-uitkering"
    reference = "https://wetten.overheid.nl/BWBR0002221/2026-01-01#Artikel9"
    documentation = (
        "Gross AOW ouderdomspensioen for the month (AOW art. 7, 9, 13): from the month the pensioengerechtigde "
        "leeftijd is reached (`heeft_aow_leeftijd`), the full amount for an alleenstaande or, for a partner in a "
        "gezin with two partners, the gehuwdennorm per person — whatever the other partner's age (AOW art. 9 lid 1 "
        "onder b). The partner toeslag of AOW art. 8 exists only for those entitled before 1 January 2015 and is not "
        "modelled (no new cases). The full amount is reduced by 2 % for every year not insured "
        "(`aow_verzekerde_jaren`, AOW art. 13), rounded to the cent. Amounts per 1 January and 1 July as the SVB "
        "publishes them (parameters/aow/bruto_bedrag.yaml). Excludes the vakantie-uitkering "
        "(`aow_vakantie_uitkering`)."
    )

    def formula(persoon, period, parameters):
        return opgebouwd_bedrag(persoon, period, parameters, parameters(period.start).aow.bruto_bedrag)
