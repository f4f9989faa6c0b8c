from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class inkomstenbelasting_per_maand(Variable):
    value_type = float
    entity = Persoon
    definition_period = MONTH
    label = "Belasting die de persoon per maand betaalt op loon, na de jaarlijkse verrekening"
    reference = "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Hoofdstuk9_Artikel9.2"
    documentation = (
        "The loonheffing withheld on the wage this month (`loonheffing_loon`) minus the monthly share of the yearly "
        "settlement (`ib_verrekening`, positive = teruggaaf): what income tax takes from the household's net income "
        "in the month, apart from the AOW, whose loonheffing is already inside `netto_aow`, and the bijstand/AIO, "
        "which are paid net (the gemeente or SVB pays their loonheffing on top). With this variable the household's "
        "income adds up: besteedbaar_inkomen = brutoloon − inkomstenbelasting_per_maand + netto_aow + the schemes' "
        "payments − childcare costs. Used by the analyses to attribute changes in net income to the tax."
    )

    def formula(persoon, period):
        return persoon("loonheffing_loon", period) - persoon("ib_verrekening", period)
