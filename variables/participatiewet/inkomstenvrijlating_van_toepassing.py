import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class inkomstenvrijlating_van_toepassing(Variable):
    value_type = bool
    entity = Gezin
    definition_period = MONTH
    label = "De inkomstenvrijlating van Pw art. 31 lid 2 onder n, r, y (en art. 34a) kan gelden: het gezin ontvangt bijstand"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel31"
    documentation = (
        "Art. 31 lid 2 onder n leaves part of the income from work out of the means 'voor zover hij algemene bijstand "
        "ontvangt'; it serves outflow from bijstand (CRvB 24 augustus 2021, ECLI:NL:CRVB:2021:2146, 'vaste rechtspraak "
        "dat deze vrijlating is bedoeld voor uitstroom uit de bijstand'). So it applies (1) to a gezin that was already "
        "in bijstand the month before (`ontving_bijstand_vorige_maand`): then the vrijlating is deducted first and the "
        "right continues as long as the rest stays under the norm (same ruling); (2) to an applicant whose income "
        "without any vrijlating is already below the norm, so that bijstand is granted and the vrijlating applies to "
        "the bijstand received. It does not apply to an applicant whose income without vrijlating reaches the norm: "
        "such a person has no right to bijstand, and the vrijlating cannot create one. The income without vrijlating "
        "is the same sum as `in_aanmerking_te_nemen_inkomen` before the vrijlating (net wage, net AOW, other net "
        "income, counted gifts)."
    )

    def formula(gezin, period):
        persoon = gezin.members
        zonder_vrijlating = gezin.sum(
            np.maximum(persoon("nettoloon", period), 0) + persoon("netto_aow", period)
            + persoon("overig_netto_inkomen", period),
            role=Gezin.PARTNER,
        ) + gezin("in_aanmerking_te_nemen_schenkingen", period)
        recht_zonder_vrijlating = gezin("bijstandsnorm", period) > zonder_vrijlating
        # Only look back when it can matter: the chain of earlier months is computed only for a population in which
        # some gezin has no right without the vrijlating.
        if recht_zonder_vrijlating.all():
            return recht_zonder_vrijlating
        return recht_zonder_vrijlating + gezin("ontving_bijstand_vorige_maand", period)
