import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Huishouden


class huurtoeslag(Variable):
    value_type = float
    entity = Huishouden
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Huurtoeslag per maand (uitbetaald)"
    reference = "https://wetten.overheid.nl/BWBR0008659/2026-01-01#Artikel21"
    documentation = (
        "What the household receives: `huurtoeslag_recht` when `neemt_huurtoeslag_af` (default True), else 0."
    )

    def formula(huishouden, period):
        return np.where(huishouden("neemt_huurtoeslag_af", period), huishouden("huurtoeslag_recht", period), 0)
