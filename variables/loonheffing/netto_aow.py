from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class netto_aow(Variable):
    value_type = float
    entity = Persoon
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Netto AOW per maand incl. opgebouwde vakantie-uitkering"
    reference = "https://wetten.overheid.nl/BWBR0002221/2026-01-01#Artikel9"
    documentation = (
        "AOW plus the monthly accrual of the vakantie-uitkering, minus the SVB's loonheffing (`loonheffing_aow`) and "
        "the withheld Zvw-bijdrage (`zvw_bijdrage_aow`). The vakantie-uitkering is paid in May; here its net accrual "
        "is shown in every month (the amount per month the household receives on average). Against the SVB's published "
        "net AOW (with loonheffingskorting, excl. vakantie-uitkering) the model is exact to the cent in 2024–2026, "
        "e.g. 2026 alleenstaand € 1.558,15 and gehuwd € 1.067,70 (tests/loonheffing)."
    )

    def formula(persoon, period):
        bruto = persoon("aow", period) + persoon("aow_vakantie_uitkering", period)
        return bruto - persoon("loonheffing_aow", period) - persoon("zvw_bijdrage_aow", period)
