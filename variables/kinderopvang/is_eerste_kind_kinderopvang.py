import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin, Persoon


class is_eerste_kind_kinderopvang(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Eerste kind voor de kinderopvangtoeslag (het kind met de meeste uren)"
    reference = "https://wetten.overheid.nl/BWBR0017321/2026-01-01#Artikel3"
    documentation = (
        "Besluit kinderopvangtoeslag art. 3: when more than one child uses kinderopvang, the child with the most "
        "hours (`kinderopvang_vergoede_uren`) is the first child; the others get the percentage for the next child. "
        "Tie on hours: the child with the highest `kinderopvang_kosten` is taken (the order given by the third-party "
        "2026 ruleset reading art. 3 lid 3; the article text was not read in an official copy), and if still tied "
        "the first of them in the situation. Only children whose opvang counts can be first. Vectorised per gezin "
        "with max/min over the role `kind`."
    )

    def formula(persoon, period):
        gezin = persoon.simulation.populations["gezin"]
        telt = persoon("kinderopvang_kind_komt_in_aanmerking", period) & (
            persoon("kinderopvang_vergoede_uren", period) > 0
        )
        uren = np.where(telt, persoon("kinderopvang_vergoede_uren", period).astype(np.float64), -1.0)
        kosten = np.where(telt, persoon("kinderopvang_kosten", period).astype(np.float64), -1.0)
        meeste_uren = gezin.project(gezin.max(uren, role=Gezin.KIND))
        kandidaat = telt & (uren == meeste_uren)
        hoogste_kosten = gezin.project(gezin.max(np.where(kandidaat, kosten, -1.0), role=Gezin.KIND))
        kandidaat = kandidaat & (kosten == hoogste_kosten)
        positie = np.arange(len(uren), dtype=np.float64)
        eerste_positie = gezin.project(gezin.min(np.where(kandidaat, positie, np.inf), role=Gezin.KIND))
        return kandidaat & (positie == eerste_positie)
