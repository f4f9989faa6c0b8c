import numpy as np

from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin, Persoon
from openfisca_samenloop.wetten.inkomstenbelasting import aandeel_standaard_korting, iack_bedrag, ib_parameters


class inkomensafhankelijke_combinatiekorting(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Inkomensafhankelijke combinatiekorting (IACK)"
    reference = "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Artikel8.14a"
    documentation = (
        "Art. 8.14a: 11,45 % of the arbeidsinkomen above the drempel (2024 € 6.073, 2025 € 6.145, 2026 € 6.239), at "
        "most € 2.950 / € 2.986 / € 3.032, for a partner of a gezin (lid 1): with arbeidsinkomen above the drempel; "
        "with a child in the role `kind` of the gezin who was under 12 on 1 January (the gezin is taken as the "
        "household for at least six months — entity membership is fixed for the year; children of another gezin in "
        "the same dwelling do not count); and without a partner, or with a lower arbeidsinkomen than the partner "
        "(equal: only the older one, lid 3). The law enacted no phase-out for children born from 2025: the condition "
        "is unchanged in the 2026 text. At AOW-age the AOW part lapses (art. 8.3–8.6). Before the cap of art. 8.8."
    )

    def formula(persoon, period, parameters):
        ib = ib_parameters(parameters, period)
        januari = period.first_month
        ai = persoon("arbeidsinkomen", period)
        is_partner = persoon.has_role(Gezin.PARTNER)
        jong_kind = (persoon("leeftijd", januari) < ib.inkomensafhankelijke_combinatiekorting.leeftijd_kind) & persoon.has_role(Gezin.KIND)
        heeft_jong_kind = persoon.gezin.sum(jong_kind) > 0
        heeft_partner = persoon.gezin("heeft_partner", januari) & is_partner
        partner_ai = persoon.gezin.sum(ai, role=Gezin.PARTNER) - ai
        geboren = persoon("geboortedatum", period).astype("datetime64[D]").astype(int)
        oudste = geboren <= persoon.gezin.min(geboren, role=Gezin.PARTNER)
        minstverdienend = ~heeft_partner | (ai < partner_ai) | ((ai == partner_ai) & oudste)
        recht = is_partner & heeft_jong_kind & minstverdienend
        fractie = persoon("premieplichtig_aow_fractie", period)
        return np.where(recht, iack_bedrag(ai, ib), 0) * aandeel_standaard_korting(ib, fractie)
