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
        "when there is no in-aanmerking-te-nemen vermogen (art. 34) and at least one partner has a right to algemene "
        "bijstand (`heeft_recht_op_algemene_bijstand`: not under 18, not detained, not abroad too long, not a student "
        "under 27 with studiefinanciering, art. 11 and 13). When only one spouse has a right, the norm is that of art. "
        "24 (see `bijstandsnorm`); the income and vermogen of both spouses still count (art. 31 lid 1, art. 34: the "
        "middelen of the gezin). Rounded to cents. The gemeente pays it as `bijstand`; "
        "when a partner has the AOW age the SVB pays it as AIO (art. 47a, `aio_recht`). From the melding on only "
        "(art. 44 lid 1, `aandeel_maand_na_melding`)."
    )

    def formula(gezin, period):
        persoon = gezin.members
        # In the law the test is per person. The second term equals the first unless `verblijft_te_lang_buiten_
        # nederland` is lifted for the gezin (the hardship designs ask "what if the abroad limit did not apply").
        recht = gezin.any(persoon("heeft_recht_op_algemene_bijstand", period), role=Gezin.PARTNER) | (
            ~gezin("verblijft_te_lang_buiten_nederland", period)
            * gezin.any(persoon("recht_op_algemene_bijstand_afgezien_van_buitenland", period), role=Gezin.PARTNER)
        )
        recht = recht * ~gezin("heeft_in_aanmerking_te_nemen_vermogen", period)
        verschil = gezin("bijstandsnorm", period) - gezin("in_aanmerking_te_nemen_inkomen", period)
        verschil = np.maximum(verschil, 0) - gezin("in_aanmerking_te_nemen_teruggaaf", period)
        # Pw art. 44 lid 1: no bijstand before the melding (`aandeel_maand_na_melding`, 1 unless a melding date is set).
        verschil = verschil * gezin("aandeel_maand_na_melding", period)
        return np.where(recht, afronden_op_centen(np.maximum(verschil, 0)), 0)
