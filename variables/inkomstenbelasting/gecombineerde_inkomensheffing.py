from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon
from openfisca_samenloop.wetten.inkomstenbelasting import (
    belasting_box1, geboren_voor, ib_parameters, premie_volksverzekeringen,
)


class gecombineerde_inkomensheffing(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Belasting box 1 plus premie volksverzekeringen, vóór heffingskortingen"
    reference = "https://wetten.overheid.nl/BWBR0011353/2026-01-01#Artikel2.10"
    documentation = (
        "Art. 8.1 onder b: the tax of art. 2.10 (born before 1946: art. 2.10a, with the longer first bracket) on "
        "`belastbaar_inkomen_werk_en_woning`, using the table's column-III amounts, plus the premies AOW, Anw and Wlz "
        "(Wfsv art. 10) on the premie-inkomen up to the first bracket limit (Wfsv art. 8 lid 3); the AOW premium only "
        "for `premieplichtig_aow_fractie` of the year. Together these give the published combined rates (e.g. 2026: "
        "35,75 % / 37,56 % / 49,50 %; at AOW-age 17,85 % in the first bracket)."
    )

    def formula(persoon, period, parameters):
        ib = ib_parameters(parameters, period)
        inkomen = persoon("belastbaar_inkomen_werk_en_woning", period)
        oud = geboren_voor(persoon("geboortedatum", period), 1946)
        fractie = persoon("premieplichtig_aow_fractie", period)
        return belasting_box1(inkomen, ib.tarief_box1, oud) + premie_volksverzekeringen(inkomen, ib, oud, fractie)
