from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class werkt_studeert_of_traject(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Werkt, studeert of volgt een traject naar werk (arbeidseis kinderopvangtoeslag)"
    reference = "https://wetten.overheid.nl/BWBR0017017/2026-01-01#Artikel1.6"
    documentation = (
        "Wet kinderopvang art. 1.6 lid 1 (the parent) and lid 3 (the partner): tegenwoordige arbeid with income from "
        "work (a), unpaid work in the partner's business (b), a traject naar werk with bijstand/WW/WIA etc. (c, f, h, "
        "i), school or study (e, j), inburgering (g), or an indication (k, l). Settable. Default: True when the person "
        "has a `brutoloon` above 0 in the month (only lid 1 onder a can be seen from the inputs); set it to True for "
        "students, people in a traject or self-employed persons without wages, and to False for someone on unpaid "
        "leave. Not modelled: the three months of continued right after work ends (art. 1.6 lid 5) and the Wlz and "
        "detention exceptions (lid 8-11)."
    )

    def formula(persoon, period):
        return persoon("brutoloon", period) > 0
