from openfisca_core.populations import ADD
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class ib_verrekening(Variable):
    value_type = float
    entity = Persoon
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Maandelijks deel van de jaarlijkse verrekening van inkomstenbelasting met de loonheffing (+ = teruggaaf)"
    reference = "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Artikel9.2"
    documentation = (
        "One twelfth of the year's settlement: all loonheffing withheld in the year (on wage and AOW, `loonheffing`, "
        "and on the grossed-up bijstand/AIO, `loonheffing_uitkering`, Wet IB art. 9.2 voorheffingen) minus the final "
        "`inkomstenbelasting`, plus the `uitbetaling_algemene_heffingskorting`. Sign: positive = the person receives "
        "money back (teruggaaf), negative = pays extra (aanslag). Adding it to the monthly net income makes net "
        "income over the year equal to gross income minus the final tax. Rhythm: the Belastingdienst settles this "
        "after the year — aangifte in the spring of the next year, aanslag or teruggaaf within months (a voorlopige "
        "teruggaaf can pay it monthly during the year, as it usually does for the AHK uitbetaling); an aanslag below "
        "€ 58 is not imposed (art. 9.4) — not modelled. Shown here as the monthly amount it is worth."
    )

    def formula(persoon, period):
        jaar = period.this_year
        ingehouden = persoon("loonheffing", jaar, options=[ADD]) + persoon("loonheffing_uitkering", jaar, options=[ADD])
        saldo = ingehouden - persoon("inkomstenbelasting", jaar) + persoon("uitbetaling_algemene_heffingskorting", jaar)
        return saldo / 12
