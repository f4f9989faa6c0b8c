from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class kinderbijslag_kwartaal(Variable):
    value_type = float
    entity = Gezin
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Kinderbijslag van het gezin over het kalenderkwartaal waarin de maand valt"
    reference = "https://wetten.overheid.nl/BWBR0002368/2026-01-01#Artikel12"
    documentation = """
    Sum over the children of the gezin of the quarterly amount of AKW art. 12 lid 3 (`kinderbijslag_kwartaalbedrag_kind`).
    The same value is shown in each of the three months of the quarter. The gezin's parents (role `partner`) are
    the verzekerde(n); when two parents form one household the kinderbijslag is paid once, to the parent they
    designate (art. 18 lid 2), so it is counted once per gezin.
    """

    def formula(gezin, period):
        return gezin.sum(gezin.members("kinderbijslag_kwartaalbedrag_kind", period), role=Gezin.KIND)
