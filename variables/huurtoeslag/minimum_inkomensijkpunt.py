import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Huishouden
from openfisca_samenloop.wetten.huurtoeslag import HuurtoeslagHuishoudtype


class minimum_inkomensijkpunt(Variable):
    value_type = float
    entity = Huishouden
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Minimum-inkomensijkpunt voor het huishoudtype (Wht art. 17 lid 1, per jaar)"
    reference = "https://wetten.overheid.nl/BWBR0008659/2025-01-01#Artikel17"
    documentation = (
        "Set each year by ministerial regulation (art. 27 lid 4) from the minimum income of the household type. "
        "Through 2025 the normhuur is flat up to this rekeninkomen and follows a × Y² + b × Y above it; from 2026 "
        "the huurtoeslag is reduced by the afbouwpercentage of the rekeninkomen above it (art. 21 lid 2). "
        "The 2025 values are derived and the 2024 and 2026 values quoted (see the parameter file)."
    )

    def formula_2024_01_01(huishouden, period, parameters):
        p = parameters(period.start).huurtoeslag.minimum_inkomensijkpunt
        t = huishouden("huurtoeslag_huishoudtype", period)
        return np.select(
            [t == HuurtoeslagHuishoudtype.eenpersoons, t == HuurtoeslagHuishoudtype.meerpersoons,
             t == HuurtoeslagHuishoudtype.eenpersoonsouderen],
            [p.eenpersoons, p.meerpersoons, p.eenpersoonsouderen],
            p.meerpersoonsouderen,
        )

    def formula_2025_01_01(huishouden, period, parameters):
        p = parameters(period.start).huurtoeslag.minimum_inkomensijkpunt
        t = huishouden("huurtoeslag_huishoudtype", period)
        return np.where(t == HuurtoeslagHuishoudtype.eenpersoons, p.eenpersoons, p.meerpersoons)
