from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class verzoekt_verhoging_beslagvrije_voet_woonkosten(Variable):
    value_type = bool
    default_value = False
    entity = Gezin
    definition_period = MONTH
    label = "De schuldenaar verzoekt om verhoging van de beslagvrije voet wegens hoge woonkosten (Rv art. 475da lid 5)"
    reference = "https://wetten.overheid.nl/BWBR0001827/2026-01-01#Artikel475da"
    documentation = (
        "Input. The woonkosten correction of art. 475da lid 5 applies only 'op verzoek van de geëxecuteerde'. The "
        "default (false) describes a debtor who has not asked for it."
    )
