from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Huishouden


class woning_aangepast_voor_handicap(Variable):
    value_type = bool
    default_value = False
    entity = Huishouden
    definition_period = MONTH
    label = "In en rond de woning zijn voorzieningen aangebracht die nodig zijn wegens een handicap (invoer)"
    reference = "https://wetten.overheid.nl/BWBR0008659/2024-01-01#Artikel21"
    documentation = (
        "Input. Through 2025 (art. 13 lid 2 onder a): a rekenhuur above the maximale huurgrens because of such "
        "voorzieningen does not exclude huurtoeslag (the part above the grens is not subsidised, lid 3). In 2024 "
        "(art. 21 lid 1 onder c 3º) it also opens the 40 % slice above the aftoppingsgrens. The model assumes that "
        "when this is True the excess over the grens is due to the voorzieningen."
    )
