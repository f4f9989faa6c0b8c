from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class kinderopvangtoeslag_kind(Variable):
    value_type = float
    entity = Persoon
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Kinderopvangtoeslag voor dit kind (recht, per maand)"
    reference = "https://wetten.overheid.nl/BWBR0017321/2026-01-01#Artikel6"
    documentation = (
        "`kinderopvang_kosten` x `kinderopvangtoeslag_percentage` for this child in the month (Besluit "
        "kinderopvangtoeslag art. 2 and 6). The arbeidseis of the parents is applied in `kinderopvangtoeslag_recht`. "
        "Not rounded: the Besluit sets no rounding for the monthly amount."
    )

    def formula(persoon, period):
        return persoon("kinderopvang_kosten", period) * persoon("kinderopvangtoeslag_percentage", period)
