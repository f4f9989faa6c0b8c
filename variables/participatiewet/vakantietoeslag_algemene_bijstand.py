from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin
from openfisca_samenloop.wetten.participatiewet import afronden_op_centen


class vakantietoeslag_algemene_bijstand(Variable):
    value_type = float
    entity = Gezin
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Vakantietoeslag begrepen in de algemene bijstand en de AIO (Pw art. 19 lid 3)"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel19"
    documentation = (
        "Art. 19 lid 3: the algemene bijstand includes a vakantietoeslag of 4.8 % of that bijstand "
        "(`vakantietoeslag_aandeel`; the same 4.8 % in the 2024, 2025 and 2026 texts, not the 5 % that municipal tables "
        "apply to the norm). Computed on `bijstand` plus `aio` as paid; it is part of those amounts, not on top. Gemeenten "
        "reserve it monthly and pay it once a year (usually in May/June); this variable shows the monthly accrual."
    )

    def formula(gezin, period, parameters):
        aandeel = parameters(period.start).participatiewet.vakantietoeslag_aandeel
        return afronden_op_centen(aandeel * (gezin("bijstand", period) + gezin("aio", period)))
