import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin, Persoon


class huurtoeslag_aanvrager(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Aanvrager (huurder) van de huurtoeslag voor de woning"
    reference = "https://wetten.overheid.nl/BWBR0008659/2025-01-01#Artikel7"
    documentation = (
        "Exactly one bewoner per huishouden (Wht art. 7 lid 2). If a bewoner has `huurtoeslag_aanvrager_opgegeven`, "
        "the first such bewoner is the aanvrager. Otherwise the first member in the role `partner` of a gezin, "
        "in the order of the persons in the situation (normally the first partner of the first gezin). A person "
        "in the role `kind` is never taken as aanvrager by default. The model does not check that this person is "
        "the one who holds the lease."
    )

    def formula(persoon, period):
        huishouden = persoon.huishouden
        volgnummer = np.arange(persoon.count, dtype=np.float64)
        geen = float(persoon.count + 1)

        opgegeven = persoon("huurtoeslag_aanvrager_opgegeven", period)
        eerste_opgegeven = huishouden.min(np.where(opgegeven, volgnummer, geen))
        is_partner = persoon.has_role(Gezin.PARTNER)
        eerste_partner = huishouden.min(np.where(is_partner, volgnummer, geen))

        # via the projector `persoon.huishouden`, min() is returned per person (projected back)
        gekozen = np.where(eerste_opgegeven < geen, eerste_opgegeven, eerste_partner)
        return volgnummer == gekozen
