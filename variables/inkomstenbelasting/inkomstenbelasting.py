import numpy as np

from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class inkomstenbelasting(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Inkomstenbelasting box 1 incl. premies volksverzekeringen, na heffingskortingen"
    reference = "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Artikel2.7"
    documentation = (
        "The tax and premies volksverzekeringen due for the year on box 1 (Wet IB art. 2.7, 2.10; Wfsv art. 9–10): "
        "`gecombineerde_inkomensheffing` minus `gecombineerde_heffingskorting`, never below 0 (art. 8.8). Loonheffing "
        "withheld during the year is a voorheffing (art. 9.2) and is settled in `ib_verrekening`; the payment of the "
        "AHK to a partner without income is `uitbetaling_algemene_heffingskorting`. Box-1 arithmetic: "
        "openfisca_samenloop/wetten/inkomstenbelasting.py."
    )

    def formula(persoon, period):
        heffing = persoon("gecombineerde_inkomensheffing", period)
        return np.maximum(heffing - persoon("gecombineerde_heffingskorting", period), 0)
