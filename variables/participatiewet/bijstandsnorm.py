import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class bijstandsnorm(Variable):
    value_type = float
    entity = Gezin
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Bijstandsnorm incl. vakantietoeslag, na kostendelersnorm"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel19"
    documentation = (
        "The norm that art. 19 lid 1-2 compares with the inkomen: `kostendelersnorm` (art. 22a) where it applies, else "
        "`bijstandsnorm_zonder_kostendelers` (art. 20-22); for gehuwden of whom one spouse has no right to algemene "
        "bijstand, the norm of art. 24 (`norm_gehuwde_met_echtgenoot_zonder_recht`) where it applies. All norm amounts of the law include the vakantietoeslag "
        "(art. 19 lid 3). Serves both the bijstand (under the AOW age) and the AIO (from the AOW age)."
    )

    def formula(gezin, period):
        return np.select(
            [gezin("norm_artikel_24_van_toepassing", period), gezin("kostendelersnorm_van_toepassing", period)],
            [gezin("norm_gehuwde_met_echtgenoot_zonder_recht", period), gezin("kostendelersnorm", period)],
            gezin("bijstandsnorm_zonder_kostendelers", period),
        )
