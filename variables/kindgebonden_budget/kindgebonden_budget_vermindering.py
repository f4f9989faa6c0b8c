import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class kindgebonden_budget_vermindering(Variable):
    value_type = float
    entity = Gezin
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Inkomensafhankelijke vermindering van het kindgebonden budget per jaar (art. 2 lid 7 en 8)"
    reference = "https://wetten.overheid.nl/BWBR0022751/2026-01-01#Artikel2"
    documentation = """
    Wet KGB art. 2:
    - lid 7, ouder without a partner: afbouwpercentage × (toetsingsinkomen − drempelinkomen) when the
      toetsingsinkomen is above the drempelinkomen;
    - lid 8, ouder with a partner: afbouwpercentage × (gezamenlijk toetsingsinkomen − (drempelinkomen + the partner
      supplement)) when the joint income is above that higher drempel.
    The afbouwpercentage is 6.75% (2024), 7.10% (2025), 7.60% (2026; art. 3 lid 5). The drempelinkomen is 108% of
    12 × the January amount of Wml art. 8 lid 1 onder b (art. 1 lid 1 onder d), encoded as the Dienst Toeslagen
    figure (parameter minimumloon.drempelinkomen, shared with the zorgtoeslag).

    The income is `gezamenlijk_toetsingsinkomen` (gezin, YEAR, Awir art. 7 lid 1) of the calendar year of the
    month: the `toetsingsinkomen` of the ouder, plus that of the toeslagpartner when there is one (for the single
    ouder it is his own toetsingsinkomen, lid 7); children's income is not counted. The reduction is not capped here; `kindgebonden_budget_jaarbedrag`
    floors the result at 0.
    """

    def formula(gezin, period, parameters):
        p = parameters(period.start)
        kgb = p.kindgebonden_budget
        inkomen = gezin("gezamenlijk_toetsingsinkomen", period.this_year)
        met_partner = gezin("heeft_partner", period)
        drempel = p.minimumloon.drempelinkomen + met_partner * kgb.verhoging_drempel_partner
        return kgb.afbouwpercentage * np.maximum(inkomen - drempel, 0)
