import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class in_aanmerking_te_nemen_inkomen(Variable):
    value_type = float
    entity = Gezin
    definition_period = MONTH
    unit = "currency-EUR"
    label = "In aanmerking te nemen inkomen van de bijstand en AIO (Pw art. 31-33), per maand"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel32"
    documentation = (
        "Sum over the partners of: `nettoloon` minus `inkomstenvrijlating`, `netto_aow` (incl. the accrued "
        "vakantie-uitkering, like the norm incl. vakantietoeslag), `overig_netto_inkomen`; plus "
        "`in_aanmerking_te_nemen_schenkingen`. (A teruggaaf of unused loonheffingskorting also counts, art. 31 lid 1: "
        "see `in_aanmerking_te_nemen_teruggaaf`, subtracted in `algemene_bijstand`.) Never counted (art. 31 lid 2): kinderbijslag (onder b), toeslagen of the "
        "Awir (onder d: zorgtoeslag, huurtoeslag, kindgebonden budget, kinderopvangtoeslag; Wet KGB art. 4), and the "
        "income of children (onder h): these variables are simply not read. Not modelled: the heffingskorting a "
        "non-earning partner receives (art. 31 lid 1, last sentence) and the particuliere-oudedagsvoorziening "
        "vrijlating of art. 33 lid 5."
    )

    def formula(gezin, period):
        persoon = gezin.members
        arbeid = np.maximum(persoon("nettoloon", period), 0) - persoon("inkomstenvrijlating", period)
        overig = persoon("netto_aow", period) + persoon("overig_netto_inkomen", period)
        return gezin.sum(arbeid + overig, role=Gezin.PARTNER) + gezin("in_aanmerking_te_nemen_schenkingen", period)
