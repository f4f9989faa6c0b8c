from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Huishouden


class huurtoeslag_vermogenstoets(Variable):
    value_type = bool
    entity = Huishouden
    definition_period = MONTH
    label = "Het huishouden blijft binnen de vermogensgrenzen van de huurtoeslag"
    reference = "https://wetten.overheid.nl/BWBR0018472/2025-01-01#Artikel7"
    documentation = (
        "Wht art. 7 lid 1 makes the huurtoeslag depend on the vermogen of huurder, partner and medebewoners. "
        "Awir art. 7 lid 3: no aanspraak when `huurtoeslag_vermogen` is more than `huurtoeslag_vermogensgrens` "
        "('meer bedraagt dan': exactly on the grens is allowed). Lid 4: nor when the rendementsgrondslag of any "
        "medebewoner is more than the per-person grens (parameter huurtoeslag.vermogensgrens_medebewoner). Lid 4 "
        "applies only to a medebewoner who lived there the whole berekeningsjaar; the model takes the month's "
        "composition to hold the whole year."
    )

    def formula(huishouden, period, parameters):
        grens_medebewoner = parameters(period.start).huurtoeslag.vermogensgrens_medebewoner
        leden = huishouden.members
        medebewoner_te_veel = leden("huurtoeslag_medebewoner", period) & (
            leden("vermogen", period.this_year) > grens_medebewoner
        )
        binnen_grens = huishouden("huurtoeslag_vermogen", period) <= huishouden("huurtoeslag_vermogensgrens", period)
        return binnen_grens & ~huishouden.any(medebewoner_te_veel)
