from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class schenkingen(Variable):
    value_type = float
    default_value = 0
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Ontvangen giften en schenkingen in het kalenderjaar"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel31"
    documentation = (
        "Input. Gifts in money received in the calendar year, plus the cost-saving contributions in kind of Pw art. 18 "
        "lid 8 that count towards the same limit (food-bank parcels excluded). See `in_aanmerking_te_nemen_schenkingen` "
        "for how they count."
    )
