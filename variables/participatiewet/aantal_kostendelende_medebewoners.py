from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class aantal_kostendelende_medebewoners(Variable):
    value_type = int
    entity = Gezin
    definition_period = MONTH
    unit = "person"
    label = "Aantal kostendelende medebewoners van het gezin (Pw art. 19a)"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel19a"
    documentation = (
        "Everyone in the same `huishouden` (dwelling) who is a `kostendelende_medebewoner`, except the partners of this "
        "gezin themselves (the belanghebbende and his spouse, art. 19a lid 1 onder a). Co-residents who are not partners "
        "are, by the package's convention, the sole partner of their own gezin in the same huishouden; an adult in the "
        "role `kind` of this gezin who meets art. 19a counts too. The gezin is assumed to live in one huishouden (the "
        "first partner's)."
    )

    def formula(gezin, period):
        persoon = gezin.members
        in_woning = gezin.max(persoon.huishouden("aantal_kostendelende_bewoners", period), role=Gezin.PARTNER)
        eigen_partners = gezin.sum(persoon("kostendelende_medebewoner", period), role=Gezin.PARTNER)
        return in_woning - eigen_partners
