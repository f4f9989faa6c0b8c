import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin
from openfisca_samenloop.wetten.participatiewet import Verwijtbaarheid, afronden_op_centen


class bijstand_boete(Variable):
    value_type = float
    entity = Gezin
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Bestuurlijke boete wegens schending van de inlichtingenplicht, opgelegd in deze maand (Pw art. 18a)"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel18a"
    documentation = (
        "Imposed in the month of the terugvordering decision, on the same benadelingsbedrag. Art. 18a lid 1: at most "
        "the benadelingsbedrag; the Boetebesluit socialezekerheidswetten art. 2a sets the share by verwijtbaarheid "
        "(100 % opzet, 75 % grove schuld, 50 % otherwise, 25 % verminderd); none when every form of blame is absent. "
        "Art. 18a lid 4: a written warning instead when the gemeente uses that power "
        "(`gemeente_volstaat_met_waarschuwing`) and the benadelingsbedrag is at most the `waarschuwingsgrens`. "
        "Rules in force: the 2026-01-01 and 2026-07-01 texts of art. 18a were read and are the same; the article dates "
        "from the Wet regeling bestuurlijke boete (in force 2017), so 2024-2025 are taken to be the same. 'Participatiewet "
        "in balans' (Kamerstuk 36 582) changed other articles from 2026 (e.g. art. 18 lid 8 bis on gifts) but not 18a "
        "or 58; the Wet handhaving sociale zekerheid (Kamerstuk 36 785, memorie van toelichting 4 July 2025, nota naar "
        "aanleiding van het verslag 2 February 2026), which would give more room for warnings instead of boetes, is a "
        "bill and not in force. Not modelled: recidive (lid 5, 150 %), "
        "dringende redenen (lid 7), matiging to draagkracht, and the boete of lid 3 when there is no benadeling."
    )

    def formula(gezin, period, parameters):
        p = parameters(period.start).participatiewet.handhaving.boete
        # The terugvordering of this month is the benadelingsbedrag decided now (same decision, same amount).
        benadeling = gezin("bijstand_terugvordering", period)
        graad = gezin("verwijtbaarheid", period)
        percentage = np.select(
            [
                graad == Verwijtbaarheid.opzet,
                graad == Verwijtbaarheid.grove_schuld,
                graad == Verwijtbaarheid.gemiddeld,
                graad == Verwijtbaarheid.verminderd,
            ],
            [p.percentage.opzet, p.percentage.grove_schuld, p.percentage.gemiddeld, p.percentage.verminderd],
            0,
        )
        waarschuwing = gezin("gemeente_volstaat_met_waarschuwing", period) * (benadeling <= p.waarschuwingsgrens)
        boete = np.minimum(percentage * benadeling, benadeling)
        return np.where(waarschuwing, 0, afronden_op_centen(boete))
