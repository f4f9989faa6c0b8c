from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class kostendelersnorm_buiten_toepassing(Variable):
    value_type = bool
    default_value = False
    entity = Gezin
    definition_period = MONTH
    label = "College laat de kostendelersnorm buiten toepassing (maatwerk, Pw art. 18 lid 1)"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel18"
    documentation = (
        "Input, default False. Art. 18 lid 1 obliges the college to tailor the bijstand to the circumstances; case law "
        "allows it to leave the kostendelersnorm out of application in special circumstances. Setting this flag models "
        "that decision: the norm of art. 20-22 without art. 22a is used."
    )
