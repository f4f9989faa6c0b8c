import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin
from openfisca_samenloop.wetten.participatiewet import afronden_op_centen


class algemene_bijstand(Variable):
    value_type = float
    entity = Gezin
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Algemene bijstand volgens art. 19, vóór de verdeling over gemeente (bijstand) en SVB (AIO)"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel19"
    documentation = (
        "Art. 19 lid 1-2: the difference between `bijstandsnorm` and `in_aanmerking_te_nemen_inkomen`, never below 0, "
        "less the counted teruggaaf of unused loonheffingskorting (`in_aanmerking_te_nemen_teruggaaf`), "
        "when there is no in-aanmerking-te-nemen vermogen (art. 34), no partner under 18 (art. 13 lid 1 onder f; "
        "simplification: the art. 24 norm for a spouse without a right is not modelled) and no stay abroad longer "
        "than the law allows (art. 13 lid 1 onder e, lid 4). Rounded to cents. The gemeente pays it as `bijstand`; "
        "when a partner has the AOW age the SVB pays it as AIO (art. 47a, `aio_recht`). From the melding on only "
        "(art. 44 lid 1, `aandeel_maand_na_melding`)."
    )

    def formula(gezin, period, parameters):
        pw = parameters(period.start).participatiewet
        jongste = gezin.min(gezin.members("leeftijd", period), role=Gezin.PARTNER)
        recht = (
            (jongste >= pw.leeftijdsgrenzen.minimumleeftijd)
            * ~gezin("heeft_in_aanmerking_te_nemen_vermogen", period)
            * ~gezin("verblijft_te_lang_buiten_nederland", period)
        )
        verschil = gezin("bijstandsnorm", period) - gezin("in_aanmerking_te_nemen_inkomen", period)
        verschil = np.maximum(verschil, 0) - gezin("in_aanmerking_te_nemen_teruggaaf", period)
        # Pw art. 44 lid 1: no bijstand before the melding (`aandeel_maand_na_melding`, 1 unless a melding date is set).
        verschil = verschil * gezin("aandeel_maand_na_melding", period)
        return np.where(recht, afronden_op_centen(np.maximum(verschil, 0)), 0)
