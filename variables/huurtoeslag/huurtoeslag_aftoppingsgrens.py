import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Huishouden


class huurtoeslag_aftoppingsgrens(Variable):
    value_type = float
    entity = Huishouden
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Aftoppingsgrens die voor het huishouden geldt (Wht art. 20 lid 2)"
    reference = "https://wetten.overheid.nl/BWBR0008659/2025-01-01#Artikel20"
    documentation = (
        "The lower aftoppingsgrens for a household of one or two persons, the higher for three or more (huurder, "
        "partner and medebewoners, children included; onderhuurders are not bewoners in the model)."
    )

    def formula(huishouden, period, parameters):
        p = parameters(period.start).huurtoeslag.aftoppingsgrens
        return np.where(huishouden.nb_persons() >= 3, p.drie_of_meer_personen, p.een_of_twee_personen)
