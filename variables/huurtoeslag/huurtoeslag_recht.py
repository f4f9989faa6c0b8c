import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Huishouden
from openfisca_samenloop.wetten.awir import MAANDEN_PER_JAAR, maandbedrag_toeslag


class huurtoeslag_recht(Variable):
    value_type = float
    entity = Huishouden
    definition_period = MONTH
    unit = "currency-EUR"
    label = "Huurtoeslag waarop het huishouden recht heeft, per maand"
    reference = "https://wetten.overheid.nl/BWBR0008659/2026-01-01#Artikel21"
    documentation = (
        "`huurtoeslag_berekend` when the conditions hold, else 0:\n"
        "- there is a huurder (aanvrager) who is meerderjarig, 18 or older (Wht art. 8) and a rent is paid;\n"
        "- the vermogen is within the grenzen (Awir art. 7 lid 3–4, `huurtoeslag_vermogenstoets`);\n"
        "- 2024–2025: the rekenhuur is not above the maximale huurgrens unless an exception of art. 13 lid 2 "
        "applies (`huurtoeslag_rekenhuur_boven_maximale_huurgrens_uitgesloten`).\n"
        "Then Awir art. 14 lid 4–5 through the shared helper `openfisca_samenloop.wetten.awir.maandbedrag_toeslag`: "
        "the month's amount as a yearly aanspraak (× 12), rounded to whole euros, nil under € 24 a year, and the "
        "monthly voorschot floor(jaarbedrag / 12) as Dienst Toeslagen pays it. Not modelled: BRP registration "
        "(art. 9), the kind of dwelling (art. 11), residence status (Awir art. 9), Ukrainian displaced persons "
        "(art. 10)."
    )

    def formula(huishouden, period, parameters):
        leden = huishouden.members
        minimumleeftijd = parameters(period.start).huurtoeslag.minimumleeftijd_huurder
        meerderjarige_aanvrager = huishouden.any(
            leden("huurtoeslag_aanvrager", period) & (leden("leeftijd", period) >= minimumleeftijd)
        )
        voorwaarden = (
            meerderjarige_aanvrager
            & (huishouden("huur", period) > 0)
            & huishouden("huurtoeslag_vermogenstoets", period)
            & ~huishouden("huurtoeslag_rekenhuur_boven_maximale_huurgrens_uitgesloten", period)
        )
        bedrag = np.where(voorwaarden, huishouden("huurtoeslag_berekend", period), 0)
        minimum = parameters(period.start).awir.minimum_tegemoetkoming
        return maandbedrag_toeslag(bedrag * MAANDEN_PER_JAAR, minimum)
