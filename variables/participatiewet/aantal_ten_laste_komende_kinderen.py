from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class aantal_ten_laste_komende_kinderen(Variable):
    value_type = int
    entity = Gezin
    definition_period = MONTH
    unit = "person"
    label = "Aantal ten laste komende kinderen (Pw art. 4 lid 1): kinderen in het gezin jonger dan 18 jaar"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel4"
    documentation = (
        "Pw art. 4 lid 1: 'ten laste komend kind: het kind jonger dan 18 jaar voor wie aan de alleenstaande ouder of "
        "de gehuwde op grond van artikel 18 van de Algemene Kinderbijslagwet kinderbijslag wordt betaald'. Only these "
        "children make an ongehuwde an alleenstaande ouder (art. 4 lid 1 onder b) and gehuwden a gezin 'met kinderen' "
        "(art. 20 lid 2, art. 22a lid 3, art. 34 lid 3 onder b). Counted: members in the role `kind` whose `leeftijd` "
        "(age on the first day of the month) is under 18; the kinderbijslag condition is taken as met for them (the "
        "AKW owner models it the same way). A child of 18 or older who still has the role `kind` (e.g. one who turns "
        "18 during a simulated year) is not counted: the parent is then an alleenstaande for the Participatiewet."
    )

    def formula(gezin, period):
        onder_18 = gezin.members("leeftijd", period) < 18
        return gezin.sum(onder_18, role=Gezin.KIND)
