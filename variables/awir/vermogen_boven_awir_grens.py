import numpy as np

from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class vermogen_boven_awir_grens(Variable):
    value_type = bool
    entity = Gezin
    definition_period = YEAR
    label = "Vermogen boven de vermogensgrens van Awir art. 7 lid 3 (geen aanspraak op een tegemoetkoming)"
    reference = "https://wetten.overheid.nl/BWBR0018472/2026-01-01#Artikel7"
    documentation = (
        "Awir art. 7 lid 3: for a scheme that tests vermogen and has no limit of its own (the huurtoeslag), there "
        "is no aanspraak if the rendementsgrondslag of the belanghebbende on 1 January exceeds the single limit "
        "(2026: € 38.479), or, with the same partner the whole year, if the joint rendementsgrondslag exceeds the "
        "partner limit (2026: € 76.958). 'Meer bedraagt dan': exactly on the limit is still allowed. For a gezin "
        "with a toeslagpartner the model applies the joint test only, as Dienst Toeslagen publishes it ('Hebt u "
        "een toeslagpartner? Dan telt uw gezamenlijk vermogen'); the first sentence read literally would also test "
        "the aanvrager alone, but which partner is the aanvrager is a free choice, so that reading is not used. "
        "Medebewoners' vermogen (lid 4) is for the huurtoeslag to add. Zorgtoeslag and KGB use their own limits."
    )

    def formula(gezin, period, parameters):
        grens = parameters(period.start).awir.vermogensgrens
        met_partner = gezin.nb_persons(Gezin.PARTNER) >= 2
        return np.where(
            met_partner,
            gezin("gezamenlijk_vermogen", period) > grens.met_partner,
            gezin("gezamenlijk_vermogen", period) > grens.alleenstaande,
        )
