import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class kinderopvang_vergoede_uren(Variable):
    value_type = float
    entity = Persoon
    definition_period = MONTH
    unit = "hour"
    label = "Uren kinderopvang die voor de toeslag in aanmerking worden genomen"
    reference = "https://wetten.overheid.nl/BWBR0017017/2026-01-01#Artikel1.7"
    documentation = (
        "The hours of `kinderopvang_uren`, at most 230 a month per child (Wet kinderopvang art. 1.7 lid 4 with the "
        "maximum of the Besluit; parameter kinderopvang.maximum_uren_per_maand), for a child whose opvang counts "
        "(`kinderopvang_kind_komt_in_aanmerking`), else 0. Since 2023 the hours are no longer tied to the hours "
        "the parents work, so no such link is modelled."
    )

    def formula(persoon, period, parameters):
        maximum = parameters(period.start).kinderopvang.maximum_uren_per_maand
        uren = np.clip(persoon("kinderopvang_uren", period), 0, maximum)
        return np.where(persoon("kinderopvang_kind_komt_in_aanmerking", period), uren, 0)
