import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon
from openfisca_samenloop.wetten.aow import gehuwd
from openfisca_samenloop.wetten.inkomstenbelasting import geboren_voor, ib_parameters, loonheffing_jaar


class loonheffing_aow(Variable):
    value_type = float
    entity = Persoon
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Loonheffing die de SVB inhoudt op de AOW en de opgebouwde vakantie-uitkering van de maand"
    reference = "https://wetten.overheid.nl/BWBR0002471/2026-01-01#Artikel25"
    documentation = (
        "The SVB's withholding approximated as for wages: (AOW + monthly vakantie-uitkering accrual) × 12, the AOW-age "
        "tariff of the year (no AOW premium), minus the loonheffingskorting (AHK without AOW part, ouderenkorting, "
        "alleenstaande ouderenkorting for a single pensioner) when the SVB applies it (`loonheffingskorting_bij_aow`), "
        "divided by 12 and rounded to the cent. With the korting a full AOW bears no loonheffing in 2024–2026, as the "
        "SVB's published net amounts show. Without the korting the model gives slightly more than the SVB tables "
        "(2026 alleenstaand: model 17,85 % × 1.637,57 = € 292,31 against € 291,50 published; 2024-07: € 299,35 against "
        "€ 298,58), because the tables compute on a rounded tabelloon and tax the vakantie-uitkering separately in May."
    )

    def formula(persoon, period, parameters):
        ib = ib_parameters(parameters, period)
        jaar = (persoon("aow", period) + persoon("aow_vakantie_uitkering", period)) * 12
        aow_leeftijd = persoon("heeft_aow_leeftijd", period)
        oud = geboren_voor(persoon("geboortedatum", period), 1946)
        alleen = aow_leeftijd & ~gehuwd(persoon, period)
        met_korting = persoon("loonheffingskorting_bij_aow", period)
        heffing = loonheffing_jaar(jaar, np.zeros_like(jaar), ib, aow_leeftijd, oud, met_korting, alleen)
        return np.where(jaar > 0, np.round(heffing / 12, 2), 0)
