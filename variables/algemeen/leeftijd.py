import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class leeftijd(Variable):
    value_type = int
    entity = Persoon
    definition_period = MONTH
    label = "Leeftijd in hele jaren"
    documentation = (
        "Age in whole years on the first day of the month, derived from `geboortedatum`. Settable: a value "
        "given in a situation replaces the derived one for that month. Monthly granularity: a birthday during "
        "the month counts from the next month."
    )
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01"

    def formula(persoon, period):
        geboren = persoon("geboortedatum", period)
        jaar = geboren.astype("datetime64[Y]").astype(int) + 1970
        maand = geboren.astype("datetime64[M]").astype(int) % 12 + 1
        dag = (geboren - geboren.astype("datetime64[M]")).astype(int) + 1
        start = period.start
        nog_niet_jarig = (maand > start.month) | ((maand == start.month) & (dag > start.day))
        return np.maximum(start.year - jaar - nog_niet_jarig, 0)
