from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin, Persoon


class huurtoeslag_kind_van_bewoner(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Kind of pleegkind van de huurder, diens partner of een medebewoner"
    reference = "https://wetten.overheid.nl/BWBR0018472/2025-01-01#Artikel7"
    documentation = (
        "Used for the income vrijstelling of Awir art. 7 lid 6 (a first-degree descendant, by blood or marriage, or "
        "pleegkind of the belanghebbende, his partner or a medebewoner) and for the higher maximale huurgrens of "
        "Wht art. 13 lid 1 onder a 1º (the dwelling is shared with a kind or pleegkind). Default: the person is in "
        "the role `kind` of a gezin. An adult child who is the only partner of a gezin of his own (as the interface "
        "models grown-up children) is not recognised by default: set this input to True for him."
    )

    def formula(persoon, period):
        return persoon.has_role(Gezin.KIND)
