from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class recht_op_algemene_bijstand_afgezien_van_buitenland(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Recht op algemene bijstand op alle gronden van Pw art. 11 en 13 behalve het verblijf in het buitenland"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel13"
    documentation = (
        "`heeft_recht_op_algemene_bijstand` before the stay-abroad test (art. 13 lid 1 onder e, lid 4): not younger "
        "than 18 (lid 1 onder f), not `rechtens_vrijheid_ontnomen` (onder a/b), not under 27 with "
        "`heeft_aanspraak_op_studiefinanciering` (lid 2 onder c 1°), not `geen_recht_op_algemene_bijstand_overig`. "
        "Kept apart so that an analysis that lifts the abroad limit of a gezin (the hardship designs, through "
        "`verblijft_te_lang_buiten_nederland`) can still see the other grounds."
    )

    def formula(persoon, period, parameters):
        pw = parameters(period.start).participatiewet
        leeftijd = persoon("leeftijd", period)
        student = (leeftijd < pw.leeftijdsgrenzen.studie_zonder_recht) * persoon("heeft_aanspraak_op_studiefinanciering", period)
        return (
            (leeftijd >= pw.leeftijdsgrenzen.minimumleeftijd)
            * ~persoon("rechtens_vrijheid_ontnomen", period)
            * ~student
            * ~persoon("geen_recht_op_algemene_bijstand_overig", period)
        )
