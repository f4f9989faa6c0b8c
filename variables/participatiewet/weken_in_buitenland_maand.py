from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class weken_in_buitenland_maand(Variable):
    value_type = float
    default_value = 0
    entity = Persoon
    definition_period = MONTH
    unit = "week"
    label = "Weken verblijf buiten Nederland in deze maand"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel13"
    documentation = (
        "Input per month (days abroad / 7 may be given as a fraction). The weeks are counted from 1 January of the "
        "calendar year (`weken_in_buitenland_tot_en_met_maand`); Pw art. 13 lid 1 onder e and lid 4 take the right "
        "away once the count passes four weeks (thirteen from the AOW age). The yearly input `weken_in_buitenland` "
        "keeps working beside it."
    )
