import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class zvw_bijdrage_aow(Variable):
    value_type = float
    entity = Persoon
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Inkomensafhankelijke bijdrage Zvw ingehouden op AOW en vakantie-uitkering"
    reference = "https://wetten.overheid.nl/BWBR0018450/2026-01-01#Artikel43"
    documentation = (
        "On a benefit the inkomensafhankelijke bijdrage Zvw is withheld from the pensioner (Zvw art. 43–46; on wages "
        "the employer pays it). The reduced percentage of the year (2024 5,32 %, 2025 5,26 %, 2026 4,85 %) on the AOW "
        "and on the vakantie-uitkering accrual, each rounded down to the cent as the SVB's published amounts are "
        "(2024-01: € 82,00 on € 1.541,53; 2026: € 79,42 on € 1.637,57). The maximum bijdrage-inkomen is far above any "
        "AOW and is not modelled."
    )

    def formula(persoon, period, parameters):
        pct = parameters(period.start).loonheffing.zvw_bijdrage_uitkering
        aow = np.floor(persoon("aow", period) * pct * 100 + 1e-6) / 100
        vakantie = np.floor(persoon("aow_vakantie_uitkering", period) * pct * 100 + 1e-6) / 100
        return aow + vakantie
