import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Huishouden
from openfisca_samenloop.wetten.huurtoeslag import HuurtoeslagHuishoudtype, naar_boven_op_centen

VIER_TYPEN = ["eenpersoons", "meerpersoons", "eenpersoonsouderen", "meerpersoonsouderen"]
TWEE_TYPEN = ["eenpersoons", "meerpersoons"]


def per_type(huishoudtype, node, namen):
    """The value of `node.<type>` for each household's type (only the types that exist in the year)."""
    keuzes = [huishoudtype == HuurtoeslagHuishoudtype[naam] for naam in namen]
    return np.select(keuzes, [node[naam] for naam in namen], 0.0)


def normhuur_bij_ijkpunt(huishoudtype, p, namen):
    """Art. 17 lid 2 minus the reduction of lid 3 for the household type."""
    return p.normhuur_minimum_inkomensijkpunt - per_type(huishoudtype, p.verlaging_normhuur, namen)


class normhuur(Variable):
    value_type = float
    entity = Huishouden
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Normhuur per maand (Wht art. 17–19)"
    reference = "https://wetten.overheid.nl/BWBR0008659/2025-01-01#Artikel19"
    documentation = (
        "2024–2025: for a rekeninkomen Y at or below the minimum-inkomensijkpunt, the normhuur of art. 17 lid 2 "
        "minus the reduction of lid 3 for the household type (art. 19 lid 1); above it a × Y² + b × Y with the "
        "factors a and b of the household type (art. 19 lid 2), rounded up to whole eurocents (art. 19 lid 3). "
        "The factors are derived with the statutory method (parameter file normhuurfactoren.yaml) because the "
        "published ones were not found.\n"
        "2026: art. 18 and 19 are repealed; the normhuur is that of art. 17 lid 2 minus the reduction of lid 3, "
        "whatever the income (the income effect is the afbouw of art. 21 lid 2)."
    )

    def formula_2024_01_01(huishouden, period, parameters):
        return _normhuur_met_formule(huishouden, period, parameters, VIER_TYPEN)

    def formula_2025_01_01(huishouden, period, parameters):
        return _normhuur_met_formule(huishouden, period, parameters, TWEE_TYPEN)

    def formula_2026_01_01(huishouden, period, parameters):
        p = parameters(period.start).huurtoeslag
        t = huishouden("huurtoeslag_huishoudtype", period)
        return normhuur_bij_ijkpunt(t, p, TWEE_TYPEN)


def _normhuur_met_formule(huishouden, period, parameters, namen):
    p = parameters(period.start).huurtoeslag
    t = huishouden("huurtoeslag_huishoudtype", period)
    y = np.asarray(huishouden("rekeninkomen", period), dtype=np.float64)
    ijkpunt = huishouden("minimum_inkomensijkpunt", period)
    a = per_type(t, p.normhuurfactoren.a, namen)
    b = per_type(t, p.normhuurfactoren.b, namen)
    formule = naar_boven_op_centen(a * y * y + b * y)
    return np.where(y <= ijkpunt, normhuur_bij_ijkpunt(t, p, namen), formule)
