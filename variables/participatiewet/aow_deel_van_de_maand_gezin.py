from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class aow_deel_van_de_maand_gezin(Variable):
    value_type = float
    entity = Gezin
    definition_period = MONTH
    unit = "/1"
    label = "Deel van de maand waarin een partner de AOW-leeftijd heeft (voor de norm en de verdeling bijstand/AIO)"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel22"
    documentation = (
        "The largest `aow_deel_van_de_maand` of the partners: 1 when a partner reached the pensioengerechtigde "
        "leeftijd before this month, X/Y in the month he reaches it (calendar days from that day), else 0. The Pw "
        "norms are per kalendermaand and differ under and from that age (art. 21 and 22: 'voor belanghebbenden die "
        "de pensioengerechtigde leeftijd hebben bereikt'); in the month the age is reached the norm for the days "
        "before is that of art. 20-21 and for the days from it that of art. 22. The package blends the two monthly "
        "norms by calendar days (the Pw states no part-month method; calendar days as in AOW art. 11 lid 2) and pays "
        "the days before as bijstand (gemeente) and the days from the AOW age as AIO (SVB, art. 47a)."
    )

    def formula(gezin, period):
        return gezin.max(gezin.members("aow_deel_van_de_maand", period), role=Gezin.PARTNER)
