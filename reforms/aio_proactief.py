"""AIO proactief toegekend: the SVB grants the AIO without an application, so there is no non-take-up.

Seed (000_f92b545ebd236cc8.txt) L1722-1724: "30% van de mensen die geen volledig AOW hebben, geen gebruik van
de mogelijkheid om het inkomen aan te vullen vanuit de AIO-regeling"; L2752-2757 (ARK: 48-56 %); L2920-2936:
"Ouderen die AOW krijgen moeten dus zelf AIO aanvragen" and the pilot in which the SVB writes to potential
AIO-gerechtigden using UWV income data. Digest §1E #44-47, R10.

What it changes: `aio` equals `aio_recht` for every gezin, whatever `neemt_aio_af` says (Pw art. 43 lid 1, the
application requirement, is replaced by an ex officio grant). The input `neemt_aio_af` stays in the system but
no longer has an effect. Bijstand and the toeslagen are not changed (their take-up stays as it is).
"""

from openfisca_core.periods import MONTH
from openfisca_core.reforms import Reform
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class aio(Variable):
    value_type = float
    entity = Gezin
    definition_period = MONTH
    label = "Aanvullende inkomensvoorziening ouderen (uitbetaald) — hervorming: ambtshalve toegekend"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel47a"
    documentation = "Reform `aio_proactief`: the SVB pays `aio_recht` without an application; no non-take-up."

    def formula(gezin, period):
        return gezin("aio_recht", period)


class AioProactief(Reform):
    name = "AIO proactief toegekend, geen niet-gebruik (seed L1722-1724, L2920-2936)"

    def apply(self):
        self.update_variable(aio)
