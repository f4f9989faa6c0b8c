from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class loonheffingskorting_bij_loon(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "De werkgever past de loonheffingskorting toe"
    reference = "https://wetten.overheid.nl/BWBR0002471/2026-01-01#Artikel22"
    documentation = (
        "The loonheffingskorting may be applied by one payer at a time (Wet LB art. 22, 23). Rule chosen: the payer of "
        "the highest income applies it — the employer when the annualised wage (brutoloon × 12) is at "
        "least the annualised AOW incl. vakantie-uitkering, otherwise the SVB on the AOW "
        "(`loonheffingskorting_bij_aow`); with neither, the payer of bijstand/AIO applies it (see "
        "`belastbare_uitkering`). Simplification: a person chooses the payer with a form (Wet LB art. 23); the model "
        "takes the employer as soon as there is a wage. That choice matters beyond the month: the arbeidskorting then "
        "reaches the net wage (which the bijstand counts), and the gemeente then grosses up the bijstand without the "
        "korting, which raises the toetsingsinkomen of the toeslagen (a real effect of the brutering, visible as a "
        "step when a bijstand client starts to work). The yearly total is settled by `ib_verrekening` whichever "
        "payer applies it; a teruggaaf is not counted as middelen for the bijstand (not modelled)."
    )

    def formula(persoon, period):
        loon = persoon("brutoloon", period) * 12
        aow = (persoon("aow", period) + persoon("aow_vakantie_uitkering", period)) * 12
        return (loon > 0) & (loon >= aow)


class loonheffingskorting_bij_aow(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "De SVB past de loonheffingskorting toe op de AOW"
    reference = "https://wetten.overheid.nl/BWBR0002471/2026-01-01#Artikel22"
    documentation = "True when the person has AOW and the employer does not apply the korting (see `loonheffingskorting_bij_loon`)."

    def formula(persoon, period):
        return (persoon("aow", period) > 0) & ~persoon("loonheffingskorting_bij_loon", period)
