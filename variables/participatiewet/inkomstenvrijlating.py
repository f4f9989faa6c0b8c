import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon
from openfisca_samenloop.wetten.participatiewet import parameter_of_none


class inkomstenvrijlating(Variable):
    value_type = float
    entity = Persoon
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Vrijgelaten deel van de netto inkomsten uit arbeid (Pw art. 31 lid 2 onder n, r, y; art. 34a)"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel31"
    documentation = (
        "Part of `nettoloon` that does not count as a means. Art. 31 lid 2: onder n 25 % up to a monthly maximum, under "
        "the AOW age only in the first six months (`maanden_inkomstenvrijlating` 0-5), from the AOW age without a time "
        "limit; onder r, for an alleenstaande ouder with a child under 12, 12.5 % up to a maximum for the 30 months after "
        "those six (months 6-35), unless onder y applies; onder y 15 % up to a maximum for a medisch urenbeperkte when "
        "onder n does not apply. Lid 5: n and r not under 27. The conditions 'naar het oordeel van het college bijdraagt "
        "aan arbeidsinschakeling' are taken as met. Where the gezin input `gemeente_past_artikel_34a_toe` is set (2026 "
        "onward), art. 34a replaces these: 15 % for the first twelve months under the AOW age, 15 % for a medisch "
        "urenbeperkte, 25 % up to € 226 from the AOW age; the highest applicable share is used. Not modelled: onder z/aa "
        "(loonkostensubsidie). Only for a gezin that receives bijstand (`inkomstenvrijlating_van_toepassing`): not for "
        "an applicant whose income without vrijlating reaches the norm (issue 16 item 6)."
    )

    def formula(persoon, period, parameters):
        pw = parameters(period.start).participatiewet
        v = pw.inkomstenvrijlating
        loon = np.maximum(persoon("nettoloon", period), 0)
        leeftijd = persoon("leeftijd", period)
        aow = persoon("heeft_aow_leeftijd", period)
        maanden = persoon("maanden_inkomstenvrijlating", period)
        medisch = persoon("is_medisch_urenbeperkt", period)
        alo = persoon.gezin("alleenstaande_ouder_met_kind_tot_12", period)

        n = v.algemeen
        n_van_toepassing = (leeftijd >= n.minimumleeftijd) * (aow + (maanden < n.maximaal_aantal_maanden))
        vrij_n = np.where(n_van_toepassing, np.minimum(n.percentage * loon, n.maximum), 0)

        y = v.medisch_urenbeperkt
        y_van_toepassing = medisch * ~n_van_toepassing
        vrij_y = np.where(y_van_toepassing, np.minimum(y.percentage * loon, y.maximum), 0)

        r = v.alleenstaande_ouder
        r_van_toepassing = (
            alo
            * (leeftijd >= n.minimumleeftijd)
            * ~aow
            * (maanden >= n.maximaal_aantal_maanden)
            * (maanden < n.maximaal_aantal_maanden + r.maximaal_aantal_maanden)
            * ~y_van_toepassing
        )
        vrij_r = np.where(r_van_toepassing, np.minimum(r.percentage * loon, r.maximum), 0)
        vrijlating = vrij_n + vrij_r + vrij_y
        van_toepassing = persoon.gezin("inkomstenvrijlating_van_toepassing", period)

        a34 = parameter_of_none(v, "artikel_34a")
        if a34 is not None and getattr(a34, "percentage", None) is not None:
            onder_a = np.where(~aow * (maanden < a34.maximaal_aantal_maanden), a34.percentage * loon, 0)
            onder_b = np.where(medisch, a34.percentage_medisch_urenbeperkt * loon, 0)
            onder_c = np.where(aow, np.minimum(a34.percentage_aow_leeftijd * loon, a34.maximum_aow_leeftijd), 0)
            vrij_34a = np.maximum(np.maximum(onder_a, onder_b), onder_c)
            vrijlating = np.where(persoon.gezin("gemeente_past_artikel_34a_toe", period), vrij_34a, vrijlating)
        return np.where(van_toepassing, vrijlating, 0)
