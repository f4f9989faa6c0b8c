from openfisca_core import periods
from openfisca_core.periods import MONTH
from openfisca_core.populations import ADD
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class weken_in_buitenland_tot_en_met_maand(Variable):
    value_type = float
    entity = Persoon
    definition_period = MONTH
    unit = "week"
    label = "Weken verblijf buiten Nederland van 1 januari tot en met deze maand"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel13"
    documentation = (
        "The sum of `weken_in_buitenland_maand` over the months of the calendar year up to and including this month "
        "(art. 13 lid 1 onder e counts 'per kalenderjaar'), summed by OpenFisca over the months (ADD)."
    )

    def formula(persoon, period):
        jan = period.this_year.first_month
        tot_en_met = periods.period(f"month:{jan}:{period.start.month}")
        return persoon("weken_in_buitenland_maand", tot_en_met, options=[ADD])
