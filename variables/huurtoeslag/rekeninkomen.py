from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Huishouden


class rekeninkomen(Variable):
    value_type = float
    entity = Huishouden
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Rekeninkomen voor de huurtoeslag (per jaar)"
    reference = "https://wetten.overheid.nl/BWBR0008659/2025-01-01#Artikel1"
    documentation = (
        "Wht art. 1 onder i: the joint toetsingsinkomens (Awir art. 8) that count for the draagkracht (Awir art. 7): "
        "aanvrager, partner and all medebewoners, children under 23 after their vrijstelling "
        "(`huurtoeslag_inkomen_dat_telt`). A yearly amount, evaluated for the household as it is composed in the "
        "month (the law uses the income of the berekeningsjaar of each person who lives there)."
    )

    def formula(huishouden, period):
        return huishouden.sum(huishouden.members("huurtoeslag_inkomen_dat_telt", period))
