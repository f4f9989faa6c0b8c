import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class zorgtoeslag_aanspraak_jaar(Variable):
    value_type = float
    entity = Gezin
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Aanspraak op zorgtoeslag op jaarbasis, vóór afronding (Wzt art. 2 lid 1 en 4, art. 3)"
    reference = "https://wetten.overheid.nl/BWBR0018451/2026-01-01#Artikel2"
    documentation = (
        "Wzt art. 2 lid 1: standaardpremie minus normpremie, for a verzekerde with a partner twice the "
        "standaardpremie (one joint aanspraak). Lid 4: with a partner who is not a verzekerde, 50% of that amount. "
        "Conditions: at least one partner of the gezin is a verzekerde of 18 or older (`verzekerde_zorgtoeslag`; "
        "that one is the aanvrager); vermogen not above the limit of art. 3 (`zorgtoeslag_vermogen_boven_grens`). "
        "A partner under 18 is not a verzekerde of the Wzt, so the 50% rule applies to them. Not applied: the "
        "woonlandfactor for verdragsgerechtigden abroad (art. 4a), Awir art. 9 (verblijfsstatus). The yearly "
        "amount for this month's situation, unrounded; Awir art. 14 is applied in `zorgtoeslag_recht`."
    )

    def formula(gezin, period, parameters):
        p = parameters(period.start).zorgtoeslag
        verzekerd = gezin.members("verzekerde_zorgtoeslag", period)
        is_partner = gezin.members.has_role(Gezin.PARTNER)
        aantal_verzekerde_partners = gezin.sum(verzekerd * is_partner)
        aantal_partners = gezin.nb_persons(Gezin.PARTNER)
        met_partner = aantal_partners >= 2

        standaardpremie = np.where(met_partner, 2, 1) * p.standaardpremie
        verschil = np.maximum(standaardpremie - gezin("zorgtoeslag_normpremie", period), 0)
        partner_niet_verzekerd = met_partner & (aantal_verzekerde_partners == 1)
        aanspraak = np.where(partner_niet_verzekerd, p.aandeel_partner_niet_verzekerd * verschil, verschil)

        recht = (aantal_verzekerde_partners >= 1) & np.logical_not(
            gezin("zorgtoeslag_vermogen_boven_grens", period.this_year)
        )
        return np.where(recht, aanspraak, 0)
