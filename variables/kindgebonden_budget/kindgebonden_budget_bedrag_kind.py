import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class kindgebonden_budget_bedrag_kind(Variable):
    value_type = float
    entity = Persoon
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Kindgebonden budget voor dit kind per jaar, met de verhoging voor 12–15 en 16–17 jaar, vóór afbouw"
    reference = "https://wetten.overheid.nl/BWBR0022751/2026-01-01#Artikel2"
    documentation = """
    Yearly amount for one child in the circumstances of this month (the aanspraak is determined per month on the
    yearly amounts, Wet KGB art. 2 lid 11):
    - art. 2 lid 2: the amount per child. The law distinguishes the first child (onder a) from each second or next
      child (onder b), but in 2024, 2025 and 2026 both amounts are equal (2,436 / 2,511 / 2,580), so one
      parameter serves every child. The 2026 amount already includes the steps of art. 3 lid 6 (minus 71) and
      lid 7 (plus 68);
    - art. 2 lid 3 and 4: plus the 12–15 supplement from the month after the month in which the child turned 12;
    - art. 2 lid 5: instead, the 16–17 supplement from the month after the month in which the child turned 16.
    The age is `leeftijd_voor_de_maand` (age on the last day of the previous month): a supplement starts in the
    month after the birthday month also when the birthday is on the 1st of a month.
    """

    def formula(persoon, period, parameters):
        kgb = parameters(period.start).kindgebonden_budget
        leeftijd = persoon("leeftijd_voor_de_maand", period)
        verhoging = np.select(
            [leeftijd >= 16, leeftijd >= 12],
            [kgb.verhoging_16_en_17, kgb.verhoging_12_tot_16],
            0,
        )
        return persoon("aanspraak_kindgebonden_budget_kind", period) * (kgb.bedrag_per_kind + verhoging)
