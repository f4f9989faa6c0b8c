import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin, Persoon


class loonheffingskorting_bij_loon(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "De werkgever past de loonheffingskorting toe"
    reference = "https://wetten.overheid.nl/BWBR0002471/2026-01-01#Artikel22"
    documentation = (
        "The loonheffingskorting may be applied by one payer at a time (Wet LB art. 22, 23). Rule chosen: the payer of "
        "the main income applies it — the employer when the wage is at least the AOW incl. vakantie-uitkering and, "
        "for someone who can get bijstand (no vermogen above the grens), at least their share of the gezin's "
        "bijstandsnorm; otherwise the SVB on the AOW (`loonheffingskorting_bij_aow`) or the gemeente on the "
        "bijstand (see `belastbare_uitkering`). Comparing with the norm rather than with the bijstand paid keeps the "
        "rule free of a cycle (bijstand counts the net wage) and avoids a false jump in the toetsingsinkomen when a "
        "bijstand client starts a small part-time job: the gemeente keeps applying the korting, as is usual while "
        "the bijstand is the main income. The yearly total is settled by `ib_verrekening` whichever payer applies it."
    )

    def formula(persoon, period):
        loon = persoon("brutoloon", period)
        aow = persoon("aow", period) + persoon("aow_vakantie_uitkering", period)
        aantal_partners = np.maximum(persoon.gezin.nb_persons(Gezin.PARTNER), 1)
        kan_bijstand = ~persoon.gezin("heeft_in_aanmerking_te_nemen_vermogen", period) & persoon.has_role(Gezin.PARTNER)
        norm_aandeel = np.where(kan_bijstand, persoon.gezin("bijstandsnorm", period) / aantal_partners, 0)
        return (loon > 0) & (loon >= aow) & (loon >= norm_aandeel)


class loonheffingskorting_bij_aow(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "De SVB past de loonheffingskorting toe op de AOW"
    reference = "https://wetten.overheid.nl/BWBR0002471/2026-01-01#Artikel22"
    documentation = "True when the person has AOW and the employer does not apply the korting (see `loonheffingskorting_bij_loon`)."

    def formula(persoon, period):
        return (persoon("aow", period) > 0) & ~persoon("loonheffingskorting_bij_loon", period)
