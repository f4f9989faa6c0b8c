from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon
from openfisca_samenloop.wetten.inkomstenbelasting import aandeel_standaard_korting, arbeidskorting_bedrag, ib_parameters


class arbeidskorting(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Arbeidskorting"
    reference = "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Artikel8.11"
    documentation = (
        "Art. 8.11 lid 2 onder a–d on the `arbeidsinkomen`, with every knikpunt of the year: a percentage up to the "
        "first knikpunt (max a), a steep build-up to the second (max a+b), a slow one to the maximum (max a+b+c) and "
        "the afbouw of 6,51 % above the last knikpunt, not below 0. At AOW-age the AOW part is not granted (art. "
        "8.3–8.6; e.g. 2026 maximum 5.685 × 17,85/35,75). The 2026 clause that the arbeidskorting is at least the "
        "one granted through the loonbelastingtabellen (for arbeidsinkomen up to € 45.592) is not modelled: with "
        "one steady wage both are equal. Before the cap of art. 8.8."
    )

    def formula(persoon, period, parameters):
        ib = ib_parameters(parameters, period)
        fractie = persoon("premieplichtig_aow_fractie", period)
        return arbeidskorting_bedrag(persoon("arbeidsinkomen", period), ib) * aandeel_standaard_korting(ib, fractie)
