from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class aow_verzekerde_jaren(Variable):
    value_type = float
    default_value = 50
    entity = Persoon
    definition_period = ETERNITY
    unit = "year"
    label = "Aantal jaren verzekerd voor de AOW"
    reference = "https://wetten.overheid.nl/BWBR0002221/2026-01-01#Artikel13"
    documentation = (
        "Calendar years insured for the AOW between the aanvangsleeftijd and the pensioengerechtigde leeftijd "
        "(AOW art. 6, 7, 13). Default 50: a full pension. Years abroad without voluntary insurance each cost 2 %. "
        "Values above 50 count as 50; parts of years may be given as fractions (AOW art. 7 lid 2)."
    )
