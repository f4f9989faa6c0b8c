import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Huishouden


class huurtoeslag_rekenhuur_boven_maximale_huurgrens_uitgesloten(Variable):
    value_type = bool
    entity = Huishouden
    definition_period = MONTH
    label = "Geen huurtoeslag omdat de rekenhuur boven de maximale huurgrens ligt (Wht art. 13 lid 1, tot 2026)"
    reference = "https://wetten.overheid.nl/BWBR0008659/2025-01-01#Artikel13"
    documentation = (
        "2024–2025, art. 13 lid 1: no huurtoeslag when the rekenhuur is higher than the maximale huurgrens "
        "('hoger is dan': exactly on the grens is allowed). Lid 2: not when the excess is due to voorzieningen "
        "for a handicap (`woning_aangepast_voor_handicap`), when a household of at least eight persons lives in "
        "the dwelling (the model assumes the dwelling is suitable and intended for eight), or when huurtoeslag "
        "was granted for this dwelling before the grens was passed (`eerder_huurtoeslag_voor_woning`); then only "
        "the part up to the grens counts (lid 3, in `huurtoeslag_berekend`).\n"
        "2026: the rent above the grens no longer excludes; it is only not subsidised (art. 21 lid 1 onder d)."
    )

    def formula_2024_01_01(huishouden, period):
        boven = huishouden("rekenhuur", period) > huishouden("huurtoeslag_maximale_huurgrens", period)
        uitzondering = (
            huishouden("woning_aangepast_voor_handicap", period)
            | (huishouden.nb_persons() >= 8)
            | huishouden("eerder_huurtoeslag_voor_woning", period)
        )
        return boven & ~uitzondering

    def formula_2026_01_01(huishouden, period):
        return np.zeros(huishouden.count, dtype=bool)
