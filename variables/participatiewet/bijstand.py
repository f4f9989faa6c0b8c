import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin
from openfisca_samenloop.wetten.participatiewet import afronden_op_centen


class bijstand(Variable):
    value_type = float
    entity = Gezin
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Algemene bijstand incl. vakantietoeslag"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel19"
    documentation = (
        "Art. 19 lid 1-2: the difference between `bijstandsnorm` and `in_aanmerking_te_nemen_inkomen`, never below 0, "
        "when there is no in-aanmerking-te-nemen vermogen. None when no partner has a right to algemene bijstand (art. 11, 13: "
        "`heeft_recht_op_algemene_bijstand`; one spouse without a right gives the other the art. 24 norm), when a partner has the AOW age "
        "(the SVB then grants the algemene bijstand as AIO, art. 47a; see `aio`). In the month a partner reaches the AOW "
        "age the gemeente pays the days before it: `algemene_bijstand` minus `aio_recht`. The amount is net: the gemeente adds the loonheffing on top (art. 19 lid 4). Rounded "
        "to cents. The vakantietoeslag of art. 19 lid 3 is included (`vakantietoeslag_algemene_bijstand`)."
    )

    def formula(gezin, period):
        algemeen = gezin("algemene_bijstand", period)
        deel = gezin("aow_deel_van_de_maand_gezin", period)
        aio_deel = np.where(deel >= 1, algemeen, afronden_op_centen(deel * algemeen))  # as `aio_recht`
        return afronden_op_centen(algemeen - aio_deel)
