from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class kindgebonden_budget_vermogenstoets(Variable):
    value_type = bool
    entity = Gezin
    definition_period = MONTH
    label = "Het vermogen staat aanspraak op kindgebonden budget niet in de weg (art. 1 lid 4)"
    reference = "https://wetten.overheid.nl/BWBR0022751/2026-01-01#Artikel1"
    documentation = """
    Wet KGB art. 1 lid 4 (in place of Awir art. 7 lid 3): no aanspraak if the rendementsgrondslag of the ouder at
    the start of the year is more than the single grens, or, if the ouder has the same partner the whole year, the
    joint rendementsgrondslag is more than the partner grens (2024 140,213 / 177,301; 2025 141,896 / 179,429;
    2026 146,011 / 184,633). "Meer bedraagt dan": a vermogen exactly at the grens still passes.

    Uses `gezamenlijk_vermogen` (gezin, YEAR): the `vermogen` on 1 January of the members in the role `partner`.
    Simplification: the gezin's composition in the month stands for the whole year, so a partner in this month is
    taken to be the partner for the whole year (the law applies the joint grens only then and otherwise the single
    grens to the ouder's own vermogen).
    """

    def formula(gezin, period, parameters):
        grens = parameters(period.start).kindgebonden_budget.vermogensgrens
        vermogen = gezin("gezamenlijk_vermogen", period.this_year)
        met_partner = gezin("heeft_partner", period)
        toegestaan = met_partner * grens.met_partner + ~met_partner * grens.alleenstaand
        return vermogen <= toegestaan
