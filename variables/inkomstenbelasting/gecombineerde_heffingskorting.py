import numpy as np

from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class gecombineerde_heffingskorting(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Heffingskortingen die worden verrekend (na de beperking van art. 8.8)"
    reference = "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Artikel8.8"
    documentation = (
        "The sum of the heffingskortingen the person is entitled to (AHK, arbeidskorting, IACK, ouderenkorting, "
        "alleenstaande ouderenkorting; each already without its AOW part where no AOW premium is due), capped at "
        "the `gecombineerde_inkomensheffing` (art. 8.8). Method: the credits are set off against tax and premiums "
        "together — the part of the tax credit the tax cannot absorb reduces the premium (Wfsv art. 9 lid 2) — so "
        "only the total cap matters for the amount due; the order among the credits does not change the result. "
        "Jonggehandicaptenkorting and korting groene beleggingen are not modelled."
    )

    def formula(persoon, period):
        kortingen = (
            persoon("algemene_heffingskorting", period)
            + persoon("arbeidskorting", period)
            + persoon("inkomensafhankelijke_combinatiekorting", period)
            + persoon("ouderenkorting", period)
            + persoon("alleenstaande_ouderenkorting", period)
        )
        return np.minimum(kortingen, persoon("gecombineerde_inkomensheffing", period))
