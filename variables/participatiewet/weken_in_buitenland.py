from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class weken_in_buitenland(Variable):
    value_type = int
    default_value = 0
    entity = Persoon
    definition_period = YEAR
    unit = "week"
    label = "Weken verblijf buiten Nederland in het kalenderjaar"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel13"
    documentation = (
        "Input. Whole weeks the person stays outside the Netherlands in the calendar year. Pw art. 13 lid 1 onder e: no "
        "right to bijstand for whoever stays abroad longer than four weeks per calendar year (or a continuous period "
        "longer than four weeks); lid 4: thirteen weeks from the AOW age (AIO). The law counts per calendar year, so "
        "this is a YEAR input; 13 keeps AIO, 14 loses it. Simplification: the right is taken away for every month of "
        "the year, not only from the moment the limit is passed."
    )
