import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin
from openfisca_samenloop.wetten.participatiewet import maand_datum


class aandeel_maand_na_melding(Variable):
    value_type = float
    entity = Gezin
    definition_period = MONTH
    unit = "/1"
    label = "Deel van de maand vanaf de melding (Pw art. 44 lid 1): 0 vóór de maand van melding, 1 erna"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel44"
    documentation = (
        "Art. 44 lid 1 grants bijstand 'met ingang van de dag waarop de belanghebbende zich heeft gemeld'. For the "
        "month of the melding the share is the calendar days from the melding to the end of the month over the days of "
        "the month. The law writes no part-month method; calendar days are the usual practice for a monthly norm "
        "(simplification, stated here). 0 for months that end before the melding, 1 for months from the melding on."
    )

    def formula(gezin, period):
        melding = gezin("datum_melding", period).astype("datetime64[D]")
        begin = maand_datum(period)
        dagen = period.size_in_days
        eind = begin + np.timedelta64(dagen, "D")  # first day of the next month
        resterend = (eind - np.maximum(melding, begin)).astype(int)
        return np.clip(resterend / dagen, 0, 1)
