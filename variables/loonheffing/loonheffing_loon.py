import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon
from openfisca_samenloop.wetten.aow import gehuwd
from openfisca_samenloop.wetten.inkomstenbelasting import geboren_voor, ib_parameters, loonheffing_jaar


class loonheffing_loon(Variable):
    value_type = float
    entity = Persoon
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Loonheffing op het brutoloon van de maand"
    reference = "https://wetten.overheid.nl/BWBR0002471/2026-01-01#Artikel25"
    documentation = (
        "Approximation of the Belastingdienst's witte maandtabel (Wet LB art. 25): the monthly wage is annualised "
        "(brutoloon × 12; vakantiegeld is not in `brutoloon` and is taxed apart in the month it is paid), the box-1 tariff incl. premies "
        "volksverzekeringen of the year is applied (the AOW-age table without AOW premium from the month of the "
        "AOW-leeftijd; born before 1946 the longer first bracket), minus the loonheffingskorting (AHK + arbeidskorting, "
        "at AOW-age + ouderenkorting and, alleenstaand, alleenstaande ouderenkorting) when this employer applies it "
        "(`loonheffingskorting_bij_loon`); the resulting average rate is applied to the monthly wage; rounded to the "
        "cent. Error against published figures: ADP's net-wage changes computed with the official tables (12/2024 → "
        "01/2025 and 12/2025 → 01/2026, for € 1.000 … € 7.500 and the minimumloon) are reproduced within € 1 a month "
        "(tests/loonheffing/nettoloon.yaml); the tables compute on wage steps (tabelloon) and round, which leaves "
        "differences of that order. An annualisation × 12 × 1,08 (vakantiebijslag in the tabelloon) was tested and "
        "fits ADP's figures much worse (up to € 32 a month near the arbeidskorting knikpunten), so it is not used."
    )

    def formula(persoon, period, parameters):
        ib = ib_parameters(parameters, period)
        loon = persoon("brutoloon", period)
        jaarloon = loon * 12
        aow_leeftijd = persoon("heeft_aow_leeftijd", period)
        oud = geboren_voor(persoon("geboortedatum", period), 1946)
        alleen = aow_leeftijd & ~gehuwd(persoon, period)
        met_korting = persoon("loonheffingskorting_bij_loon", period)
        heffing = loonheffing_jaar(jaarloon, jaarloon, ib, aow_leeftijd, oud, met_korting, alleen)
        tarief = np.where(jaarloon > 0, heffing / np.maximum(jaarloon, 1), 0)
        return np.round(tarief * loon, 2)
