from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class heeft_recht_op_algemene_bijstand(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Heeft (als persoon) recht op algemene bijstand of AIO (Pw art. 11 en 13)"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel13"
    documentation = (
        "False when a ground of Pw art. 13 (or art. 11) takes the right away from this person: younger than 18 (art. "
        "13 lid 1 onder f); lawfully deprived of liberty (lid 1 onder a/b, `rechtens_vrijheid_ontnomen`); a stay "
        "abroad over the limit (lid 1 onder e, lid 4, `te_lang_buiten_nederland`); under 27 with a claim to "
        "studiefinanciering (lid 2 onder c 1°, `heeft_aanspraak_op_studiefinanciering`); any other ground "
        "(`geen_recht_op_algemene_bijstand_overig`). Means (art. 34 vermogen, income) are tested for the gezin, not "
        "here. Art. 11 lid 4: the right belongs to the spouses together unless one has none; then the other is the "
        "belanghebbende, with the norm of art. 24 (`norm_gehuwde_met_echtgenoot_zonder_recht`)."
    )

    def formula(persoon, period):
        return persoon("recht_op_algemene_bijstand_afgezien_van_buitenland", period) * ~persoon("te_lang_buiten_nederland", period)
