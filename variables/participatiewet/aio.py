import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class aio(Variable):
    value_type = float
    entity = Gezin
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Aanvullende inkomensvoorziening ouderen (uitbetaald), incl. vakantietoeslag"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel47a"
    documentation = "`aio_recht` when the gezin claims it (`neemt_aio_af`, default True), else 0 (non-take-up)."

    def formula(gezin, period):
        return np.where(gezin("neemt_aio_af", period), gezin("aio_recht", period), 0)
