from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class kinderopvangtoeslag_onbevestigd(Variable):
    value_type = bool
    entity = Gezin
    definition_period = MONTH
    label = "De kinderopvangtoeslag van het gezin hangt af van een niet-bevestigde rij van de kinderopvangtoeslagtabel"
    reference = "https://wetten.overheid.nl/BWBR0017321/2026-01-01#Artikel6"
    documentation = (
        "True when `kinderopvangtoeslag_recht` is above 0 and a child's percentage comes from a row whose status is "
        "not `bevestigd` (`kinderopvangtoeslag_percentage_onbevestigd`). For faces (simuleer, the report) to mark "
        "the amount as unconfirmed."
    )

    def formula(gezin, period):
        kind = gezin.any(gezin.members("kinderopvangtoeslag_percentage_onbevestigd", period), role=Gezin.KIND)
        return kind * (gezin("kinderopvangtoeslag_recht", period) > 0)
