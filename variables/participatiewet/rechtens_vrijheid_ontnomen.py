from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class rechtens_vrijheid_ontnomen(Variable):
    value_type = bool
    default_value = False
    entity = Persoon
    definition_period = MONTH
    label = "Is rechtens zijn vrijheid ontnomen (detentie) of onttrekt zich daaraan (Pw art. 13 lid 1 onder a en b)"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel13"
    documentation = (
        "Input, default False (a person at liberty). True for a person who is lawfully deprived of liberty (art. 13 "
        "lid 1 onder a: detention, tbs, a youth institution) or who evades the execution of a custodial sentence "
        "(onder b). Not True for the exceptions of art. 13 lid 3 (execution outside an institution as designated by "
        "AMvB; deprivation of liberty under the Wvggz or the Wzd): there the right stays. Such a person has no right "
        "to bijstand; a spouse who has one gets the norm of art. 24."
    )
