from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Huishouden


class kinderopvang_kosten_huishouden(Variable):
    value_type = float
    entity = Huishouden
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Kosten van formele kinderopvang van alle kinderen in het huishouden"
    reference = "https://wetten.overheid.nl/BWBR0017017/2026-01-01#Artikel1.5"
    documentation = (
        "Hours of childcare used times the price per hour charged, summed over the bewoners "
        "(`kinderopvang_uren` × `kinderopvang_uurprijs`). Subtracted in `besteedbaar_inkomen`, because the "
        "kinderopvangtoeslag that is added there only reimburses part of these costs."
    )

    def formula(huishouden, period):
        uren = huishouden.members("kinderopvang_uren", period)
        prijs = huishouden.members("kinderopvang_uurprijs", period)
        return huishouden.sum(uren * prijs)
