from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class neemt_kindgebonden_budget_af(Variable):
    value_type = bool
    default_value = True
    entity = Gezin
    definition_period = MONTH
    label = "Het gezin vraagt het kindgebonden budget aan en ontvangt het"
    reference = "https://wetten.overheid.nl/BWBR0022751/2026-01-01#Artikel5"
    documentation = """
    Take-up input (default True). False means the household does not receive the kindgebonden budget it is
    entitled to: `kindgebonden_budget` is then 0 while `kindgebonden_budget_recht` still shows the entitlement.
    Note that a parent who already receives another toeslag is deemed to have applied (Wet KGB art. 5 lid 2), so
    non-take-up mostly concerns households without any other toeslag.
    """
