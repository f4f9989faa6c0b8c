from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class nettoloon(Variable):
    value_type = float
    entity = Persoon
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Nettoloon per maand"
    reference = "https://wetten.overheid.nl/BWBR0002471/2026-01-01#Artikel25"
    documentation = (
        "`brutoloon` minus the loonheffing on it (`loonheffing_loon`). The inkomensafhankelijke bijdrage Zvw on wages "
        "is paid by the employer (werkgeversheffing) and does not reduce the net wage; pension premiums and other "
        "employee deductions are not modelled."
    )

    def formula(persoon, period):
        return persoon("brutoloon", period) - persoon("loonheffing_loon", period)
