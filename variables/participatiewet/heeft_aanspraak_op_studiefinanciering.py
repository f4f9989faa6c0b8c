from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class heeft_aanspraak_op_studiefinanciering(Variable):
    value_type = bool
    default_value = False
    entity = Persoon
    definition_period = MONTH
    label = "Kan bekostigd onderwijs volgen met aanspraak op studiefinanciering (Wsf 2000) (Pw art. 13 lid 2 onder c 1°)"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel13"
    documentation = (
        "Input, default False. True for a person who can follow education paid from 's Rijks kas and in connection "
        "with it has a claim to studiefinanciering under the Wet studiefinanciering 2000. Under 27 such a person has "
        "no right to algemene bijstand (art. 13 lid 2 onder c 1°); from 27 it does not matter here. Narrower than "
        "`ontvangt_studiefinanciering` (art. 19a, which also covers WTOS and the BBL, for the kostendelersnorm); the "
        "two are separate inputs because the laws draw different lines."
    )
