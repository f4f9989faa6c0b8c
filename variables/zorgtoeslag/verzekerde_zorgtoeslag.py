from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class verzekerde_zorgtoeslag(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Verzekerde in de zin van de Wet op de zorgtoeslag (art. 1 onder c): verzekerd en 18 jaar of ouder"
    reference = "https://wetten.overheid.nl/BWBR0018451/2026-01-01#Artikel1"
    documentation = (
        "Wzt art. 1 onder c: a verzekerde of the Zvw, 'steeds vanaf de eerste dag van de kalendermaand volgende op "
        "de maand waarin hij achttien jaar wordt'. `leeftijd_voor_de_maand` (age on the last day of the previous "
        "month) >= 18 means exactly that the 18th birthday fell in an earlier month, also for someone born on "
        "the 1st of a month (audit fix: `leeftijd` >= 18 counted those one month early)."
    )

    def formula(persoon, period):
        return persoon("is_verzekerd_zvw", period) & (persoon("leeftijd_voor_de_maand", period) >= 18)
