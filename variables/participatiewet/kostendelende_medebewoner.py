from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class kostendelende_medebewoner(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Telt als kostendelende medebewoner voor een ander gezin in de woning (Pw art. 19a)"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel19a"
    documentation = (
        "Pw art. 19a lid 1: a person of 27 or older with his main residence in the same dwelling who is not the "
        "belanghebbende's spouse (handled in `aantal_kostendelende_medebewoners`, which only counts people outside the "
        "claimant's own partners), not a commercial huurder/kostganger (`is_commerciele_huurder`) and not in education "
        "with studiefinanciering, WTOS or BBL (`ontvangt_studiefinanciering`). The dwelling is the `huishouden`."
    )

    def formula(persoon, period, parameters):
        p = parameters(period.start).participatiewet.kostendelersnorm
        return (
            (persoon("leeftijd", period) >= p.minimumleeftijd_medebewoner)
            * ~persoon("ontvangt_studiefinanciering", period)
            * ~persoon("is_commerciele_huurder", period)
        )

