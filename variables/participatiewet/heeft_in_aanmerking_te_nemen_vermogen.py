from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class heeft_in_aanmerking_te_nemen_vermogen(Variable):
    value_type = bool
    entity = Gezin
    definition_period = MONTH
    label = "Het gezin heeft vermogen boven de vermogensgrens (Pw art. 19 lid 1 onder b, art. 34)"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel34"
    documentation = (
        "The partners' `vermogen` (YEAR, taken as the assets in this month) added up, compared with "
        "`bijstand_vermogensgrens`. Vermogen below the grens is not taken into account (art. 34 lid 2 onder b), so there "
        "is in-aanmerking-te-nemen vermogen only when the total exceeds the grens; any such vermogen excludes algemene "
        "bijstand (art. 19 lid 1 onder b). Not modelled: the separate exemption for vermogen in an owner-occupied home "
        "(art. 34 lid 2 onder d) and the reduction of the grens during the bijstand (art. 34 lid 4)."
    )

    def formula(gezin, period):
        totaal = gezin.sum(gezin.members("vermogen", period.this_year), role=Gezin.PARTNER)
        return totaal > gezin("bijstand_vermogensgrens", period)
