import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class te_lang_buiten_nederland(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Verblijft langer buiten Nederland dan de bijstand toestaat (Pw art. 13 lid 1 onder e, lid 4)"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel13"
    documentation = (
        "True when the person's `weken_in_buitenland` in the calendar year exceeds four weeks (art. 13 lid 1 onder e), "
        "or thirteen weeks from the AOW age (lid 4). Such a person has no right to bijstand "
        "(`heeft_recht_op_algemene_bijstand`); a spouse who has a right keeps it on the art. 24 norm. Simplification: "
        "for every month of that year, not only from the moment the limit is passed. With the per-month input "
        "`weken_in_buitenland_maand` (issue 12 §2) the right ends from the month in which the count since 1 January "
        "(`weken_in_buitenland_tot_en_met_maand`) passes the limit (the whole of that month: simplification)."
    )

    def formula(persoon, period, parameters):
        p = parameters(period.start).participatiewet.verblijf_buitenland
        maximum = np.where(persoon("heeft_aow_leeftijd", period), p.max_weken_aow_leeftijd, p.max_weken)
        jaar = persoon("weken_in_buitenland", period.this_year) > maximum
        tot_nu = persoon("weken_in_buitenland_tot_en_met_maand", period) > maximum
        return jaar + tot_nu
