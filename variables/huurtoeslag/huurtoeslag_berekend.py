import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Huishouden
from openfisca_samenloop.wetten.huurtoeslag import gesubsidieerd_deel


class huurtoeslag_berekend(Variable):
    value_type = float
    entity = Huishouden
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Huurtoeslag per maand volgens Wht art. 21, voor de voorwaarden en de Awir-afronding"
    reference = "https://wetten.overheid.nl/BWBR0008659/2026-01-01#Artikel21"
    documentation = (
        "Art. 21 lid 1–3 on the rekenhuur: 100 % of the part above the basishuur up to the kwaliteitskortingsgrens, "
        "65 % up to the aftoppingsgrens, 40 % above it (in 2024 only where "
        "`huurtoeslag_deel_boven_aftoppingsgrens_gesubsidieerd`); a basishuur above a grens moves the start of the "
        "slices (lid 2, lid 3).\n"
        "The rekenhuur counts only up to the maximale huurgrens: in 2024–2025 where huurtoeslag is granted above "
        "it under art. 13 lid 2 (lid 3: no huurtoeslag for the part above; otherwise the household is excluded, "
        "see `huurtoeslag_recht`), from 2026 always (art. 21 lid 1 onder d).\n"
        "2026: minus the afbouw of art. 21 lid 2 (`huurtoeslag_afbouw`), not below 0. Unrounded cents."
    )

    def formula(huishouden, period, parameters):
        p = parameters(period.start).huurtoeslag
        rekenhuur = np.minimum(huishouden("rekenhuur", period), huishouden("huurtoeslag_maximale_huurgrens", period))
        percentage_c = np.where(
            huishouden("huurtoeslag_deel_boven_aftoppingsgrens_gesubsidieerd", period),
            p.subsidiepercentage.boven_aftoppingsgrens,
            0.0,
        )
        bedrag = gesubsidieerd_deel(
            rekenhuur,
            huishouden("basishuur", period),
            p.kwaliteitskortingsgrens,
            huishouden("huurtoeslag_aftoppingsgrens", period),
            p.subsidiepercentage.kwaliteitskortingsgrens_tot_aftoppingsgrens,
            percentage_c,
        )
        return np.maximum(bedrag - huishouden("huurtoeslag_afbouw", period), 0)
