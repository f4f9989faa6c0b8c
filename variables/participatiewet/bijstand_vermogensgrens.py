import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class bijstand_vermogensgrens(Variable):
    value_type = float
    entity = Gezin
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Vermogensgrens van de algemene bijstand voor dit gezin (Pw art. 34 lid 3)"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel34"
    documentation = (
        "Alleenstaande (onder a), alleenstaande ouder (onder b: one partner with a ten laste komend kind, i.e. a child "
        "under 18, art. 4 lid 1; `aantal_ten_laste_komende_kinderen`), gehuwden tezamen (onder c)."
    )

    def formula(gezin, period, parameters):
        g = parameters(period.start).participatiewet.vermogensgrens
        gehuwd = gezin.nb_persons(Gezin.PARTNER) == 2
        kinderen = gezin("aantal_ten_laste_komende_kinderen", period) > 0
        return np.select([gehuwd, kinderen], [g.gehuwden, g.alleenstaande_ouder], g.alleenstaande)
