from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class huurtoeslag_aanvrager_opgegeven(Variable):
    value_type = bool
    default_value = False
    entity = Persoon
    definition_period = MONTH
    label = "Deze bewoner is de aanvrager (huurder) van de huurtoeslag (invoer)"
    reference = "https://wetten.overheid.nl/BWBR0008659/2025-01-01#Artikel7"
    documentation = (
        "Input. Wht art. 7 lid 2: huurtoeslag for a dwelling goes to one huurder only. Set True for the bewoner "
        "who is the huurder and applies; when no bewoner of the huishouden has it, the first partner of the first "
        "gezin in the huishouden is taken (see `huurtoeslag_aanvrager`)."
    )
