from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin
from openfisca_samenloop.wetten.kinderen import is_eerste_maand_van_kwartaal


class kinderbijslag_uitbetaling(Variable):
    value_type = float
    entity = Gezin
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Kinderbijslag die in deze maand wordt uitbetaald (over het vorige kwartaal)"
    reference = "https://wetten.overheid.nl/BWBR0002368/2026-07-01#Artikel18"
    documentation = """
    The payment rhythm of the kinderbijslag: the SVB pays the quarter's kinderbijslag after the quarter has ended
    (AKW art. 18 lid 1 onder a: "zo spoedig mogelijk, doch uiterlijk binnen drie maanden na afloop van het
    kwartaal waarover recht op kinderbijslag bestaat"). The SVB pays in the first month after the quarter
    (January, April, July, October); this variable puts the previous quarter's `kinderbijslag_kwartaal` in that
    month and 0 in the other months. Four payments a year, for the samenloop counts of payments and for
    cash-flow views; `kinderbijslag` is the smoothed monthly amount.

    A payment in January 2024 is the fourth quarter of 2023 (amounts of 1 July 2023).
    """

    def formula(gezin, period):
        vorige_maand = period.offset(-1, "month")
        if not is_eerste_maand_van_kwartaal(period):
            return gezin.filled_array(0.0)
        return gezin("kinderbijslag_kwartaal", vorige_maand)
