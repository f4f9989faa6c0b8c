import numpy as np

from openfisca_core import periods
from openfisca_core.periods import YEAR
from openfisca_core.populations import ADD
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin, Persoon


class belastbare_bijstand_aio(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    label = "Belastbaar (bruto) bedrag van de bijstand en AIO die aan deze persoon wordt toegerekend"
    reference = "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Hoofdstuk3_Afdeling3.3_Artikel3.82"
    documentation = (
        "Bijstand and AIO are taxable periodieke uitkeringen (Wet IB art. 3.82 jo. 3.81, 'uitkeringen op grond "
        "van een publiekrechtelijke regeling'), part of box 1 and so of the verzamelinkomen that is the "
        "toetsingsinkomen (Awir art. 8). The gemeente (bijstand) and the SVB (AIO) pay them net and report the "
        "gross amount to the Belastingdienst; for a couple the gezin's bijstand/AIO is reported half for each partner, so the "
        "gezin amount is attributed half to each member in the role `partner`; children get nothing.\n\n"
        "Brutering (documented method, until the loonheffing owner provides one): N = the person's net share over "
        "the year (sum of the months). The payer withholds loonheffing at the first-bracket rate r (AOW-age rate "
        "if the person has AOW-age in December). If the payer also applies the loonheffingskorting, the gross G "
        "solves G − (r·G − AHK) = N, i.e. G = (N − AHK)/(1 − r), but never below N (no negative loonheffing); "
        "otherwise G = N/(1 − r). The payer of the uitkering is taken to apply the loonheffingskorting when the "
        "person is under AOW-age and the uitkering (net) is at least the gross wage of the year, i.e. when it is "
        "the main source of income; with a larger wage the employer applies it, and for AOW-age persons the SVB "
        "applies it to the AOW. This ignores the AHK afbouw (not reached at bijstand levels) and the lower "
        "AOW-age AHK. Rates and AHK: parameters/awir/brutering_uitkering.yaml."
    )

    def formula(persoon, period, parameters):
        gezin = persoon.gezin
        is_partner = persoon.has_role(Gezin.PARTNER)
        aantal_partners = np.maximum(gezin.nb_persons(Gezin.PARTNER), 1)
        netto_gezin = gezin("bijstand", period, options=[ADD]) + gezin("aio", period, options=[ADD])
        netto = np.where(is_partner, netto_gezin / aantal_partners, 0)

        p = parameters(period.start).awir.brutering_uitkering
        december = periods.period(f"{period.start.year}-12")
        aow_leeftijd = persoon("heeft_aow_leeftijd", december)
        tarief = np.where(aow_leeftijd, p.tarief_eerste_schijf_aow_leeftijd, p.tarief_eerste_schijf)
        loon = persoon("brutoloon", period, options=[ADD])
        korting_bij_uitkering = np.logical_not(aow_leeftijd) & (netto >= loon)

        met_korting = np.maximum(netto, (netto - p.algemene_heffingskorting_maximum) / (1 - tarief))
        zonder_korting = netto / (1 - tarief)
        return np.where(korting_bij_uitkering, met_korting, zonder_korting)
