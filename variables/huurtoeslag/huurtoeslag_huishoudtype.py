import numpy as np

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Huishouden
from openfisca_samenloop.wetten.huurtoeslag import HuurtoeslagHuishoudtype


class huurtoeslag_huishoudtype(Variable):
    value_type = Enum
    possible_values = HuurtoeslagHuishoudtype
    default_value = HuurtoeslagHuishoudtype.eenpersoons
    entity = Huishouden
    definition_period = MONTH
    label = "Type huishouden voor de huurtoeslag (Wht art. 2)"
    reference = "https://wetten.overheid.nl/BWBR0008659/2025-01-01#Artikel2"
    documentation = (
        "Eenpersoonshuishouden: the huurder lives alone in the dwelling (onderhuurders aside); "
        "meerpersoonshuishouden: with a partner or one or more medebewoners.\n"
        "2024 (art. 2 onder a–d, 2024 text): an eenpersoonshuishouden is an eenpersoonsouderenhuishouden when the "
        "huurder has reached the AOW-leeftijd on 1 January of the berekeningsjaar; a meerpersoonshuishouden is a "
        "meerpersoonsouderenhuishouden when one or more of the huurder, partner and medebewoners has reached it "
        "on 1 January. The model reads `heeft_aow_leeftijd` in January of the year.\n"
        "From 2025 the law knows only the two types without the ouderen variants."
    )

    def formula_2024_01_01(huishouden, period):
        alleen = huishouden.nb_persons() == 1
        aow_op_1_januari = huishouden.any(huishouden.members("heeft_aow_leeftijd", period.this_year.first_month))
        return np.select(
            [alleen & ~aow_op_1_januari, alleen & aow_op_1_januari, ~aow_op_1_januari],
            [HuurtoeslagHuishoudtype.eenpersoons, HuurtoeslagHuishoudtype.eenpersoonsouderen,
             HuurtoeslagHuishoudtype.meerpersoons],
            HuurtoeslagHuishoudtype.meerpersoonsouderen,
        )

    def formula_2025_01_01(huishouden, period):
        alleen = huishouden.nb_persons() == 1
        return np.where(alleen, HuurtoeslagHuishoudtype.eenpersoons, HuurtoeslagHuishoudtype.meerpersoons)
