import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class kinderopvangtoeslag_recht(Variable):
    value_type = float
    entity = Gezin
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Kinderopvangtoeslag waarop het gezin recht heeft, per maand"
    reference = "https://wetten.overheid.nl/BWBR0017017/2026-01-01#Hoofdstuk1_Afdeling2_Paragraaf2_Artikel1.5"
    documentation = (
        "Wet kinderopvang art. 1.5-1.8 with the Besluit kinderopvangtoeslag: the sum over the children of "
        "`kinderopvangtoeslag_kind`, provided every partner of the gezin (the aanvrager and, if there is one, the "
        "toeslagpartner) meets the arbeidseis (`werkt_studeert_of_traject`, art. 1.6 lid 1 and 3); otherwise 0. "
        "The partners and the children's parents are taken to be the same persons (art. 1.5 lid 3: one joint claim). "
        "Not modelled: no vermogenstoets applies to the kinderopvangtoeslag (Dienst Toeslagen sets no vermogensgrens for it), so none is "
        "applied; the Awir rule that small yearly amounts are not paid (art. 26) is left to payment analyses; the "
        "toeslag is not income for other schemes (art. 1.11)."
    )

    def formula(gezin, period):
        werken = gezin.members("werkt_studeert_of_traject", period)
        alle_partners_werken = gezin.all(werken, role=Gezin.PARTNER)
        totaal = gezin.sum(gezin.members("kinderopvangtoeslag_kind", period), role=Gezin.KIND)
        return np.where(alle_partners_werken, totaal, 0)
