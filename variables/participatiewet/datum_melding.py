import datetime

from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class datum_melding(Variable):
    value_type = datetime.date
    default_value = datetime.date(1900, 1, 1)
    entity = Gezin
    definition_period = ETERNITY
    label = "Datum waarop het gezin zich meldde om bijstand aan te vragen (Pw art. 44 lid 1)"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel44"
    documentation = (
        "Input. Art. 44 lid 1: bijstand is granted from the day the person reported to apply for it; no bijstand for "
        "the time before (the S10 income gap). The default (1900-01-01) describes a gezin that reported long before "
        "the months computed, so the melding does not limit them."
    )
