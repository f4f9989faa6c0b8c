import numpy as np

from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon
from openfisca_samenloop.wetten.inkomstenbelasting import ib_parameters, ouderenkorting_bedrag


class ouderenkorting(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Ouderenkorting"
    reference = "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Artikel8.17"
    documentation = (
        "Art. 8.17: for whoever has reached the AOW-leeftijd by the end of the year (`heeft_aow_leeftijd` in "
        "December): € 2.010 / 2.035 / 2.067 reduced by 15 % of the verzamelinkomen above € 44.770 / 45.308 / 46.002. "
        "It has no AOW part (art. 8.7), so it applies in full. Before the cap of art. 8.8."
    )

    def formula(persoon, period, parameters):
        ib = ib_parameters(parameters, period)
        recht = persoon("heeft_aow_leeftijd", period.last_month)
        return np.where(recht, ouderenkorting_bedrag(persoon("belastbaar_inkomen_werk_en_woning", period), ib), 0)
