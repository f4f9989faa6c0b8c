import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class bijstand_inhouding(Variable):
    value_type = float
    entity = Gezin
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Aflossing op de schuld aan de gemeente, ingehouden op de lopende bijstand (verrekening, Pw art. 60 ff.)"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel60"
    documentation = (
        "Pw art. 60 lid 4: a terugvordering of art. 58 lid 1 and a boete are set off ('verrekent het college') against "
        "the algemene bijstand the person receives (the SVB for AIO, art. 60a lid 5). The set-off never takes the gezin "
        "below the `beslagvrije_voet` (Awb art. 4:93 lid 4 applies Rv art. 475c-475e; for bijstand Rv art. 475dc lid "
        "2): at most "
        "the bijstand paid minus the beslagvrije voet. Collection starts in the month after the decision (the debt at "
        "the start of the month, `bijstand_schuld_begin_maand`). Without an aflossingstermijn the gemeente takes the "
        "whole room; with one (reform R6) at most the total claim divided by the term. Nothing is collected by "
        "verrekening in a month without bijstand (collection by dwangbevel or beslag on other income, art. 60 lid 2, is "
        "not modelled), nor the exception of art. 60 lid 6 (set-off below the voet while the person withholds "
        "information)."
    )

    def formula(gezin, period, parameters):
        termijn = parameters(period.start).participatiewet.verrekening.aflossingstermijn_maanden
        uitbetaald = gezin("bijstand", period) + gezin("aio", period)
        ruimte = np.where(uitbetaald > 0, np.maximum(uitbetaald - gezin("beslagvrije_voet", period), 0), 0)
        inhouding = np.minimum(gezin("bijstand_schuld_begin_maand", period), ruimte)
        if termijn > 0:
            inhouding = np.minimum(inhouding, gezin("bijstand_vordering_totaal", period) / termijn)
        # Both amounts are whole cents: rounding the float32 difference to the cent restores the exact figure.
        return np.round(np.asarray(inhouding, dtype=np.float64), 2)
