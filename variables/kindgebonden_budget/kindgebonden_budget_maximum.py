from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class kindgebonden_budget_maximum(Variable):
    value_type = float
    entity = Gezin
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Kindgebonden budget per jaar vóór de inkomensafhankelijke vermindering (som van art. 2 lid 2, 4, 5 en 6)"
    reference = "https://wetten.overheid.nl/BWBR0022751/2026-01-01#Artikel2"
    documentation = """
    The sum the afbouw of Wet KGB art. 2 lid 7 / lid 8 is taken from, as a yearly amount in the circumstances of
    this month: the per-child amounts with their age supplements (lid 2, 4, 5) of all children of the gezin, plus,
    for the ouder without a partner (`heeft_partner` is False), the alleenstaande-ouderkop (lid 6). The ALO-kop is
    given once per ouder, whatever the number of children, and only when there is at least one child giving
    aanspraak. Partners have one joint aanspraak (lid 9): the gezin is the unit.
    """

    def formula(gezin, period, parameters):
        kgb = parameters(period.start).kindgebonden_budget
        kinderen = gezin.sum(gezin.members("kindgebonden_budget_bedrag_kind", period), role=Gezin.KIND)
        aantal = gezin.sum(gezin.members("aanspraak_kindgebonden_budget_kind", period), role=Gezin.KIND)
        alleenstaand = ~gezin("heeft_partner", period)
        return kinderen + alleenstaand * (aantal > 0) * kgb.alleenstaande_ouderkop
