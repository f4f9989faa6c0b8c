from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class aantal_kinderen(Variable):
    value_type = int
    entity = Gezin
    definition_period = MONTH
    unit = "person"
    label = "Aantal kinderen in het gezin"
    documentation = "Number of members in the role `kind`, whatever their age."
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel4"

    def formula(gezin, period):
        return gezin.nb_persons(Gezin.KIND)
