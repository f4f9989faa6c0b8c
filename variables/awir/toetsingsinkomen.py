from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class toetsingsinkomen(Variable):
    value_type = float
    entity = Persoon
    definition_period = YEAR
    unit = "currency-EUR"
    label = "Toetsingsinkomen (Awir art. 8): het verzamelinkomen van de persoon"
    reference = "https://wetten.overheid.nl/BWBR0018472/2026-01-01#Artikel8"
    documentation = (
        "Awir art. 8 lid 1: 'Toetsingsinkomen is: het op het berekeningsjaar betrekking hebbende inkomensgegeven', "
        "which for a person filing or assessed for income tax is the verzamelinkomen (Wet IB art. 2.18; Awir "
        "art. 2 onder j). In this model box 1 consists of:\n"
        "- wages: `brutoloon`, summed over the 12 months;\n"
        "- the AOW: `aow` plus `aow_vakantie_uitkering` (both gross), summed over the months;\n"
        "- the taxable uitkeringen bijstand and AIO, grossed up by the paying gemeente or SVB (`belastbare_uitkering`, summed over the months).\n"
        "Never counted: toeslagen (zorgtoeslag, huurtoeslag, kinderopvangtoeslag — tax-free), kinderbijslag (Wet IB "
        "art. 3.104) and the kindgebonden budget (not taxable; Wet KGB art. 4: not income for other schemes). "
        "Box 2/3 income, deductions (aftrekposten) and the 'inkomensgegeven' of someone without a tax return "
        "(belastbaar loon) are not modelled; with only wages and uitkeringen the belastbaar loon equals the "
        "amounts above. Settable: a value given in a situation replaces the formula. Schemes add the partner's "
        "(and for huurtoeslag the medebewoners') toetsingsinkomen themselves (`gezamenlijk_toetsingsinkomen`)."
    )

    def formula(persoon, period):
        # No deductions or box 2/3 are modelled, so the verzamelinkomen is the box-1 income of the tax rules.
        return persoon("belastbaar_inkomen_werk_en_woning", period)
