import datetime

from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class begin_tijdlijn(Variable):
    value_type = datetime.date
    default_value = datetime.date(2100, 1, 1)
    entity = Gezin
    definition_period = ETERNITY
    label = "Eerste maand van de geschiedenis van het gezin in deze berekening (tijdlijn)"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel31"
    documentation = (
        "Input (a date; its month counts). From this month on, the state variables carry over from month to month "
        "with `period.last_month`: whether the gezin received bijstand (`ontving_bijstand_vorige_maand`), the months "
        "of the inkomstenvrijlating (`maanden_inkomstenvrijlating`) and the debt from terugvordering and boete "
        "(`bijstand_schuld`). Before it (and before 2024-01) they take their input or default: the base case of the "
        "chain. The default (2100) means no history: each month is judged on its own inputs, as a one-month "
        "`simuleer` always did. `samenloop tijdlijn` sets it to the first month shown."
    )
