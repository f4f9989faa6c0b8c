from openfisca_core.populations import ADD
from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class belastbaar_inkomen_werk_en_woning(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Belastbaar inkomen uit werk en woning (box 1) = verzamelinkomen in dit model"
    reference = "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Artikel3.1"
    documentation = (
        "Box-1 income of the year (Wet IB art. 3.1): the gross wages (`brutoloon`, summed over the months; vakantiegeld "
        "counts only if it is included in `brutoloon`), the gross AOW with the vakantie-uitkering accrued in the year "
        "(the SVB pays it in May; the accrual is used as the year's amount), and the gross taxable amount of bijstand "
        "and AIO (`belastbare_uitkering`, the net amount grossed up as the payer does). No deductions "
        "(hypotheekrente, persoonsgebonden aftrek) and no box 2/3 are modelled, so this is also the verzamelinkomen "
        "(art. 2.18) on which the AHK (from 2025) and the ouderenkorting phase out."
    )

    def formula(persoon, period):
        loon = persoon("brutoloon", period, options=[ADD])
        aow = persoon("aow", period, options=[ADD]) + persoon("aow_vakantie_uitkering", period, options=[ADD])
        uitkering = persoon("belastbare_uitkering", period, options=[ADD])
        return loon + aow + uitkering
