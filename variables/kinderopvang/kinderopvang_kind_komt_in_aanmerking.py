import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin, Persoon
from openfisca_samenloop.wetten.kinderopvang import LEEFTIJD_BASISONDERWIJS, KinderopvangSoort


class kinderopvang_kind_komt_in_aanmerking(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Opvang van dit kind telt voor de kinderopvangtoeslag (leeftijd en soort opvang)"
    reference = "https://wetten.overheid.nl/BWBR0017017/2026-01-01#Artikel1.1"
    documentation = (
        "The child is a `kind` of the gezin and has not yet started secondary school (`volgt_voortgezet_onderwijs`, "
        "Wet kinderopvang art. 1.1 'kinderopvang'), and the kind of opvang fits its age: dagopvang only before the "
        "age at which the child goes to primary school (art. 1.1 and Besluit art. 1 onder b; taken as `leeftijd` < 4), "
        "buitenschoolse opvang only at primary-school age (art. 1.1; `leeftijd` >= 4), gastouderopvang at any age "
        "until secondary school. Children of the partners who live elsewhere are not modelled."
    )

    def formula(persoon, period):
        is_kind = persoon.has_role(Gezin.KIND)
        leeftijd = persoon("leeftijd", period)
        soort = persoon("kinderopvang_soort", period)
        vo = persoon("volgt_voortgezet_onderwijs", period)
        past_bij_leeftijd = np.select(
            [soort == KinderopvangSoort.dagopvang, soort == KinderopvangSoort.buitenschoolse_opvang],
            [leeftijd < LEEFTIJD_BASISONDERWIJS, leeftijd >= LEEFTIJD_BASISONDERWIJS],
            default=True,
        )
        return is_kind & ~vo & past_bij_leeftijd
