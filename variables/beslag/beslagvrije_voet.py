import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin
from openfisca_samenloop.wetten.participatiewet import afronden_op_centen


class beslagvrije_voet(Variable):
    value_type = float
    entity = Gezin
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Beslagvrije voet per maand (Rv art. 475d ff., Wet vereenvoudiging beslagvrije voet)"
    reference = "https://wetten.overheid.nl/BWBR0001827/2026-01-01#Artikel475dc"
    documentation = (
        "The part of the monthly income that beslag or verrekening may not touch. Two routes. (1) A gezin that "
        "receives algemene bijstand: Rv art. 475dc lid 2, 95 % of the bijstandsnorm that applies to it (incl. "
        "vakantiebijslag and the kostendelersnorm, `bijstandsnorm`) minus the income of Pw art. 32 "
        "(`in_aanmerking_te_nemen_inkomen`); so at most 5 % of the norm can be set off against a full bijstand. "
        "(2) Any other gezin: at most the maximum of art. 475da lid 1 for its leefsituatie, and never more than 95 % of "
        "the net monthly income of the partners (art. 475dc lid 1). For incomes up to the bijstandsnorm this is the law's "
        "'5%-regeling' (Kamerstukken II 2016/17, 34 628, nr. 6, §3.8). Simplification: the formula of art. 475da lid 2 "
        "(95 % of the norm plus an income-dependent part for the housing costs and for the zorgpremie not covered by "
        "zorgtoeslag, capped by lid 3, and for the kindgebonden budget) is not modelled, because the definitions of "
        "its letters A-L were not in the stored law text; route (2) therefore overstates the voet for incomes between "
        "the social minimum and the maximum. Both routes add, on request (`verzoekt_verhoging_beslagvrije_voet_"
        "woonkosten`), the woonkosten correction of art. 475da lid 5: the housing costs (rent and service costs of the "
        "dwelling) above the rekenhuur of Wht art. 13 lid 1 onder a plus 10 %. Not modelled: no address in the "
        "Netherlands (lid 4), stay in an inrichting (art. 475e), the owner-occupier increase (lid 7), the partner's "
        "income reduction (art. 475db). Rounded to cents."
    )

    def formula(gezin, period, parameters):
        p = parameters(period.start).beslag.beslagvrije_voet
        huurgrens = parameters(period.start).huurtoeslag.maximale_huurgrens.hoog
        persoon = gezin.members

        bijstand_route = np.maximum(
            p.percentage_bijstandsnorm * gezin("bijstandsnorm", period).astype(np.float64)
            - gezin("in_aanmerking_te_nemen_inkomen", period),
            0,
        )

        inkomen = gezin.sum(
            np.maximum(persoon("nettoloon", period), 0) + persoon("netto_aow", period)
            + persoon("overig_netto_inkomen", period),
            role=Gezin.PARTNER,
        )
        gehuwd = gezin.nb_persons(Gezin.PARTNER) == 2
        kinderen = gezin.nb_persons(Gezin.KIND) > 0
        m = parameters(period.start).beslag.beslagvrije_voet_maximum
        maximum = np.select(
            [gehuwd * kinderen, gehuwd, kinderen],
            [m.gehuwden_met_kinderen, m.gehuwden_zonder_kinderen, m.alleenstaande_ouder],
            m.alleenstaande,
        )
        algemene_route = np.minimum(maximum, p.percentage_inkomen * inkomen)

        voet = np.where(gezin("ontvangt_bijstand", period), bijstand_route, algemene_route)

        woonkosten = gezin.max(
            persoon.huishouden("huur", period) + persoon.huishouden("servicekosten", period), role=Gezin.PARTNER
        )
        verhoging = np.maximum(woonkosten - (1 + p.woonkosten_marge) * huurgrens, 0)
        voet = voet + np.where(gezin("verzoekt_verhoging_beslagvrije_voet_woonkosten", period), verhoging, 0)
        return afronden_op_centen(voet)
