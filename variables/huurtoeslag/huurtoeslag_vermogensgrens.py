import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Huishouden


class huurtoeslag_vermogensgrens(Variable):
    value_type = float
    entity = Huishouden
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Vermogensgrens voor de aanvrager (met partner: gezamenlijk) (Awir art. 7 lid 3)"
    reference = "https://wetten.overheid.nl/BWBR0018472/2025-01-01#Artikel7"
    documentation = (
        "Without a partner the single limit (2024 € 36.952, 2025 € 37.395, 2026 € 38.479); with a partner the joint "
        "limit (€ 73.904 / € 74.790 / € 76.958), the reading Dienst Toeslagen publishes (the same as the Awir "
        "owner's `vermogen_boven_awir_grens`). Parameters: parameters/awir/vermogensgrens.yaml."
    )

    def formula(huishouden, period, parameters):
        grens = parameters(period.start).awir.vermogensgrens
        met_partner = huishouden.any(huishouden.members("huurtoeslag_partner", period))
        return np.where(met_partner, grens.met_partner, grens.alleenstaande)
