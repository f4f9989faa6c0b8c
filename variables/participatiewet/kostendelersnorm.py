import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin
from openfisca_samenloop.wetten.participatiewet import afronden_op_centen


class kostendelersnorm(Variable):
    value_type = float
    entity = Gezin
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Norm van het gezin volgens de kostendelersnorm (Pw art. 22a), incl. vakantietoeslag"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel22a"
    documentation = (
        "Per belanghebbende of 21+: (40 + A x 30) / (A x 100) x B (art. 22a lid 1), A = `aantal_kostendelers`. B is the "
        "gehuwdennorm of art. 21 onder b, or art. 22 onder c when the belanghebbende's spouse has the AOW age, or art. "
        "22 onder b when the belanghebbende has it himself; since 22 b and c are equal, B = art. 22 b as soon as one "
        "partner has the AOW age. Gehuwden get the sum of each spouse's own norm (lid 2); a couple of one 18-20 and one "
        "21+ gets the art. 22a lid 3 amount plus the 21+ spouse's norm. Rounding: the law states none for art. 22a; "
        "the per-person amount is rounded half up to cents, as the municipal and SZW norm tables publish it, before "
        "adding the spouses. In the month a partner reaches the AOW age, B is blended by calendar days "
        "(`aow_deel_van_de_maand_gezin`). Only rechthebbende spouses get a norm (lid 2: 'de som van de normen ... die voor ieder van de "
        "rechthebbende echtgenoten afzonderlijk van toepassing is'; `heeft_recht_op_algemene_bijstand`); a spouse "
        "without a right still counts in A when 21+ (lid 1). Only meaningful where `kostendelersnorm_van_toepassing`."
    )

    def formula(gezin, period, parameters):
        pw = parameters(period.start).participatiewet
        p = pw.kostendelersnorm
        persoon = gezin.members
        leeftijd = persoon("leeftijd", period)
        deel_aow = gezin("aow_deel_van_de_maand_gezin", period)
        gehuwd = gezin.nb_persons(Gezin.PARTNER) == 2
        kinderen = gezin("aantal_ten_laste_komende_kinderen", period) > 0
        recht = persoon("heeft_recht_op_algemene_bijstand", period)
        partners_21 = gezin.sum(recht * (leeftijd >= p.minimumleeftijd_belanghebbende), role=Gezin.PARTNER)
        partners_jong = gezin.sum(recht * (leeftijd < p.minimumleeftijd_belanghebbende), role=Gezin.PARTNER)

        a = np.maximum(gezin("aantal_kostendelers", period), 1)
        factor = (p.vast_deel + a * p.deel_per_kostendeler) / a
        per_persoon_aow = afronden_op_centen(factor * pw.norm_aow_leeftijd.gehuwden_beiden)
        per_persoon_jong = afronden_op_centen(factor * pw.norm_21_tot_aow_leeftijd.gehuwden)
        per_persoon = np.select(
            [deel_aow >= 1, deel_aow > 0],
            [per_persoon_aow, afronden_op_centen(deel_aow * per_persoon_aow + (1 - deel_aow) * per_persoon_jong)],
            per_persoon_jong,
        )

        jongere = np.where(
            kinderen, pw.norm_jongere_met_kostendelers.met_kinderen, pw.norm_jongere_met_kostendelers.zonder_kinderen
        )
        gemengd = gehuwd * (partners_21 == 1) * (partners_jong == 1)  # lid 3: rechthebbende gehuwden, one 18-20
        return np.select([partners_21 == 2, gemengd, partners_21 == 1], [2 * per_persoon, jongere + per_persoon, per_persoon], 0)
