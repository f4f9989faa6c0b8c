from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin, Persoon
from openfisca_samenloop.wetten.kinderen import eerste_maand_van_kwartaal, geboren_op_of_voor


class recht_op_kinderbijslag(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Voor dit kind bestaat recht op kinderbijslag over het kalenderkwartaal waarin de maand valt"
    reference = "https://wetten.overheid.nl/BWBR0002368/2026-01-01#Artikel11"
    documentation = """
    AKW art. 7 lid 1 and art. 11 lid 2: kinderbijslag over a calendar quarter exists for a child that, on the first
    day of that quarter, is younger than 18 and belongs to the household of (or is maintained by) the verzekerde.
    In this model the child is a member of the gezin in the role `kind`; the parents are taken to be verzekerd
    (AKW art. 6: living in the Netherlands) and the child to live in the Netherlands (art. 7b).

    The value for a month is the right for the whole quarter containing it: judged on the first day of the quarter,
    with `leeftijd` of the first month of the quarter (age in whole years on that day) and `geboortedatum` (a child
    born after the first day of the quarter gets kinderbijslag from the next quarter).

    Not modelled: the schooling conditions for children of 16 and 17 (art. 7 lid 2), the double amount for
    intensive care (art. 7a) or for a child living away for school (art. 7 lid 6), reduced amounts for children
    living outside the EU (art. 12 lid 2), and the split between two parents (art. 18 lid 2–5).
    """

    def formula(persoon, period):
        eerste_maand = eerste_maand_van_kwartaal(period)
        is_kind = persoon.has_role(Gezin.KIND)
        leeftijd = persoon("leeftijd", eerste_maand)
        return is_kind * geboren_op_of_voor(persoon, eerste_maand) * (leeftijd < 18)
