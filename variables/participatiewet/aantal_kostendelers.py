from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class aantal_kostendelers(Variable):
    value_type = int
    entity = Gezin
    definition_period = MONTH
    unit = "person"
    label = "A in de kostendelersnorm: kostendelende medebewoners plus belanghebbende en echtgenoot van 21 of ouder"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel22a"
    documentation = (
        "Pw art. 22a lid 1: 'A voor het aantal kostendelende medebewoners plus de belanghebbende en zijn echtgenoot van "
        "21 jaar of ouder indien hij gehuwd is'. The partners of the gezin count whatever their age relative to 27, as "
        "long as they are 21 or older. 1 when there are no kostendelende medebewoners and one partner is 21+."
    )

    def formula(gezin, period, parameters):
        p = parameters(period.start).participatiewet.kostendelersnorm
        persoon = gezin.members
        partners_21 = gezin.sum(persoon("leeftijd", period) >= p.minimumleeftijd_belanghebbende, role=Gezin.PARTNER)
        return gezin("aantal_kostendelende_medebewoners", period) + partners_21
