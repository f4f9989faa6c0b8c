import numpy as np

from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class zorgtoeslag_vermogen_boven_grens(Variable):
    value_type = bool
    entity = Gezin
    definition_period = YEAR
    label = "Vermogen boven de vermogensgrens van de zorgtoeslag (Wzt art. 3 lid 1; 2024 art. 2a lid 1)"
    reference = "https://wetten.overheid.nl/BWBR0018451/2026-01-01#Artikel3"
    documentation = (
        "In afwijking van Awir art. 7 lid 3: no zorgtoeslag if the rendementsgrondslag of the verzekerde on "
        "1 January is more than the single limit (2026 € 146.011) or, with the same partner the whole year, the "
        "joint rendementsgrondslag is more than the partner limit (2026 € 184.633). Exactly on the limit is not "
        "'meer dan'. For a gezin with a partner only the joint test is applied (Dienst Toeslagen, 'Hoeveel "
        "vermogen mag ik hebben om zorgtoeslag te krijgen?'); see `vermogen_boven_awir_grens` for why."
    )

    def formula(gezin, period, parameters):
        grens = parameters(period.start).zorgtoeslag.vermogensgrens
        vermogen = gezin("gezamenlijk_vermogen", period)
        met_partner = gezin.nb_persons(Gezin.PARTNER) >= 2
        return np.where(met_partner, vermogen > grens.met_partner, vermogen > grens.alleenstaande)
