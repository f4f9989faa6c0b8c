from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin, Persoon


class huurtoeslag_partner(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Partner van de aanvrager van de huurtoeslag"
    reference = "https://wetten.overheid.nl/BWBR0008659/2025-01-01#Artikel1a"
    documentation = (
        "The other member in the role `partner` of the aanvrager's gezin (Awir art. 3). Wht art. 1a lid 3: a "
        "partner counts only if registered in the BRP at the huurder's address; in the model the partner is a "
        "bewoner of the same huishouden, which is taken as that registration."
    )

    def formula(persoon, period):
        aanvrager = persoon("huurtoeslag_aanvrager", period)
        gezin_van_aanvrager = persoon.gezin.any(persoon.gezin.members("huurtoeslag_aanvrager", period))
        return persoon.has_role(Gezin.PARTNER) & gezin_van_aanvrager & ~aanvrager
