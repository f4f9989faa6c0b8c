from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin, Persoon
from openfisca_samenloop.wetten.kinderen import eerste_maand_van_kwartaal, geboren_op_of_voor, geboren_voor


class aanspraak_kindgebonden_budget_kind(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Dit kind geeft in deze maand aanspraak op kindgebonden budget"
    reference = "https://wetten.overheid.nl/BWBR0022751/2026-01-01#Artikel2"
    documentation = """
    Wet KGB art. 2 lid 1: the ouder has aanspraak for a child for whom kinderbijslag is paid to that ouder (or would
    be, but for the schooling condition of AKW art. 7 lid 2), "met dien verstande dat de aanspraak ... bestaat met
    ingang van de kalendermaand na de maand waarin het kind is geboren ... tot en met de kalendermaand waarin het
    kind de leeftijd van 18 jaar bereikt".

    So a child counts in a month when
    - kinderbijslag exists for it over the quarter containing the month (`recht_op_kinderbijslag`, the link of
      lid 1), or it was born in this quarter before this month (the KGB starts the month after birth, the
      kinderbijslag only the next quarter);
    - it was born before this month (`geboortedatum`), and
    - it has not reached 18 before this month: `leeftijd_voor_de_maand` (age on the last day of the previous
      month) is under 18.

    Month of the 18th birthday: the child still counts in the month in which it turns 18, whatever the day,
    as the law says; `leeftijd_voor_de_maand` is exact also for a birthday on the 1st of the month (audit fix: the
    earlier test on `leeftijd`, the age on the first day of the month, stopped one month early for those children).

    The AKW condition that the child is under 18 on the first day of the quarter is implied: a child under 18 in a
    month was under 18 on the first day of its quarter.
    """

    def formula(persoon, period):
        eerste_maand = eerste_maand_van_kwartaal(period)
        is_kind = persoon.has_role(Gezin.KIND)
        kinderbijslag = persoon("recht_op_kinderbijslag", period)
        pasgeboren = is_kind * ~geboren_op_of_voor(persoon, eerste_maand)
        geboren = geboren_voor(persoon, period)
        onder_18 = persoon("leeftijd_voor_de_maand", period) < 18
        return (kinderbijslag + pasgeboren) * geboren * onder_18
