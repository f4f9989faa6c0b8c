from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon
from openfisca_samenloop.wetten.kinderopvang import KinderopvangSoort


class kinderopvang_soort(Variable):
    value_type = Enum
    possible_values = KinderopvangSoort
    default_value = KinderopvangSoort.dagopvang
    entity = Persoon
    definition_period = MONTH
    label = "Soort kinderopvang van dit kind"
    reference = "https://wetten.overheid.nl/BWBR0017321/2026-01-01#Artikel4"
    documentation = (
        "dagopvang, buitenschoolse_opvang or gastouderopvang; sets the maximum uurprijs (Besluit "
        "kinderopvangtoeslag art. 4 lid 1) and which ages the opvang is for. Default dagopvang. A child that uses "
        "two kinds in one month is modelled with its main kind."
    )
