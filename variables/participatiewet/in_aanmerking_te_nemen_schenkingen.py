import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class in_aanmerking_te_nemen_schenkingen(Variable):
    value_type = float
    entity = Gezin
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Deel van de giften dat als middel meetelt, per maand (Pw art. 31 lid 2 onder m)"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel31"
    documentation = (
        "From 1 January 2026 gifts (with the cost-saving contributions of art. 18 lid 8) do not count 'voor zover de som "
        "... niet meer bedraagt dan € 1.200 per kalenderjaar' (art. 31 lid 2 onder m). The limit is applied to the "
        "partners' `schenkingen` of the calendar year together (the gezin is the belanghebbende, art. 18 lid 12-style "
        "reading; an assumption). Simplification: the excess counts as inkomen spread evenly over the twelve months of "
        "the year (the law leaves the timing to art. 32 lid 2 and the college; onder s lets the college exempt more, "
        "not modelled). Before 2026 onder m left gifts to the college's judgment with no fixed amount: every gift "
        "counts (giftenvrijlating 0)."
    )

    def formula(gezin, period, parameters):
        vrij = parameters(period.start).participatiewet.giftenvrijlating
        jaar = gezin.sum(gezin.members("schenkingen", period.this_year), role=Gezin.PARTNER)
        return np.maximum(jaar - vrij, 0) / 12
