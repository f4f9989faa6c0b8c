import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin
from openfisca_samenloop.wetten.participatiewet import geschiedenis_loopt, warm_op


class bijstand_vordering_totaal(Variable):
    value_type = float
    entity = Gezin
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Som van de vorderingen (terugvordering en boete) tot en met deze maand, met de schuld bij het begin"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel60"
    documentation = (
        "The opening debt plus every terugvordering and boete decided within the history up to this month. With an "
        "aflossingstermijn (reform R6, `participatiewet.verrekening.aflossingstermijn_maanden`) the monthly instalment "
        "is this total spread evenly over the term."
    )

    def formula(gezin, period):
        nieuw = gezin("bijstand_terugvordering", period) + gezin("bijstand_boete", period)
        begin = gezin("bijstand_schuld_bij_begin", period)
        loopt = geschiedenis_loopt(gezin, period)
        if not loopt.any():
            return begin + nieuw
        warm_op(gezin, "bijstand_vordering_totaal", period)
        return np.where(loopt, gezin("bijstand_vordering_totaal", period.last_month), begin) + nieuw
