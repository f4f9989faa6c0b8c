import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin
from openfisca_samenloop.wetten.inkomstenbelasting import gecombineerde_inkomensheffing, geboren_voor, ib_parameters

PROEFBEDRAG = 10_000.0  # an annual amount inside the first bracket, to read its combined rate


class in_aanmerking_te_nemen_teruggaaf(Variable):
    value_type = float
    entity = Gezin
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Teruggaaf van onbenutte loonheffingskorting die de bijstand als middel meetelt (Pw art. 31 lid 1), per maand"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel31"
    documentation = (
        "A tax refund is a means the gezin disposes of (Pw art. 31 lid 1). When an employer applies the "
        "loonheffingskorting on a wage too small to use it (`onbenutte_loonheffingskorting`), the korting comes back as "
        "a teruggaaf — but only up to the loonheffing that was withheld on the bijstand itself, which the gemeente "
        "grosses up without the korting at the first-bracket rate t (incl. premies volksverzekeringen): on a bijstand "
        "B that is t/(1 − t) × B. Counting the refund lowers B, so the refund that can be counted is "
        "min(onbenut, t × V), with V the bijstand before the refund (norm − other means): then B = V − that refund, "
        "and the refund equals the loonheffing withheld on B or the onbenutte korting, whichever is smaller. This "
        "closed form keeps the rule free of a cycle (the real refund comes from the year's tax return). "
        "Simplification: counted in the months it concerns, not in the month the refund is paid."
    )

    def formula(gezin, period, parameters):
        ib = ib_parameters(parameters, period)
        persoon = gezin.members
        oud = geboren_voor(persoon("geboortedatum", period), 1946)
        fractie = np.where(persoon("heeft_aow_leeftijd", period), 0.0, 1.0)
        proef = np.full(persoon.count, PROEFBEDRAG)
        tarief = gecombineerde_inkomensheffing(proef, ib, oud, fractie) / PROEFBEDRAG
        t = gezin.max(tarief, role=Gezin.PARTNER)
        onbenut = gezin.sum(persoon("onbenutte_loonheffingskorting", period), role=Gezin.PARTNER)
        voor_teruggaaf = np.maximum(gezin("bijstandsnorm", period) - gezin("in_aanmerking_te_nemen_inkomen", period), 0)
        return np.minimum(onbenut, t * voor_teruggaaf)
