import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin
from openfisca_samenloop.wetten.participatiewet import EERSTE_MAAND, sta_ketens_toe


def benadeling_van_besluitmaand(gezin, period):
    """Per gezin: the benadelingsbedrag decided in `period`, i.e. of the month `handhaving_besluit_na_maanden`
    earlier (0 when that month lies before 2024-01). One look-up per distinct delay in the population."""
    vertraging = gezin("handhaving_besluit_na_maanden", period)
    bedrag = np.zeros(gezin.count)
    if vertraging.any():
        sta_ketens_toe(gezin)
    for k in np.unique(vertraging):
        maand = period.offset(-int(k))
        if str(maand) < EERSTE_MAAND:
            continue
        bedrag = np.where(vertraging == k, gezin("bijstand_benadelingsbedrag", maand), bedrag)
    return bedrag


class bijstand_terugvordering(Variable):
    value_type = float
    entity = Gezin
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Terugvordering van bijstand, besloten in deze maand (Pw art. 58 lid 1)"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel58"
    documentation = (
        "Art. 58 lid 1 ('vordert ... terug', text 2026-01-01): the college reclaims the bijstand received wrongly or too high as a result of a breach "
        "of the inlichtingenplicht (a duty in 2024-2026). The amount is the benadelingsbedrag of the month "
        "`handhaving_besluit_na_maanden` earlier; it is booked in the month of the decision. Net amount "
        "(see `bijstand_benadelingsbedrag`). Not modelled: afzien wegens dringende redenen (art. 58 lid 8), which "
        "is the gemeente's judgment."
    )

    def formula(gezin, period):
        return benadeling_van_besluitmaand(gezin, period)
