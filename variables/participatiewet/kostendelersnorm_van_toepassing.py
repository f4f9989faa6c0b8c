from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin


class kostendelersnorm_van_toepassing(Variable):
    value_type = bool
    entity = Gezin
    definition_period = MONTH
    label = "De kostendelersnorm (Pw art. 22a) is van toepassing"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel22a"
    documentation = (
        "Art. 22a lid 1 applies when a belanghebbende of 21 or older has one or more kostendelende medebewoners. It does "
        "not apply when the college leaves it aside under art. 18 lid 1 (`kostendelersnorm_buiten_toepassing`), nor, from "
        "1 January 2026, when a partner temporarily lives elsewhere to give mantelzorg (art. 22a lid 4, "
        "`verblijft_tijdelijk_voor_mantelzorg`). The norm applies at the AOW age as well (B per art. 22a lid 1 onder b/c)."
    )

    def formula(gezin, period, parameters):
        p = parameters(period.start).participatiewet.kostendelersnorm
        persoon = gezin.members
        oudste = gezin.max(persoon("leeftijd", period), role=Gezin.PARTNER)
        mantelzorg = gezin.any(persoon("verblijft_tijdelijk_voor_mantelzorg", period), role=Gezin.PARTNER)
        mantelzorg_uitgezonderd = mantelzorg * bool(p.uitzondering_mantelzorg)
        return (
            (gezin("aantal_kostendelende_medebewoners", period) > 0)
            * (oudste >= p.minimumleeftijd_belanghebbende)
            * ~gezin("kostendelersnorm_buiten_toepassing", period)
            * ~mantelzorg_uitgezonderd
        )
