import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon
from openfisca_samenloop.wetten.leeftijd import NIET_OPGEGEVEN, leeftijd_invoer, leeftijd_op


class leeftijd(Variable):
    value_type = int
    default_value = NIET_OPGEGEVEN
    entity = Persoon
    definition_period = MONTH
    unit = "year"
    label = "Leeftijd in hele jaren"
    set_input = leeftijd_invoer
    documentation = (
        "Age in whole years on the first day of the month. Settable: a value given in a situation holds for that "
        "person and month (it is kept as `opgegeven_leeftijd`); for every person without a given value the age is "
        "derived from `geboortedatum`, also when others in the same situation were given a `leeftijd` (OpenFisca "
        "would otherwise fill them with the default and skip the formula). A year given for this monthly "
        "variable holds for each of its months. Monthly granularity: a birthday during the month counts from the "
        "next month."
    )
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01"

    def formula(persoon, period):
        opgegeven = persoon("opgegeven_leeftijd", period)
        afgeleid = leeftijd_op(persoon("geboortedatum", period), period.start)
        return np.where(opgegeven > NIET_OPGEGEVEN, opgegeven, afgeleid)
