import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class verblijft_te_lang_buiten_nederland(Variable):
    value_type = bool
    entity = Gezin
    definition_period = MONTH
    label = "Een partner verblijft langer buiten Nederland dan de bijstand toestaat (Pw art. 13 lid 1 onder e, lid 4)"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel13"
    documentation = (
        "True when a partner's `weken_in_buitenland` in the calendar year exceeds four weeks, or thirteen weeks for a "
        "partner with the AOW age. Simplification: the whole gezin then loses algemene bijstand / AIO for every month of "
        "that year; the law takes the right from that partner only (the other spouse would keep a right under art. 24, "
        "not modelled). With the per-month input `weken_in_buitenland_maand` the right ends from the month in which the "
        "count since 1 January passes the limit (the whole of that month: simplification)."
    )

    def formula(gezin, period, parameters):
        p = parameters(period.start).participatiewet.verblijf_buitenland
        persoon = gezin.members
        maximum = np.where(persoon("heeft_aow_leeftijd", period), p.max_weken_aow_leeftijd, p.max_weken)
        jaar = persoon("weken_in_buitenland", period.this_year) > maximum
        # Per-month input (issue 12 §2): the right ends in the month in which the count since 1 January passes the limit.
        tot_nu = persoon("weken_in_buitenland_tot_en_met_maand", period) > maximum
        return gezin.any(jaar + tot_nu, role=Gezin.PARTNER)
