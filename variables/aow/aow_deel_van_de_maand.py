from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon
from openfisca_samenloop.wetten.aow import deel_van_de_maand
from openfisca_samenloop.wetten.leeftijd import leeftijd_op


class aow_deel_van_de_maand(Variable):
    value_type = float
    entity = Persoon
    definition_period = MONTH
    unit = "/1"
    label = "Deel van de maand (kalenderdagen) waarin de AOW-leeftijd is bereikt"
    reference = "https://wetten.overheid.nl/BWBR0002221/2026-01-01#Artikel16"
    documentation = (
        "0 before the month in which the pensioengerechtigde leeftijd is reached, 1 from the next month, and in that "
        "month X/Y: X the calendar days from the day the age is reached, Y the days of the month. AOW art. 16 lid 1: "
        "the pension starts on the day the conditions are met; AOW art. 11 lid 2 prescribes this X/Y for the month "
        "of the AOW birthday. The SVB's own publication of how it pays that first part month was not found in any "
        "stored source; calendar days as in art. 11 lid 2 is the package's reading. The gross AOW of that month "
        "(`aow`, `aow_vakantie_uitkering`) is the monthly amount times this share, rounded to cents; the Pw norm of "
        "the month blends the norm under and at the AOW age by the same share (`aow_deel_van_de_maand_gezin`). "
        "When `leeftijd` is given instead of `geboortedatum` the day is unknown and the share is 0 or 1."
    )

    def formula(persoon, period, parameters):
        dit_jaar = parameters(period.start).aow.pensioengerechtigde_leeftijd
        vorig_jaar = parameters(period.start.offset(-1, "year")).aow.pensioengerechtigde_leeftijd
        geboren = persoon("geboortedatum", period)
        return deel_van_de_maand(
            geboren, persoon("leeftijd", period), leeftijd_op(geboren, period.start), period.start, dit_jaar, vorig_jaar
        )
