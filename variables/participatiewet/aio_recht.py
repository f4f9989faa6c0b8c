import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin
from openfisca_samenloop.wetten.participatiewet import afronden_op_centen


class aio_recht(Variable):
    value_type = float
    entity = Gezin
    definition_period = MONTH
    label = "Recht op aanvullende inkomensvoorziening ouderen (AIO), incl. vakantietoeslag"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel47a"
    documentation = (
        "AIO is algemene bijstand granted by the SVB (Pw art. 47a) to a gezin in which a partner has the AOW age "
        "(`heeft_aow_leeftijd`). Amount as art. 19: `bijstandsnorm` (the art. 22 norms, with the kostendelersnorm of "
        "art. 22a where it applies, B per art. 22a lid 1 onder b/c) minus `in_aanmerking_te_nemen_inkomen` (net AOW, "
        "other net income, wage after the 25 % vrijlating that has no time limit at the AOW age), never below 0. Nil "
        "with vermogen above the grens (art. 34) or when a partner stayed abroad longer than thirteen weeks in the "
        "calendar year (art. 13 lid 4; four weeks for a partner under the AOW age). Simplification: a mixed couple (one "
        "partner under the AOW age) is always treated as an AIO case."
    )

    def formula(gezin, period, parameters):
        pw = parameters(period.start).participatiewet
        persoon = gezin.members
        jongste = gezin.min(persoon("leeftijd", period), role=Gezin.PARTNER)
        aow = gezin.any(persoon("heeft_aow_leeftijd", period), role=Gezin.PARTNER)
        recht = (
            aow
            * (jongste >= pw.leeftijdsgrenzen.minimumleeftijd)
            * ~gezin("heeft_in_aanmerking_te_nemen_vermogen", period)
            * ~gezin("verblijft_te_lang_buiten_nederland", period)
        )
        verschil = gezin("bijstandsnorm", period) - gezin("in_aanmerking_te_nemen_inkomen", period)
        return np.where(recht, afronden_op_centen(np.maximum(verschil, 0)), 0)
