import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin
from openfisca_samenloop.wetten.awir import MAANDEN_PER_JAAR, maandbedrag_toeslag


class kinderopvangtoeslag_recht(Variable):
    value_type = float
    entity = Gezin
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Kinderopvangtoeslag waarop het gezin recht heeft, per maand"
    reference = "https://wetten.overheid.nl/BWBR0017017/2026-01-01#Artikel1.5"
    documentation = (
        "Wet kinderopvang art. 1.5-1.8 with the Besluit kinderopvangtoeslag: the sum over the children of "
        "`kinderopvangtoeslag_kind`, provided every partner of the gezin (the aanvrager and, if there is one, the "
        "toeslagpartner) meets the arbeidseis (`werkt_studeert_of_traject`, art. 1.6 lid 1 and 3); otherwise 0. "
        "The partners and the children's parents are taken to be the same persons (art. 1.5 lid 3: one joint claim). "
        "Not modelled: no vermogenstoets applies to the kinderopvangtoeslag (Dienst Toeslagen sets no vermogensgrens for it), so none is "
        "applied; the toeslag is not income for other schemes (art. 1.11). Rounding: Awir art. 14 lid 4 (the "
        "tegemoetkoming in whole euros, rekenkundig) and lid 5 (none below € 24), through the shared helper "
        "`openfisca_samenloop.wetten.awir.maandbedrag_toeslag` as for the other toeslagen: the month's amount x 12 is "
        "the yearly tegemoetkoming, rounded to whole euros, 0 below € 24, and the monthly voorschot is a twelfth of "
        "it rounded down (Dienst Toeslagen practice; see that module for the sources and the limits of this "
        "yearly-equivalent reading when the hours change during the year)."
    )

    def formula(gezin, period, parameters):
        werken = gezin.members("werkt_studeert_of_traject", period)
        alle_partners_werken = gezin.all(werken, role=Gezin.PARTNER)
        totaal = gezin.sum(gezin.members("kinderopvangtoeslag_kind", period), role=Gezin.KIND)
        minimum = parameters(period.start).awir.minimum_tegemoetkoming
        return np.where(alle_partners_werken, maandbedrag_toeslag(totaal * MAANDEN_PER_JAAR, minimum), 0)
