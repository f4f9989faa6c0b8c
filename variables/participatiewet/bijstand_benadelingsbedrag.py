import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin
from openfisca_samenloop.wetten.participatiewet import afronden_op_centen


class bijstand_benadelingsbedrag(Variable):
    value_type = float
    entity = Gezin
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Bijstand die in de maand ten onrechte is ontvangen door verzwegen inkomsten (benadelingsbedrag, Pw art. 18a lid 2)"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel18a"
    documentation = (
        "Art. 18a lid 2: the amount of bijstand received wrongly or too high as a result of the breach of the "
        "inlichtingenplicht. The algemene bijstand paid (gemeente or SVB) ignores the unreported income; the bijstand "
        "due would count it in full (no vrijlating, see `verzwegen_inkomsten`), so the difference is the unreported "
        "net income of the partners, at most the bijstand paid. Simplification: the net amount; the law reclaims the "
        "gross (kosten van bijstand incl. the loonheffing the gemeente paid), which it nets when repaid in the same "
        "year. The counted teruggaaf of unused loonheffingskorting is not recomputed."
    )

    def formula(gezin, period):
        verzwegen = gezin.sum(np.maximum(gezin.members("verzwegen_inkomsten", period), 0), role=Gezin.PARTNER)
        return afronden_op_centen(np.minimum(gezin("algemene_bijstand", period), verzwegen))
