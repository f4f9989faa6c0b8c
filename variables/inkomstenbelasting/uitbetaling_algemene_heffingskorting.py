import numpy as np

from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin, Persoon
from openfisca_samenloop.wetten.inkomstenbelasting import geboren_voor, ib_parameters


class uitbetaling_algemene_heffingskorting(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Uitbetaling van de algemene heffingskorting aan de partner zonder (voldoende) inkomen"
    reference = "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Artikel8.9"
    documentation = (
        "Art. 8.9 as the law now limits it: only for a belastingplichtige born before 1 January 1963 (the phase-out "
        "for younger partners ended in 2023), with the same partner for more than six months (here: a partner in the "
        "gezin in January; entity membership is fixed for the year). When the cap of art. 8.8 leaves the person's "
        "credit below their algemene heffingskorting (toetsniveau), the credit is raised to that level, at most by "
        "the partner's gecombineerde inkomensheffing minus the partner's credits. The raise is paid out (via the "
        "aanslag or a monthly voorlopige teruggaaf); it is not part of `inkomstenbelasting` (never below 0) but is "
        "added in `ib_verrekening`. Art. 8.9a (non-premieplichtigen) is not modelled."
    )

    def formula(persoon, period, parameters):
        ib = ib_parameters(parameters, period)
        oud_genoeg = geboren_voor(persoon("geboortedatum", period), ib.uitbetaling_algemene_heffingskorting)
        heeft_partner = persoon.gezin("heeft_partner", period.first_month) & persoon.has_role(Gezin.PARTNER)
        heffing = persoon("gecombineerde_inkomensheffing", period)
        verrekend = persoon("gecombineerde_heffingskorting", period)
        ruimte = np.maximum(heffing - verrekend, 0)
        partner_ruimte = persoon.gezin.sum(ruimte, role=Gezin.PARTNER) - ruimte
        tekort = np.maximum(persoon("algemene_heffingskorting", period) - verrekend, 0)
        return np.where(oud_genoeg & heeft_partner, np.minimum(tekort, partner_ruimte), 0)
