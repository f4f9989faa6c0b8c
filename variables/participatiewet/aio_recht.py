import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin
from openfisca_samenloop.wetten.participatiewet import afronden_op_centen


class aio_recht(Variable):
    value_type = float
    entity = Gezin
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Recht op aanvullende inkomensvoorziening ouderen (AIO), incl. vakantietoeslag"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel47a"
    documentation = (
        "AIO is algemene bijstand granted by the SVB (Pw art. 47a) to a gezin in which a partner has the AOW age "
        "(`heeft_aow_leeftijd`). Amount as art. 19: `bijstandsnorm` (the art. 22 norms, with the kostendelersnorm of "
        "art. 22a where it applies, B per art. 22a lid 1 onder b/c) minus `in_aanmerking_te_nemen_inkomen` (net AOW, "
        "other net income, wage after the 25 % vrijlating that has no time limit at the AOW age), never below 0. Nil "
        "with vermogen above the grens (art. 34) or when no partner has a right (art. 13; a partner who stayed abroad longer than thirteen weeks in the "
        "calendar year, lid 4, or four weeks under the AOW age, has none; the other spouse then gets the art. 24 norm). In the month a partner reaches the AOW age the SVB grants "
        "the days from that day (`aow_deel_van_de_maand_gezin`, calendar days; the gemeente pays the rest as "
        "`bijstand`). Simplification: a mixed couple (one "
        "partner under the AOW age) is always treated as an AIO case."
    )

    def formula(gezin, period):
        deel = gezin("aow_deel_van_de_maand_gezin", period)
        algemeen = gezin("algemene_bijstand", period)
        return np.where(deel >= 1, algemeen, afronden_op_centen(deel * algemeen))
