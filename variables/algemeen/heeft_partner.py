from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class heeft_partner(Variable):
    value_type = bool
    entity = Gezin
    definition_period = MONTH
    label = "Gezin met twee partners (gehuwden / toeslagpartners)"
    documentation = "True when the gezin has two members in the role `partner`."
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel3"

    def formula(gezin, period):
        return gezin.nb_persons(Gezin.PARTNER) == 2
