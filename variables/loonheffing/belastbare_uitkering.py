import numpy as np

from openfisca_core.holders import set_input_divide_by_period
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin, Persoon
from openfisca_samenloop.wetten.aow import gehuwd
from openfisca_samenloop.wetten.inkomstenbelasting import bruteer, geboren_voor, ib_parameters


class belastbare_uitkering(Variable):
    value_type = float
    entity = Persoon
    definition_period = MONTH
    unit = "currency-EUR"
    set_input = set_input_divide_by_period
    label = "Bruto (belastbaar) bedrag van de bijstand en AIO van deze persoon in de maand"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel43"
    documentation = (
        "Bijstand and AIO (gezin variables, net amounts incl. vakantietoeslag) are taxable income of the partners: here "
        "the net amount of the gezin is split equally over its partners (the gemeente pays gehuwden each half). The gemeente (bijstand) or SVB (AIO) pays the loonheffing on top "
        "(brutering): the gross G is the amount whose net after loonheffing equals the net share, computed on the "
        "year's tariff of box 1 incl. premies, with the payer's other payment to the person as a base (the AOW for the "
        "SVB's AIO) and with the loonheffingskorting when no employer applies it. Solved numerically "
        "(wetten.inkomstenbelasting.bruteer, to well under a cent). Approximation: the monthly amount is annualised × "
        "12; the real brutering uses the gemeente's own tables. The Zvw-bijdrage on AIO is not modelled. Settable: a "
        "value given (a YEAR is spread over its months) replaces the brutering."
    )

    def formula(persoon, period, parameters):
        ib = ib_parameters(parameters, period)
        is_partner = persoon.has_role(Gezin.PARTNER)
        aantal = np.maximum(persoon.gezin.nb_persons(Gezin.PARTNER), 1)
        netto_gezin = persoon.gezin("bijstand", period) + persoon.gezin("aio", period)
        netto = np.where(is_partner, netto_gezin / aantal, 0)
        basis = (persoon("aow", period) + persoon("aow_vakantie_uitkering", period)) * 12
        aow_leeftijd = persoon("heeft_aow_leeftijd", period)
        oud = geboren_voor(persoon("geboortedatum", period), 1946)
        alleen = aow_leeftijd & ~gehuwd(persoon, period)
        met_korting = ~persoon("loonheffingskorting_bij_loon", period)
        bruto_jaar = bruteer(netto * 12, basis, ib, aow_leeftijd, oud, met_korting, alleen)
        return np.round(bruto_jaar / 12, 2)


class loonheffing_uitkering(Variable):
    value_type = float
    entity = Persoon
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Loonheffing die gemeente of SVB afdraagt bovenop de netto bijstand/AIO"
    reference = "https://wetten.overheid.nl/BWBR0002471/2026-01-01#Artikel25"
    documentation = "`belastbare_uitkering` minus the person's net share of bijstand and AIO: a voorheffing for `ib_verrekening`."

    def formula(persoon, period):
        aantal = persoon.gezin.nb_persons(Gezin.PARTNER)
        netto_gezin = persoon.gezin("bijstand", period) + persoon.gezin("aio", period)
        netto = np.where(persoon.has_role(Gezin.PARTNER), netto_gezin / np.maximum(aantal, 1), 0)
        return np.maximum(persoon("belastbare_uitkering", period) - netto, 0)
