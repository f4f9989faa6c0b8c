import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Huishouden


class huurtoeslag_deel_boven_aftoppingsgrens_gesubsidieerd(Variable):
    value_type = bool
    entity = Huishouden
    definition_period = MONTH
    label = "Het deel van de rekenhuur boven de aftoppingsgrens wordt gesubsidieerd (Wht art. 21 lid 1 onder c)"
    reference = "https://wetten.overheid.nl/BWBR0008659/2024-01-01#Artikel21"
    documentation = (
        "2024 (art. 21 lid 1 onder c 1º–3º and lid 3 'in de gevallen, bedoeld in dat onderdeel'): only if the "
        "huurder, partner or a medebewoner has reached the AOW-leeftijd (in the month), or it is an "
        "eenpersoonshuishouden, or the dwelling is adapted for a handicap (`woning_aangepast_voor_handicap`). "
        "A multi-person household under the AOW-leeftijd gets nothing above the aftoppingsgrens.\n"
        "From 2025 (art. 21 lid 1 onder c) the part above the aftoppingsgrens is subsidised for every household."
    )

    def formula_2024_01_01(huishouden, period):
        aow = huishouden.any(huishouden.members("heeft_aow_leeftijd", period))
        alleen = huishouden.nb_persons() == 1
        return aow | alleen | huishouden("woning_aangepast_voor_handicap", period)

    def formula_2025_01_01(huishouden, period):
        return np.ones(huishouden.count, dtype=bool)
