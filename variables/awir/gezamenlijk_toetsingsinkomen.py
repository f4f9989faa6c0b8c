from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class gezamenlijk_toetsingsinkomen(Variable):
    value_type = float
    entity = Gezin
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Gezamenlijk toetsingsinkomen van aanvrager en toeslagpartner (Awir art. 7 lid 1)"
    reference = "https://wetten.overheid.nl/BWBR0018472/2026-01-01#Artikel7"
    documentation = (
        "Awir art. 7 lid 1: the draagkracht is the toetsingsinkomen of the belanghebbende and that of his partner. "
        "The partner is the toeslagpartner of Awir art. 3 (spouse, registered partner, or a co-resident with a "
        "child together, a joint house, a pension registration, …); in this model that is the second member in "
        "the role `partner` of the gezin. Children's incomes do not count (for huurtoeslag the medebewoners are "
        "added by that scheme, Awir art. 7 lid 2). Composition is taken as it is in the situation; Awir art. 3 "
        "lid 3 (a partner for part of the year counts for the rest of the year) is not modelled."
    )

    def formula(gezin, period):
        return gezin.sum(gezin.members("toetsingsinkomen", period), role=Gezin.PARTNER)
