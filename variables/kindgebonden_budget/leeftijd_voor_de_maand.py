import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon
from openfisca_samenloop.wetten.leeftijd import leeftijd_op


class leeftijd_voor_de_maand(Variable):
    value_type = int
    entity = Persoon
    definition_period = MONTH
    unit = "year"
    label = "Leeftijd op de laatste dag van de vorige maand (de leeftijd die vóór deze maand is bereikt)"
    reference = "https://wetten.overheid.nl/BWBR0022751/2026-01-01#Artikel2"
    documentation = (
        "Several toeslag rules test whether an age was reached in an earlier calendar month: Wet KGB art. 2 lid 1 "
        "(aanspraak 'tot en met de kalendermaand waarin het kind de leeftijd van 18 jaar bereikt': aanspraak in a month "
        "unless 18 was reached before it), art. 2 lid 3 and 5 (the 12- and 16-supplements 'met ingang van de "
        "kalendermaand na de maand waarin dat kind de leeftijd van 12 [16] jaar heeft bereikt'), and Wet op de "
        "zorgtoeslag art. 1 onder c (a verzekerde 'vanaf de eerste dag van de kalendermaand volgende op de maand waarin "
        "hij achttien jaar wordt'). 'Reached X before this month' is: age on the last day of the previous month >= X. "
        "`leeftijd` (age on the first day of the month) gives the same answer except for a birthday on the 1st of the "
        "month, where it is one month early; this variable is exact for every birth date. Derived from "
        "`geboortedatum`; when `leeftijd` was given in the situation and differs from the age derived from "
        "`geboortedatum` (so the day of birth is unknown), the given `leeftijd` of the month is used."
    )

    def formula(persoon, period):
        geboren = persoon("geboortedatum_getal", period)
        opgegeven = persoon("leeftijd", period)
        afgeleid_nu = leeftijd_op(geboren, period.start)
        afgeleid_voor = leeftijd_op(geboren, period.start.offset(-1, "day"))
        return np.where(opgegeven == afgeleid_nu, afgeleid_voor, opgegeven)
