from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Huishouden


class aantal_kostendelende_bewoners(Variable):
    value_type = int
    entity = Huishouden
    definition_period = MONTH
    unit = "person"
    label = "Aantal bewoners van de woning die aan Pw art. 19a voldoen (27+, geen student, geen commerciële huurder)"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel19a"
    documentation = (
        "Helper for the kostendelersnorm: all bewoners of the dwelling for whom `kostendelende_medebewoner` holds. Each "
        "gezin subtracts its own partners (`aantal_kostendelende_medebewoners`)."
    )

    def formula(huishouden, period):
        return huishouden.sum(huishouden.members("kostendelende_medebewoner", period))
