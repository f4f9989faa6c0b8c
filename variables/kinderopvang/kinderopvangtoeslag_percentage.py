import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin, Persoon


class kinderopvangtoeslag_percentage(Variable):
    value_type = float
    entity = Persoon
    definition_period = MONTH
    unit = "/1"
    label = "Percentage van de kosten van kinderopvang dat voor dit kind wordt vergoed"
    reference = "https://wetten.overheid.nl/BWBR0017321/2026-01-01#Artikel6"
    documentation = (
        "Besluit kinderopvangtoeslag art. 6 with bijlage I: the row of the kinderopvangtoeslagtabel in which the "
        "gezamenlijk toetsingsinkomen of the year falls gives one percentage for the first child "
        "(`is_eerste_kind_kinderopvang`, parameter kinderopvang.percentage_eerste_kind) and one for every next child "
        "(kinderopvang.percentage_volgend_kind). A row runs from its threshold up to the next row's threshold minus "
        "EUR 1. The income is the Awir gezamenlijk toetsingsinkomen (Awir art. 7 lid 1) of the calendar year: "
        "`gezamenlijk_toetsingsinkomen` when the Awir module provides it, else the sum of `toetsingsinkomen` of the "
        "partners. 0 for a person whose opvang does not count. The table values are not all confirmed: see the "
        "parameter metadata."
    )

    def formula(persoon, period, parameters):
        gezin = persoon.simulation.populations["gezin"]
        if "gezamenlijk_toetsingsinkomen" in persoon.simulation.tax_benefit_system.variables:
            inkomen_gezin = gezin("gezamenlijk_toetsingsinkomen", period.this_year)
        else:
            inkomen_gezin = gezin.sum(persoon("toetsingsinkomen", period.this_year), role=Gezin.PARTNER)
        inkomen = gezin.project(inkomen_gezin)
        p = parameters(period.start).kinderopvang
        eerste = p.percentage_eerste_kind.calc(inkomen)
        volgend = p.percentage_volgend_kind.calc(inkomen)
        percentage = np.where(persoon("is_eerste_kind_kinderopvang", period), eerste, volgend)
        return np.where(persoon("kinderopvang_kind_komt_in_aanmerking", period), percentage, 0)
