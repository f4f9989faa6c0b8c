import numpy as np

from openfisca_core.periods import MONTH, YEAR
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon
from openfisca_samenloop.wetten.aow import gehuwd
from openfisca_samenloop.wetten.inkomstenbelasting import ib_parameters


class alleenstaande_ouderenkorting(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Alleenstaande ouderenkorting"
    reference = "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Artikel8.18"
    documentation = (
        "Art. 8.18: the whole amount (€ 524 / 531 / 540) for whoever qualifies in the year for the AOW of an "
        "alleenstaande (AOW art. 9 lid 1 onder a) — here: in at least one month of the year AOW-age without a partner "
        "in the gezin (also with 0 insured years, as lid 1 covers those who would qualify but for art. 7 lid 1 "
        "onder b). No AOW part (art. 8.7). Before the cap of art. 8.8."
    )

    def formula(persoon, period, parameters):
        ib = ib_parameters(parameters, period)
        maanden = [persoon("heeft_aow_leeftijd", m) & ~gehuwd(persoon, m) for m in period.get_subperiods(MONTH)]
        return np.where(np.any(maanden, axis=0), ib.alleenstaande_ouderenkorting, 0)
