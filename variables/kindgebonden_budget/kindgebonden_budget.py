from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class kindgebonden_budget(Variable):
    value_type = float
    entity = Gezin
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Kindgebonden budget per maand"
    reference = "https://wetten.overheid.nl/BWBR0022751/2026-01-01#Artikel4"
    documentation = """
    The kindgebonden budget paid to the gezin in the month (Dienst Toeslagen, Wet op het kindgebonden budget),
    including the alleenstaande-ouderkop: `kindgebonden_budget_recht` when the household claims it
    (`neemt_kindgebonden_budget_af`, default True), else 0.

    Wet KGB art. 4: "Het kindgebonden budget blijft buiten beschouwing bij de verlening van andere op het inkomen of
    vermogen afgestemde publiekrechtelijke uitkeringen en verstrekkingen." It is not income for the bijstand or the
    AIO, nor part of the toetsingsinkomen of any toeslag; it only enters the household's besteedbaar_inkomen.
    """

    def formula(gezin, period):
        return gezin("kindgebonden_budget_recht", period) * gezin("neemt_kindgebonden_budget_af", period)
