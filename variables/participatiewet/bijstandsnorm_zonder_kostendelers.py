import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin
from openfisca_samenloop.wetten.participatiewet import afronden_op_centen


class bijstandsnorm_zonder_kostendelers(Variable):
    value_type = float
    entity = Gezin
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Bijstandsnorm naar leefvorm en leeftijd (Pw art. 20-22), incl. vakantietoeslag, zonder kostendelersnorm"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel21"
    documentation = (
        "The norm of the leefeenheid before art. 22a. Alleenstaande (ouder): art. 20 lid 1/2 onder a under 21, art. 21 "
        "onder a from 21, art. 22 onder a at the AOW age. Gehuwden: art. 22 onder b/c when one or both have the AOW age "
        "(the amounts are equal); art. 21 onder b when both are 21+; art. 20 lid 1/2 onder c when one is 18-20 and the "
        "other 21+; art. 20 lid 1/2 onder b when both are 18-20 (with/without children = with/without a ten laste komend kind under 18, art. 4 lid 1: `aantal_ten_laste_komende_kinderen`). "
        "From 2026, art. 20 lid 3 adds a fixed amount for each partner of 18-20 who cannot rely on his parents "
        "(`kan_geen_beroep_doen_op_ouders`), capped by lid 4 at the art. 21 norm of a comparable 21-year-old (21 onder a "
        "for an alleenstaande, 21 onder b for gehuwden). 0 when no partner is 18 or older. In the month a partner reaches the AOW age the norm "
        "is blended by calendar days (`aow_deel_van_de_maand_gezin`). Not modelled: art. 23 "
        "(inrichting), art. 24a; art. 24 (spouse without a right to bijstand) is `norm_gehuwde_met_echtgenoot_zonder_recht`, art. 27/28 (lower norm by the college)."
    )

    def formula(gezin, period, parameters):
        pw = parameters(period.start).participatiewet
        grens = pw.leeftijdsgrenzen.leeftijd_volwassenennorm
        minimum = pw.leeftijdsgrenzen.minimumleeftijd
        n20, n21, n22 = pw.norm_jonger_dan_21, pw.norm_21_tot_aow_leeftijd, pw.norm_aow_leeftijd
        persoon = gezin.members
        leeftijd = persoon("leeftijd", period)
        oudste = gezin.max(leeftijd, role=Gezin.PARTNER)
        jongste = gezin.min(leeftijd, role=Gezin.PARTNER)
        deel_aow = gezin("aow_deel_van_de_maand_gezin", period)
        gehuwd = gezin.nb_persons(Gezin.PARTNER) == 2
        kinderen = gezin("aantal_ten_laste_komende_kinderen", period) > 0

        alleenstaande = np.where(oudste >= grens, n21.alleenstaande, n20.alleenstaande)
        gehuwden = np.select(
            [jongste >= grens, oudste >= grens],
            [
                n21.gehuwden,
                np.where(kinderen, n20.gehuwden_een_jong_met_kinderen, n20.gehuwden_een_jong_zonder_kinderen),
            ],
            np.where(kinderen, n20.gehuwden_beiden_jong_met_kinderen, n20.gehuwden_beiden_jong_zonder_kinderen),
        )
        norm = np.where(gehuwd, gehuwden, alleenstaande)
        norm_aow = np.where(gehuwd, n22.gehuwden_beiden, n22.alleenstaande)

        jongeren_zonder_steun = gezin.sum(
            (leeftijd >= minimum) * (leeftijd < grens) * persoon("kan_geen_beroep_doen_op_ouders", period),
            role=Gezin.PARTNER,
        )
        aanvulling = jongeren_zonder_steun * pw.aanvulling_jongere_zonder_onderhoud_ouders
        plafond = np.where(gehuwd, n21.gehuwden, n21.alleenstaande)
        norm = np.where(aanvulling > 0, np.minimum(norm + aanvulling, np.maximum(plafond, norm)), norm)
        norm = np.select([deel_aow >= 1, deel_aow > 0], [norm_aow, afronden_op_centen(deel_aow * norm_aow + (1 - deel_aow) * norm)], norm)
        return np.where(oudste >= minimum, norm, 0)
