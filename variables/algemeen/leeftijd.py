from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon
from openfisca_samenloop.wetten.leeftijd import leeftijd_op


class leeftijd(Variable):
    value_type = int
    entity = Persoon
    definition_period = MONTH
    unit = "year"
    label = "Leeftijd in hele jaren"
    documentation = (
        "Age in whole years on the first day of the month, derived from `geboortedatum`. Settable: a value "
        "given in a situation replaces the derived one for that month. Monthly granularity: a birthday during "
        "the month counts from the next month."
    )
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01"

    def formula(persoon, period):
        return leeftijd_op(persoon("geboortedatum_getal", period), period.start)
