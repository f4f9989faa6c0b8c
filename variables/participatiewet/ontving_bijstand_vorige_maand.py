import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin
from openfisca_samenloop.wetten.participatiewet import geschiedenis_loopt, warm_op


class ontving_bijstand_vorige_maand(Variable):
    value_type = bool
    default_value = False
    entity = Gezin
    definition_period = MONTH
    label = "Het gezin ontving in de vorige maand algemene bijstand (het gezin zit al in de bijstand)"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel31"
    documentation = (
        "The state that decides whether the inkomstenvrijlating applies (Pw art. 31 lid 2 onder n: 'voor zover hij "
        "algemene bijstand ontvangt'; CRvB 24 augustus 2021, ECLI:NL:CRVB:2021:2146: for someone already in bijstand "
        "the vrijlating is deducted first and only then is the income compared with the norm). Within the history "
        "(`begin_tijdlijn`) it is `ontvangt_bijstand` of the previous month. Outside it, it is an input: set it to "
        "true for a gezin that is in bijstand already (this is the input 'receives bijstand' of issue 16 item 6; "
        "without a period it holds for every month of the year). Default false: the default describes an applicant, "
        "not yet in bijstand, who only gets the vrijlating when the income without vrijlating is below the norm."
    )

    def formula(gezin, period):
        loopt = geschiedenis_loopt(gezin, period)
        if not loopt.any():
            return np.zeros(gezin.count, dtype=bool)
        warm_op(gezin, "ontvangt_bijstand", period)
        return loopt * gezin("ontvangt_bijstand", period.last_month)
