from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class geen_recht_op_algemene_bijstand_overig(Variable):
    value_type = bool
    default_value = False
    entity = Persoon
    definition_period = MONTH
    label = "Geen recht op algemene bijstand op een andere grond dan leeftijd, detentie, studie of buitenland"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel13"
    documentation = (
        "Input, default False: for the grounds the package cannot derive from other inputs. True when the person has "
        "no right to (algemene) bijstand because he is not a Dutch national living in the Netherlands nor an alien "
        "treated as one (art. 11 lid 1-3); fulfils military or substitute service (art. 13 lid 1 onder c); does not "
        "work because of a strike or lockout, in so far as his lack of means results from it (onder d); asks bijstand "
        "to pay off debts while he had the means (onder g); is an uitreiziger (onder h); is 18-20 and stays in an "
        "inrichting (lid 2 onder a); takes unpaid leave, or is married to someone who does, in so far as the lack of "
        "means results from it (onder b); is under 27, can follow funded education without a claim to "
        "studiefinanciering and does not follow it (onder c 2°); or is under 27 and unambiguously refuses the "
        "obligations of art. 9 lid 1 or art. 55 (onder d). Derived grounds have their own inputs: under 18 "
        "(`leeftijd`), detention (`rechtens_vrijheid_ontnomen`), studiefinanciering "
        "(`heeft_aanspraak_op_studiefinanciering`), a stay abroad (`weken_in_buitenland`)."
    )
