from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon
from openfisca_samenloop.wetten.aow import bereikt_in_of_voor_maand
from openfisca_samenloop.wetten.leeftijd import leeftijd_op


class heeft_aow_leeftijd(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Heeft in of vóór deze maand de AOW-leeftijd (pensioengerechtigde leeftijd) bereikt"
    reference = "https://wetten.overheid.nl/BWBR0002221/2026-01-01#Artikel7a"
    documentation = (
        "AOW art. 7a: the pensioengerechtigde leeftijd of the calendar year in which it is reached — 67 years "
        "in 2024–2027, 67 years and 3 months from 2028 (parameter aow.pensioengerechtigde_leeftijd, in months). "
        "From `geboortedatum`: True from the month in which birth + that age falls (a day during the month "
        "counts for the whole month, as the AOW premium stops from the first day of that month, Wfsv art. 10 "
        "lid 2; the SVB pays from the day itself, so the first month is a full month here instead of a part). "
        "When `leeftijd` is given in the situation instead of a birth date, the person has AOW-age when "
        "leeftijd × 12 months reaches the age in months (for 67 + 3 months that means from leeftijd 68)."
    )

    def formula(persoon, period, parameters):
        dit_jaar = parameters(period.start).aow.pensioengerechtigde_leeftijd
        vorig_jaar = parameters(period.start.offset(-1, "year")).aow.pensioengerechtigde_leeftijd
        geboren = persoon("geboortedatum_getal", period)
        opgegeven = persoon("leeftijd", period)
        afgeleid = leeftijd_op(geboren, period.start)
        return bereikt_in_of_voor_maand(geboren, opgegeven, afgeleid, period.start, dit_jaar, vorig_jaar)

