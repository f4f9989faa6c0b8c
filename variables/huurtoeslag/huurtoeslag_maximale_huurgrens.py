import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Huishouden


class huurtoeslag_maximale_huurgrens(Variable):
    value_type = float
    entity = Huishouden
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Maximale huurgrens die voor het huishouden geldt (Wht art. 13 lid 1)"
    reference = "https://wetten.overheid.nl/BWBR0008659/2026-01-01#Artikel13"
    documentation = (
        "The higher grens (2024 € 879,66; 2025 € 900,07; 2026 € 932,93) applies when the huurder, partner or one of "
        "the medebewoners is 23 or older (21 or older from 2026), or the dwelling is shared with a kind or "
        "pleegkind of one of them (`huurtoeslag_kind_van_bewoner`), or a young huurder, partner or medebewoner "
        "has a handicap (`huurtoeslag_bewoner_met_handicap`); otherwise the lower grens (€ 454,47 / € 477,20 / "
        "€ 498,20). Age is the age in the month (Awir art. 5: a change after the first day counts from the next "
        "month, which is how `leeftijd` is defined). Everyone in the huishouden is huurder, partner or medebewoner."
    )

    def formula(huishouden, period, parameters):
        p = parameters(period.start).huurtoeslag
        oud_genoeg = huishouden.any(huishouden.members("leeftijd", period) >= p.leeftijdsgrens_maximale_huurgrens)
        met_kind = huishouden.any(huishouden.members("huurtoeslag_kind_van_bewoner", period))
        hoog = oud_genoeg | met_kind | huishouden("huurtoeslag_bewoner_met_handicap", period)
        return np.where(hoog, p.maximale_huurgrens.hoog, p.maximale_huurgrens.laag)
