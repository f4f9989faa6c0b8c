import numpy as np
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Huishouden

# Same threshold as aantal_regelingen (float32 amounts): paid from half a cent.
DREMPEL = 0.005


class aantal_instanties(Variable):
    value_type = int
    entity = Huishouden
    definition_period = MONTH
    unit = "/1"
    label = "Aantal instanties die die regelingen betalen"
    reference = "https://www.belastingdienst.nl/wps/wcm/connect/bldcontentnl/belastingdienst/prive/toeslagen/hoe_werken_toeslagen/uitbetaling_toeslagen/berekening/wat_is_een_voorschotbeschikking"
    documentation = """
    The number of distinct organisations (gemeente, SVB, Dienst Toeslagen, …) that pay the schemes counted by
    `aantal_regelingen` in the month. The paying organisation of each scheme is the value of the parameter
    `samenloop.uitvoerder.<scheme>` (cited there). Employers do not count; the Belastingdienst does not count
    for the loonheffing.

    Four toeslagen from Dienst Toeslagen are one organisation (one voorschotbeschikking for all toeslagen,
    each paid separately: that is the reference); bijstand for two gezinnen in one dwelling is one gemeente.
    A scheme counts as paying under the same rule as in `aantal_regelingen` (amount > 0 in the month for
    some bewoner; what is paid, after take-up).
    """

    def formula(huishouden, period, parameters):
        uitvoerders = parameters(period).samenloop.uitvoerder
        variabelen = huishouden.simulation.tax_benefit_system.variables
        per_instantie = {}
        for naam in uitvoerders:
            entiteit = variabelen[naam].entity.key
            if entiteit == "huishouden":
                ontvangt = huishouden(naam, period) > DREMPEL
            elif entiteit == "persoon":
                ontvangt = huishouden.any(huishouden.members(naam, period) > DREMPEL)
            else:
                ontvangt = huishouden.any(getattr(huishouden.members, entiteit)(naam, period) > DREMPEL)
            instantie = str(uitvoerders[naam])
            per_instantie[instantie] = per_instantie.get(instantie, np.zeros(huishouden.count, dtype=bool)) | ontvangt
        totaal = np.zeros(huishouden.count, dtype=np.int32)
        for ontvangt in per_instantie.values():
            totaal = totaal + ontvangt
        return totaal
