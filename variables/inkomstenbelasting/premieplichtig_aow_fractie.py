import numpy as np

from openfisca_core.periods import MONTH, YEAR
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class premieplichtig_aow_fractie(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "/1"
    label = "Deel van het jaar met premieplicht AOW"
    reference = "https://wetten.overheid.nl/BWBR0017745/2026-01-01#Artikel10"
    documentation = (
        "Months of the year before the month in which the AOW-leeftijd is reached, divided by 12. From the first "
        "day of that month no AOW premium is due (Wfsv art. 10 lid 2) and the AOW part of the heffingskortingen "
        "lapses (Wfsv art. 12 lid 1 onder a, lid 3: pro rata for part of a year, here per whole month)."
    )

    def formula(persoon, period):
        maanden = [persoon("heeft_aow_leeftijd", maand) for maand in period.get_subperiods(MONTH)]
        return 1 - np.sum(maanden, axis=0) / 12
