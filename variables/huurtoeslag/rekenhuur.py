import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Huishouden


class rekenhuur(Variable):
    value_type = float
    entity = Huishouden
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Rekenhuur per maand (Wht art. 5)"
    reference = "https://wetten.overheid.nl/BWBR0008659/2025-01-01#Artikel5"
    documentation = (
        "2024–2025 (art. 5 lid 1 and 3): the kale huur (`huur`) plus the service costs of the four categories of "
        "lid 3, each at most € 12 a month. `servicekosten` is one monthly total of those categories; the model "
        "caps the total at 4 × € 12 = € 48 (parameter huurtoeslag.servicekosten_maximum). It cannot apply the "
        "cap per category, so a household with more than € 12 in one category and less in another is overstated; "
        "give only the countable amount per category, summed, to be exact.\n"
        "2026 (art. 5 lid 1, 2026 text): the rekenhuur is the huurprijs alone; service costs no longer count "
        "(the parameter is 0).\n"
        "Not modelled: the lower maximale huurprijsgrens after a huurcommissie verdict (lid 1, lid 2) and the "
        "standplaats of a woonwagen."
    )

    def formula(huishouden, period, parameters):
        maximum = parameters(period.start).huurtoeslag.servicekosten_maximum
        servicekosten = np.clip(huishouden("servicekosten", period), 0, maximum)
        return np.maximum(huishouden("huur", period), 0) + servicekosten
