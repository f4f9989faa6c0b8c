from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class handhaving_besluit_na_maanden(Variable):
    value_type = int
    default_value = 0
    entity = Gezin
    definition_period = ETERNITY
    unit = "month"
    label = "Aantal maanden tussen een maand met verzwegen inkomsten en het besluit tot terugvordering en boete"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel58"
    documentation = (
        "Input. How long after the month in which income went unreported the gemeente finds out and decides (the "
        "Inlichtingenbureau's signals typically arrive months later). Default 0: decided in the same month, so that a "
        "one-month computation shows the terugvordering and the boete. Simplification: each month of unreported "
        "income gets its own decision k months later; a gemeente usually decides on a whole period at once."
    )
