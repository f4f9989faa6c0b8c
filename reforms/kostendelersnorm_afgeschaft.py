"""Kostendelersnorm afgeschaft: Pw art. 22a is never applied.

Seed (000_f92b545ebd236cc8.txt) L2231-2236: "De kostendelersnorm kan op grond van artikel 18 lid 1
Participatiewet onder bijzondere omstandigheden buiten toepassing worden gelaten" — an exemption that
"vereist veel expertise en tijd van klantmanagers … wat weer willekeur tot gevolg heeft"; L1751-1754 lists
the kostendelersnorm among the rules that hit benefit recipients "(onevenredig) zwaar". Digest §1B #17, R3.

What it changes: `kostendelersnorm_van_toepassing` is False for every gezin in every month, so
`bijstandsnorm` is the norm of art. 20-22 (`bijstandsnorm_zonder_kostendelers`) for bijstand and AIO alike.
Nothing else changes (huurtoeslag and the toeslagen never used art. 22a).
"""

import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.reforms import Reform
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class kostendelersnorm_van_toepassing(Variable):
    value_type = bool
    entity = Gezin
    definition_period = MONTH
    label = "De kostendelersnorm (Pw art. 22a) is van toepassing — hervorming: afgeschaft"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel22a"
    documentation = "Reform `kostendelersnorm_afgeschaft`: art. 22a is repealed, so it never applies."

    def formula(gezin, period):
        return np.zeros(gezin.count, dtype=bool)


class KostendelersnormAfgeschaft(Reform):
    name = "Kostendelersnorm afgeschaft (Pw art. 22a vervalt; seed L2231-2236, L1751-1754)"

    def apply(self):
        self.update_variable(kostendelersnorm_van_toepassing)
