import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class kinderopvangtoeslag(Variable):
    value_type = float
    entity = Gezin
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Kinderopvangtoeslag per maand"
    reference = "https://wetten.overheid.nl/BWBR0017017/2026-01-01#Artikel1.5"
    documentation = (
        "What is paid: `kinderopvangtoeslag_recht` when the gezin claims it (`neemt_kinderopvangtoeslag_af`, "
        "default True), else 0."
    )

    def formula(gezin, period):
        return np.where(gezin("neemt_kinderopvangtoeslag_af", period), gezin("kinderopvangtoeslag_recht", period), 0)
