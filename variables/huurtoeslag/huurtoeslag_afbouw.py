import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Huishouden
from openfisca_samenloop.wetten.huurtoeslag import HuurtoeslagHuishoudtype


class huurtoeslag_afbouw(Variable):
    value_type = float
    entity = Huishouden
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Afbouw van de huurtoeslag boven het minimum-inkomensijkpunt (Wht art. 21 lid 2, vanaf 2026)"
    reference = "https://wetten.overheid.nl/BWBR0008659/2026-01-01#Artikel21"
    documentation = (
        "2026: for a rekeninkomen above the minimum-inkomensijkpunt the amount of art. 21 lid 1 is reduced by "
        "Y × (afbouwpercentage / 12), Y = rekeninkomen − minimum-inkomensijkpunt, afbouwpercentage 27 % for an "
        "eenpersoonshuishouden and 22 % for a meerpersoonshuishouden. The law gives no rounding for this step; "
        "the amount is kept unrounded (the Awir rounding applies to the result). Before 2026: 0 (the income "
        "effect is in the normhuur)."
    )

    def formula_2024_01_01(huishouden, period):
        return np.zeros(huishouden.count)

    def formula_2026_01_01(huishouden, period, parameters):
        p = parameters(period.start).huurtoeslag.afbouwpercentage
        t = huishouden("huurtoeslag_huishoudtype", period)
        percentage = np.where(t == HuurtoeslagHuishoudtype.eenpersoons, p.eenpersoons, p.meerpersoons)
        y = np.asarray(huishouden("rekeninkomen", period), dtype=np.float64)
        boven = np.maximum(y - huishouden("minimum_inkomensijkpunt", period), 0)
        return boven * percentage / 12
