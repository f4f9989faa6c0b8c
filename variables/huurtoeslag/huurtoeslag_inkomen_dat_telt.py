import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class huurtoeslag_inkomen_dat_telt(Variable):
    value_type = float
    entity = Persoon
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Deel van het (jaar)toetsingsinkomen van de bewoner dat in het rekeninkomen meetelt"
    reference = "https://wetten.overheid.nl/BWBR0018472/2025-01-01#Artikel7"
    documentation = (
        "A yearly amount. Aanvrager, partner and medebewoners each count with their toetsingsinkomen of the "
        "berekeningsjaar (Awir art. 7 lid 1 and 2; Wht art. 7 lid 1). A medebewoner who is a kind or pleegkind "
        "(`huurtoeslag_kind_van_bewoner`) and who at the start of the berekeningsjaar (age in January) has not "
        "reached 23 counts only for the part above the vrijstelling (Awir art. 7 lid 6: € 5.970 in 2024, "
        "€ 6.042 in 2025, € 6.218 in 2026). The vrijstelling applies to medebewoners only, never to the aanvrager "
        "or his partner."
    )

    def formula(persoon, period, parameters):
        p = parameters(period.start).huurtoeslag.vrijstelling_inkomen_kind
        inkomen = persoon("toetsingsinkomen", period.this_year)
        leeftijd_bij_aanvang = persoon("leeftijd", period.this_year.first_month)
        vrijgesteld = (
            persoon("huurtoeslag_medebewoner", period)
            & persoon("huurtoeslag_kind_van_bewoner", period)
            & (leeftijd_bij_aanvang < p.leeftijdsgrens)
        )
        return np.where(vrijgesteld, np.maximum(inkomen - p.bedrag, 0), inkomen)
