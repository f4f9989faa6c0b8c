from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class huurtoeslag_medebewoner(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Medebewoner voor de huurtoeslag"
    reference = "https://wetten.overheid.nl/BWBR0018472/2025-01-01#Artikel2"
    documentation = (
        "Every bewoner of the huishouden other than the aanvrager and his partner (Awir art. 2 lid 1 onder e), "
        "children included. Onderhuurders and their household, whom the law leaves out, are not in the model's "
        "huishouden (put them in a huishouden of their own)."
    )

    def formula(persoon, period):
        return ~persoon("huurtoeslag_aanvrager", period) & ~persoon("huurtoeslag_partner", period)
