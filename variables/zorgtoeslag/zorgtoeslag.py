import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class zorgtoeslag(Variable):
    value_type = float
    entity = Gezin
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Zorgtoeslag per maand (uitbetaald)"
    reference = "https://wetten.overheid.nl/BWBR0018451/2026-01-01#Artikel2"
    documentation = (
        "What is paid: `zorgtoeslag_recht` when the gezin claims it (`neemt_zorgtoeslag_af`, default True), else 0. "
        "Paid monthly by Dienst Toeslagen as a voorschot, around the 20th of the month before the month it is for."
    )

    def formula(gezin, period):
        return np.where(gezin("neemt_zorgtoeslag_af", period), gezin("zorgtoeslag_recht", period), 0)
