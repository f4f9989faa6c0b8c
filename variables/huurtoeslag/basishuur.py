from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Huishouden


class basishuur(Variable):
    value_type = float
    entity = Huishouden
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Basishuur per maand: het deel van de rekenhuur dat voor rekening van de huurder blijft"
    reference = [
        "https://wetten.overheid.nl/BWBR0008659/2026-01-01#Artikel16",
        "https://wetten.overheid.nl/BWBR0049106/2026-01-01#Artikel1",
    ]
    documentation = (
        "Wht art. 16: the normhuur raised by the amount of art. 16 (the text says € 12; the amount applied is 0, "
        "derived — see parameters/huurtoeslag/verhoging_normhuur.yaml), then lowered by the Wet verlaging eigen "
        "bijdrage huurtoeslag art. 1 (€ 37,72 in 2024, € 37,14 in 2025, € 48,15 in 2026). Check for 2026: "
        "252,49 − 1,82 + 0 − 48,15 = € 202,52 (eenpersoons) and 252,49 − 3,63 − 48,15 = € 200,71 (meerpersoons), "
        "the minimum basishuur of the ministry's 2026 parameter overview."
    )

    def formula(huishouden, period, parameters):
        p = parameters(period.start).huurtoeslag
        return huishouden("normhuur", period) + p.verhoging_normhuur - p.verlaging_eigen_bijdrage
