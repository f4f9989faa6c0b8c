import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class norm_artikel_24_van_toepassing(Variable):
    value_type = bool
    entity = Gezin
    definition_period = MONTH
    label = "De norm van Pw art. 24 (echtgenoot zonder recht op algemene bijstand) is van toepassing"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel24"
    documentation = (
        "True for gehuwden (two partners) of whom exactly one has a right to algemene bijstand "
        "(`heeft_recht_op_algemene_bijstand`), when that rechthebbende is younger than 21 (art. 24 onder b) or is 21+ "
        "without kostendelende medebewoners (onder a; with them the kostendelersnorm of art. 22a applies to him alone)."
    )

    def formula(gezin, period, parameters):
        pw = parameters(period.start).participatiewet
        persoon = gezin.members
        recht = persoon("heeft_recht_op_algemene_bijstand", period)
        gehuwd = gezin.nb_persons(Gezin.PARTNER) == 2
        een_recht = gezin.sum(recht, role=Gezin.PARTNER) == 1
        jong = gezin.any(recht * (persoon("leeftijd", period) < pw.leeftijdsgrenzen.leeftijd_volwassenennorm), role=Gezin.PARTNER)
        geen_kostendelers = gezin("aantal_kostendelende_medebewoners", period) == 0
        return gehuwd * een_recht * (jong | geen_kostendelers)
