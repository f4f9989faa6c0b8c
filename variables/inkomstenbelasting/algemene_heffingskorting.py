from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon
from openfisca_samenloop.wetten.inkomstenbelasting import (
    aandeel_standaard_korting, algemene_heffingskorting_bedrag, ib_parameters,
)


class algemene_heffingskorting(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Algemene heffingskorting"
    reference = "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Artikel8.10"
    documentation = (
        "Art. 8.10: the maximum (2024 € 3.362, 2025 € 3.068, 2026 € 3.115) reduced by the afbouwpercentage of the "
        "income above the afbouwgrens (2024 over the belastbaar inkomen uit werk en woning, from 2025 over the "
        "verzamelinkomen — the same figure in this model), not below 0. The AOW-age variant follows from art. "
        "8.3–8.6: the AOW part (17,90 / gecombineerd heffingspercentage) is not granted for the months without AOW "
        "premium: for 2025 at AOW-age 3.068 × 17,92/35,82 = 1.534,86 (the Belastingdienst publishes € 1.536, "
        "rounding each part to whole euros; a difference below € 2). This is the credit the person "
        "is entitled to before the cap of art. 8.8 (see `gecombineerde_heffingskorting`); the payment to a partner "
        "without income is `uitbetaling_algemene_heffingskorting`."
    )

    def formula(persoon, period, parameters):
        ib = ib_parameters(parameters, period)
        inkomen = persoon("belastbaar_inkomen_werk_en_woning", period)
        fractie = persoon("premieplichtig_aow_fractie", period)
        return algemene_heffingskorting_bedrag(inkomen, ib) * aandeel_standaard_korting(ib, fractie)
