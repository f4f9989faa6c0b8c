from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class alleenstaande_ouder_met_kind_tot_12(Variable):
    value_type = bool
    entity = Gezin
    definition_period = MONTH
    label = "Alleenstaande ouder met een ten laste komend kind tot 12 jaar (Pw art. 31 lid 2 onder r, 1°)"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel31"
    documentation = "One partner in the gezin and at least one member in the role `kind` younger than 12."

    def formula(gezin, period, parameters):
        grens = parameters(period.start).participatiewet.inkomstenvrijlating.alleenstaande_ouder.leeftijdsgrens_kind
        jong_kind = gezin.any(gezin.members("leeftijd", period) < grens, role=Gezin.KIND)
        return (gezin.nb_persons(Gezin.PARTNER) == 1) * jong_kind
