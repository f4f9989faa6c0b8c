import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin
from openfisca_samenloop.wetten.participatiewet import afronden_op_centen


class norm_gehuwde_met_echtgenoot_zonder_recht(Variable):
    value_type = float
    entity = Gezin
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Norm van de rechthebbende echtgenoot als de andere echtgenoot geen recht op algemene bijstand heeft (Pw art. 24)"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel24"
    documentation = (
        "Pw art. 24: for gehuwden of whom one spouse has no right to algemene bijstand (`heeft_recht_op_algemene_"
        "bijstand`), the norm of the rechthebbende spouse is 50 % of the norm that would apply to him if he were "
        "married to a rechthebbende spouse of his own age, when (a) he is 21 or older and has no kostendelende "
        "medebewoners, or (b) he is younger than 21. So: at the AOW age 50 % of art. 22 onder b; from 21 50 % of art. "
        "21 onder b; at 18-20 50 % of art. 20 lid 1/2 onder b (with or without ten laste komende kinderen), including, "
        "from 2026, the art. 20 lid 3 amount when he cannot rely on his parents, counted as if his imagined spouse of "
        "the same age were in the same position (so 50 % of norm + 2 x the amount, capped by lid 4 at the gehuwden norm "
        "of art. 21 onder b): that reading of 'van zijn leeftijd' is the package's. A rechthebbende of 21+ with "
        "kostendelende medebewoners gets his own art. 22a norm instead (art. 22a lid 2 sums only over rechthebbende "
        "spouses; see `kostendelersnorm`). Rounded half up to cents: the law states no rounding for the 50 %. 0 when "
        "art. 24 does not apply (`norm_artikel_24_van_toepassing`)."
    )

    def formula(gezin, period, parameters):
        pw = parameters(period.start).participatiewet
        persoon = gezin.members
        recht = persoon("heeft_recht_op_algemene_bijstand", period)
        leeftijd = gezin.sum(np.where(recht, persoon("leeftijd", period), 0), role=Gezin.PARTNER)
        deel_aow = gezin.max(recht * persoon("aow_deel_van_de_maand", period), role=Gezin.PARTNER)
        kinderen = gezin("aantal_ten_laste_komende_kinderen", period) > 0
        n20, n21, n22 = pw.norm_jonger_dan_21, pw.norm_21_tot_aow_leeftijd, pw.norm_aow_leeftijd

        jong = np.where(kinderen, n20.gehuwden_beiden_jong_met_kinderen, n20.gehuwden_beiden_jong_zonder_kinderen)
        geen_steun = gezin.any(recht * persoon("kan_geen_beroep_doen_op_ouders", period), role=Gezin.PARTNER)
        aanvulling = 2 * geen_steun * pw.aanvulling_jongere_zonder_onderhoud_ouders
        jong = np.where(aanvulling > 0, np.minimum(jong + aanvulling, np.maximum(n21.gehuwden, jong)), jong)

        jonger_dan_aow = np.where(leeftijd >= pw.leeftijdsgrenzen.leeftijd_volwassenennorm, n21.gehuwden, jong)
        vol = deel_aow * n22.gehuwden_beiden + (1 - deel_aow) * jonger_dan_aow  # the AOW birthday month by calendar days
        norm = afronden_op_centen(vol * pw.norm_echtgenoot_zonder_recht)
        return np.where(gezin("norm_artikel_24_van_toepassing", period), norm, 0)
