import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin
from openfisca_samenloop.wetten.participatiewet import geschiedenis_loopt, warm_op


class bijstand_schuld_begin_maand(Variable):
    value_type = float
    entity = Gezin
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Openstaande schuld aan de gemeente aan het begin van de maand (terugvordering en boete)"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel60"
    documentation = (
        "`bijstand_schuld` at the end of the previous month within the gezin's history (`begin_tijdlijn`); outside it "
        "(the first month of a tijdlijn, or a one-month computation) the input `bijstand_schuld_bij_begin`."
    )

    def formula(gezin, period):
        begin = gezin("bijstand_schuld_bij_begin", period)
        loopt = geschiedenis_loopt(gezin, period)
        if not loopt.any():
            return begin
        warm_op(gezin, "bijstand_schuld", period)
        return np.where(loopt, gezin("bijstand_schuld", period.last_month), begin)
