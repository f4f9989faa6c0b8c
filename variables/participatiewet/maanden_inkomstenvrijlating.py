import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon
from openfisca_samenloop.wetten.participatiewet import EERSTE_MAAND, maand_datum, sta_ketens_toe


class maanden_inkomstenvrijlating(Variable):
    value_type = int
    default_value = 0
    entity = Persoon
    definition_period = MONTH
    unit = "month"
    label = "Aantal maanden dat de inkomstenvrijlating al is toegepast vóór deze maand"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel31"
    documentation = (
        "How many earlier months the vrijlating for inkomsten uit arbeid has already run for this person (0 = this is "
        "the first month). Drives the durations of Pw art. 31 lid 2: onder n for months 0-5 ('gedurende ten hoogste "
        "zes aaneengesloten maanden', under the AOW age), then onder r for an alleenstaande ouder for months 6-35, and "
        "the twelve months of art. 34a. Within the gezin's history (`begin_tijdlijn`) the package counts it itself: "
        "the count starts in a month with a net wage while the gezin receives bijstand, and from then on runs on every "
        "calendar month, because the law speaks of consecutive months ('aaneengesloten'). Outside the history it is an "
        "input (default 0: the first month of work in bijstand), and an input for a month always overrides the count "
        "(the analyst's override of issue 12 §2)."
    )

    def formula(persoon, period):
        vorige = period.last_month
        if str(vorige) < EERSTE_MAAND:
            return np.zeros(persoon.count, dtype=int)
        begin = persoon.gezin("begin_tijdlijn", period).astype("datetime64[D]")
        loopt = begin <= maand_datum(vorige)
        if not loopt.any():
            return np.zeros(persoon.count, dtype=int)
        sta_ketens_toe(persoon)
        vorig_aantal = persoon("maanden_inkomstenvrijlating", vorige)
        gestart = (persoon("nettoloon", vorige) > 0) * persoon.gezin("ontvangt_bijstand", vorige)
        loopt_door = (vorig_aantal > 0) + gestart
        return np.where(loopt * loopt_door, vorig_aantal + 1, 0)
