import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class kindgebonden_budget_jaarbedrag(Variable):
    value_type = float
    entity = Gezin
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Aanspraak op kindgebonden budget als jaarbedrag, in de omstandigheden van deze maand (vóór Awir art. 14)"
    reference = "https://wetten.overheid.nl/BWBR0022751/2026-01-01#Artikel2"
    documentation = """
    Wet KGB art. 2 lid 2–8: the sum of the amounts (`kindgebonden_budget_maximum`) minus the income-dependent
    reduction (`kindgebonden_budget_vermindering`), not below 0, and 0 when the vermogen is above the grens
    (art. 1 lid 4, `kindgebonden_budget_vermogenstoets`). The aanspraak is determined for each calendar month
    separately (art. 2 lid 11) on these yearly amounts; `kindgebonden_budget_recht` turns it into the monthly
    amount. Unrounded.
    """

    def formula(gezin, period):
        bedrag = gezin("kindgebonden_budget_maximum", period) - gezin("kindgebonden_budget_vermindering", period)
        return gezin("kindgebonden_budget_vermogenstoets", period) * np.maximum(bedrag, 0)
