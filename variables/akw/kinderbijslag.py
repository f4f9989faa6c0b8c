from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class kinderbijslag(Variable):
    value_type = float
    entity = Gezin
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Kinderbijslag als maandbedrag"
    reference = "https://wetten.overheid.nl/BWBR0002368/2026-01-01#Artikel12"
    documentation = """
    Kinderbijslag (Algemene Kinderbijslagwet, paid by the SVB) expressed per month: the gezin's amount over the
    calendar quarter containing the month (`kinderbijslag_kwartaal`, AKW art. 11 lid 2 and art. 12 lid 3) divided
    by three, not rounded (the law sets only quarterly amounts).

    This is the accrual view used in besteedbaar_inkomen. The cash view differs: the SVB pays per quarter, after
    the quarter ("uiterlijk binnen drie maanden na afloop van het kwartaal", art. 18 lid 1 onder a; in practice in
    the first month after it). That rhythm is in `kinderbijslag_uitbetaling` (the amount that reaches the bank
    account in the month) for the counts of payments.

    Kinderbijslag is not income-tested. It is not taxable, so it is not in the toetsingsinkomen of the toeslagen,
    and the bijstand does not count it as a means (the samenloop rules of docs/ontwikkelen.md).
    """

    def formula(gezin, period):
        return gezin("kinderbijslag_kwartaal", period) / 3
