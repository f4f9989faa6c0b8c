from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class kinderopvang_kosten(Variable):
    value_type = float
    entity = Persoon
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Kosten van kinderopvang van dit kind (grondslag kinderopvangtoeslag)"
    reference = "https://wetten.overheid.nl/BWBR0017321/2026-01-01#Artikel1"
    documentation = (
        "Besluit kinderopvangtoeslag art. 1 onder d: 'het aantal uren kinderopvang per kind, vermenigvuldigd met de "
        "voor die kinderopvang te betalen prijs, met inachtneming van het bedrag, bedoeld in artikel 1.7, tweede lid, "
        "van de wet' = `kinderopvang_vergoede_uren` x `kinderopvang_vergoede_uurprijs`, per month (art. 2: the "
        "toeslag is set for each calendar month separately). Not rounded."
    )

    def formula(persoon, period):
        return persoon("kinderopvang_vergoede_uren", period) * persoon("kinderopvang_vergoede_uurprijs", period)
