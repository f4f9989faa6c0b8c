from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class verblijft_te_lang_buiten_nederland(Variable):
    value_type = bool
    entity = Gezin
    definition_period = MONTH
    label = "Een partner verblijft langer buiten Nederland dan de bijstand toestaat (Pw art. 13 lid 1 onder e, lid 4)"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel13"
    documentation = (
        "True when a partner is `te_lang_buiten_nederland`. Informative (samenloop, reports): the right itself is "
        "per person (`heeft_recht_op_algemene_bijstand`), so when one spouse stays abroad too long the other keeps "
        "bijstand or AIO on the norm of art. 24."
    )

    def formula(gezin, period):
        return gezin.any(gezin.members("te_lang_buiten_nederland", period), role=Gezin.PARTNER)
