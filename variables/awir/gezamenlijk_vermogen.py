from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class gezamenlijk_vermogen(Variable):
    value_type = float
    entity = Gezin
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Gezamenlijk vermogen (rendementsgrondslag) van aanvrager en toeslagpartner op 1 januari"
    reference = "https://wetten.overheid.nl/BWBR0018472/2026-01-01#Artikel7"
    documentation = (
        "Sum of `vermogen` (rendementsgrondslag, Wet IB art. 5.3, at the start of the berekeningsjaar) of the "
        "members in the role `partner`: the 'gezamenlijke rendementsgrondslag' of Awir art. 7 lid 3 and of the "
        "scheme-specific limits (Wzt art. 3, Wet KGB art. 3). The law joins them only when the partner is the same "
        "the whole year; the model takes the composition of the situation to hold the whole year."
    )

    def formula(gezin, period):
        return gezin.sum(gezin.members("vermogen", period), role=Gezin.PARTNER)
