import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class zorgtoeslag_normpremie(Variable):
    value_type = float
    entity = Gezin
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Normpremie zorgtoeslag op jaarbasis (Wzt art. 2 lid 2–3)"
    reference = "https://wetten.overheid.nl/BWBR0018451/2026-01-01#Artikel2"
    documentation = (
        "Wzt art. 2 lid 2: a percentage of the drempelinkomen, plus a percentage of the toetsingsinkomen in so far "
        "as it exceeds the drempelinkomen; with a partner the joint toetsingsinkomen counts. Lid 3 sets the "
        "percentages (2026: 4,289% with partner, 1,912% without, each plus 13,730% above the drempelinkomen). The "
        "drempelinkomen is one figure for singles and couples (Wzt art. 1 onder f). A yearly amount, computed for "
        "the month with the year's toetsingsinkomen and the month's composition (the aanspraak is determined per "
        "month, lid 5). Not rounded: Dienst Toeslagen prints it to the cent."
    )

    def formula(gezin, period, parameters):
        p = parameters(period.start).zorgtoeslag.normpremie
        drempel = parameters(period.start).minimumloon.drempelinkomen
        inkomen = gezin("gezamenlijk_toetsingsinkomen", period.this_year)
        met_partner = gezin.nb_persons(Gezin.PARTNER) >= 2
        percentage = np.where(met_partner, p.percentage_drempelinkomen_partner, p.percentage_drempelinkomen_alleenstaande)
        return percentage * drempel + p.afbouwpercentage * np.maximum(inkomen - drempel, 0)
