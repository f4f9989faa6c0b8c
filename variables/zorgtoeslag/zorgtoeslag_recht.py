from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin
from openfisca_samenloop.wetten.awir import maandbedrag_toeslag


class zorgtoeslag_recht(Variable):
    value_type = float
    entity = Gezin
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Zorgtoeslag waarop het gezin recht heeft, per maand (zoals Dienst Toeslagen het per maand betaalt)"
    reference = "https://wetten.overheid.nl/BWBR0018472/2026-01-01#Artikel14"
    documentation = (
        "The yearly aanspraak (`zorgtoeslag_aanspraak_jaar`) rounded arithmetically to whole euros and not granted "
        "under € 24 (Awir art. 14 lid 4–5), divided by 12 and rounded down to whole euros, as Dienst Toeslagen pays "
        "the monthly voorschot (leaflets 'Berekening zorgtoeslag 2024–2026'; table 'Hoeveel zorgtoeslag krijg ik?'). "
        "See openfisca_samenloop/wetten/awir.py for the sources and the approximation for years in which the "
        "situation changes. What the law gives, whether or not it is claimed (see `zorgtoeslag`)."
    )

    def formula(gezin, period, parameters):
        minimum = parameters(period.start).awir.minimum_tegemoetkoming
        return maandbedrag_toeslag(gezin("zorgtoeslag_aanspraak_jaar", period), minimum)
