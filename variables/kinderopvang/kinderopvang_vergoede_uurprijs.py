import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon
from openfisca_samenloop.wetten.kinderopvang import KinderopvangSoort


class kinderopvang_vergoede_uurprijs(Variable):
    value_type = float
    entity = Persoon
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Uurprijs die voor de toeslag in aanmerking wordt genomen"
    reference = "https://wetten.overheid.nl/BWBR0017321/2026-01-01#Artikel4"
    documentation = (
        "The price per hour charged, at most the maximum uurprijs of the kind of opvang (Wet kinderopvang art. 1.7 "
        "lid 2; Besluit kinderopvangtoeslag art. 4 lid 1; parameter kinderopvang.maximum_uurprijs). The part of "
        "the price above the maximum is paid by the parents without toeslag."
    )

    def formula(persoon, period, parameters):
        maximum = parameters(period.start).kinderopvang.maximum_uurprijs
        soort = persoon("kinderopvang_soort", period)
        max_prijs = np.select(
            [soort == KinderopvangSoort.dagopvang, soort == KinderopvangSoort.buitenschoolse_opvang],
            [maximum.dagopvang, maximum.buitenschoolse_opvang],
            default=maximum.gastouderopvang,
        )
        return np.clip(persoon("kinderopvang_uurprijs", period), 0, max_prijs)
