import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon
from openfisca_samenloop.wetten.kinderen import eerste_maand_van_kwartaal


class kinderbijslag_kwartaalbedrag_kind(Variable):
    value_type = float
    entity = Persoon
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Kinderbijslag voor dit kind over het kalenderkwartaal waarin de maand valt"
    reference = "https://wetten.overheid.nl/BWBR0002368/2026-01-01#Artikel12"
    documentation = """
    AKW art. 12 lid 3: the amount over a calendar quarter for a child that, on the first day of that quarter, is
    younger than 6 / 6 or older but younger than 12 / 12 or older but younger than 18. The amounts are those in
    force on the first day of the quarter: the basisbedrag is indexed on 1 January and 1 July (art. 13 lid 4),
    which are both quarter starts, so a quarter never straddles two amounts.

    Every month of the quarter carries the full quarterly amount; `kinderbijslag` divides it by three.
    """

    def formula(persoon, period, parameters):
        eerste_maand = eerste_maand_van_kwartaal(period)
        bedragen = parameters(eerste_maand.start).akw.kinderbijslag_per_kwartaal
        leeftijd = persoon("leeftijd", eerste_maand)
        bedrag = np.select(
            [leeftijd < 6, leeftijd < 12],
            [bedragen.jonger_dan_6, bedragen.van_6_tot_12],
            bedragen.van_12_tot_18,
        )
        return persoon("recht_op_kinderbijslag", period) * bedrag
