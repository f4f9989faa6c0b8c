from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Huishouden


class huurtoeslag_vermogen(Variable):
    value_type = float
    entity = Huishouden
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Vermogen (rendementsgrondslag op 1 januari) van de aanvrager en zijn partner samen"
    reference = "https://wetten.overheid.nl/BWBR0018472/2025-01-01#Artikel7"
    documentation = (
        "Awir art. 7 lid 3: the rendementsgrondslag (Wet IB art. 5.3) at the start of the berekeningsjaar of the "
        "belanghebbende, joined with the partner's when he has the same partner the whole year. `vermogen` of "
        "the aanvrager and of his partner, for the year of the month. Medebewoners are tested one by one "
        "(`huurtoeslag_vermogenstoets`)."
    )

    def formula(huishouden, period):
        leden = huishouden.members
        telt = leden("huurtoeslag_aanvrager", period) | leden("huurtoeslag_partner", period)
        return huishouden.sum(leden("vermogen", period.this_year) * telt)
