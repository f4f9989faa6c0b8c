from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class loonheffing(Variable):
    value_type = float
    entity = Persoon
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Loonheffing ingehouden op loon en AOW in de maand"
    reference = "https://wetten.overheid.nl/BWBR0002471/2026-01-01#Artikel20a"
    documentation = (
        "Loonbelasting/premie volksverzekeringen withheld in the month on the person's own income: on the wage "
        "(`loonheffing_loon`) and by the SVB on AOW incl. vakantie-uitkering (`loonheffing_aow`). The loonheffing the "
        "gemeente or SVB pays on top of a net bijstand/AIO is `loonheffing_uitkering` (kept apart so that the means "
        "test of the Participatiewet, which uses the net amounts, never depends on the bijstand itself)."
    )

    def formula(persoon, period):
        return persoon("loonheffing_loon", period) + persoon("loonheffing_aow", period)
