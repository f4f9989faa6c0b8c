import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Huishouden

# An amount counts as paid from half a cent: OpenFisca amounts are float32, so a scheme that phases out to
# exactly zero may leave a few micro-euros after subtraction.
DREMPEL = 0.005


def ontvangt_per_regeling(huishouden, period, parameters):
    """{scheme: bool array per huishouden}: does any bewoner receive the scheme in the month?

    The schemes are the children of the parameter node `samenloop.uitvoerder`; each child's name is the
    variable holding the scheme's monthly amount (persoon, gezin or huishouden), so a reform that adds a
    scheme there (with its paying organisation) is counted without touching this formula.
    """
    uitvoerders = parameters(period).samenloop.uitvoerder
    variabelen = huishouden.simulation.tax_benefit_system.variables
    resultaat = {}
    for naam in uitvoerders:
        entiteit = variabelen[naam].entity.key
        if entiteit == "huishouden":
            resultaat[naam] = huishouden(naam, period) > DREMPEL
        elif entiteit == "persoon":
            resultaat[naam] = huishouden.any(huishouden.members(naam, period) > DREMPEL)
        else:
            # A gezin amount seen by each of its members; any bewoner whose gezin receives it counts.
            per_lid = getattr(huishouden.members, entiteit)(naam, period)
            resultaat[naam] = huishouden.any(per_lid > DREMPEL)
    return resultaat


class aantal_regelingen(Variable):
    value_type = int
    entity = Huishouden
    definition_period = MONTH
    unit = "/1"
    label = "Aantal regelingen die de bewoners deze maand iets betalen"
    reference = "https://www.svb.nl/nl/kinderbijslag/extra-betaling/kindgebonden-budget"
    documentation = """
    The number of distinct schemes (bijstand, AIO, AOW, zorgtoeslag, huurtoeslag, kindgebonden budget,
    kinderopvangtoeslag, kinderbijslag) of which some bewoner of the dwelling receives an amount > 0 in the
    month. The list of schemes and the variable holding each scheme's monthly amount are the children of the
    parameter `samenloop.uitvoerder` (this floor never reads the analysis registry; a test checks that both
    agree).

    How it counts, and why:
    - A scheme counts once per huishouden, also when two gezinnen in the dwelling each receive it (two
      bijstand-gezinnen are one scheme, at one gemeente).
    - Schemes are counted in every month for which they give an amount (accrual), also when they are paid
      per quarter (kinderbijslag: `kinderbijslag` is the monthly amount; the SVB pays it after the quarter)
      or when the yearly vakantietoeslag of bijstand/AOW is paid in May/June. Payments per year, by rhythm,
      are counted by the samenloop scorecard (openfisca_samenloop.analyse.samenloop), not here.
    - Wages (the employer) and the loonheffing/inkomstenbelasting are not schemes that pay the household.
      The heffingskortingen are taken into account through the loonheffing and are not counted; a
      voorlopige teruggaaf by the Belastingdienst is not modelled as a payment.
    - Take-up: what is counted is what is paid (`zorgtoeslag`, not `zorgtoeslag_recht`), so a household that
      does not take up a toeslag does not count it.
    The reference is the SVB's page that shows kinderbijslag and kindgebonden budget as two separate
    payments from two organisations; the schemes themselves are cited in `samenloop.uitvoerder`.
    """

    def formula(huishouden, period, parameters):
        ontvangt = ontvangt_per_regeling(huishouden, period, parameters)
        totaal = np.zeros(huishouden.count, dtype=np.int32)
        for waarden in ontvangt.values():
            totaal = totaal + waarden
        return totaal
