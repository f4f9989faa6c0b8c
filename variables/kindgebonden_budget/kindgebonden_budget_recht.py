from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin
from openfisca_samenloop.wetten.awir import maandbedrag_toeslag


class kindgebonden_budget_recht(Variable):
    value_type = float
    entity = Gezin
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Kindgebonden budget waarop het gezin recht heeft, per maand (incl. alleenstaande-ouderkop)"
    reference = "https://wetten.overheid.nl/BWBR0022751/2026-01-01#Artikel2"
    documentation = """
    The monthly kindgebonden budget the law gives (Dienst Toeslagen), whether or not it is claimed: the yearly
    aanspraak in this month's circumstances (`kindgebonden_budget_jaarbedrag`, Wet KGB art. 2, determined per
    calendar month, lid 11) after Awir art. 14 — rounded half up to whole euros (lid 4), not granted under €24
    (lid 5) — and divided into the monthly voorschot as Dienst Toeslagen pays it: one twelfth, rounded down to
    whole euros (shared helper `openfisca_samenloop.wetten.awir.maandbedrag_toeslag`, which documents the
    practice and the simplification of applying art. 14 to each month's yearly-equivalent amount).

    Wet KGB art. 4: the kindgebonden budget is disregarded for every other income- or asset-tested public benefit
    (bijstand, AIO, the other toeslagen): no other scheme may read this variable as income.
    """

    def formula(gezin, period, parameters):
        minimum = parameters(period.start).awir.minimum_tegemoetkoming
        return maandbedrag_toeslag(gezin("kindgebonden_budget_jaarbedrag", period), minimum)
