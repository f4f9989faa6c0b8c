import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon
from openfisca_samenloop.wetten.aow import gehuwd
from openfisca_samenloop.wetten.inkomstenbelasting import (
    gecombineerde_inkomensheffing,
    geboren_voor,
    heffingskortingen_loonheffing,
    ib_parameters,
)


class onbenutte_loonheffingskorting(Variable):
    value_type = float
    entity = Persoon
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Loonheffingskorting die de werkgever niet kan verrekenen (komt terug als teruggaaf), per maand"
    reference = "https://wetten.overheid.nl/BWBR0002471/2026-01-01#Artikel22"
    documentation = (
        "When the employer applies the loonheffingskorting (`loonheffingskorting_bij_loon`) on a wage too small to "
        "use it all, the part of the korting (AHK and arbeidskorting, Wet LB art. 22) above the loonheffing on the "
        "annualised wage is not granted by anyone during the year; the person gets it back as a teruggaaf of "
        "inkomstenbelasting (through a voorlopige teruggaaf or after the year: part of `ib_verrekening`). One twelfth "
        "per month. The bijstand counts it as a means (Pw art. 31 lid 1: all inkomensbestanddelen the gezin disposes "
        "of) as far as it is realised: see `in_aanmerking_te_nemen_teruggaaf`. So a few euros of wage do not raise "
        "net income by the whole korting."
    )

    def formula(persoon, period, parameters):
        ib = ib_parameters(parameters, period)
        jaarloon = persoon("brutoloon", period) * 12
        aow_leeftijd = persoon("heeft_aow_leeftijd", period)
        oud = geboren_voor(persoon("geboortedatum", period), 1946)
        alleen = aow_leeftijd & ~gehuwd(persoon, period)
        heffing = gecombineerde_inkomensheffing(jaarloon, ib, oud, np.where(aow_leeftijd, 0.0, 1.0))
        kortingen = heffingskortingen_loonheffing(jaarloon, jaarloon, ib, aow_leeftijd, alleen)
        onbenut = np.maximum(kortingen - heffing, 0) / 12
        return np.where(persoon("loonheffingskorting_bij_loon", period), np.round(onbenut, 2), 0)
