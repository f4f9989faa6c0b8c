"""openfisca-samenloop: the Dutch social minimum and the toeslagen as OpenFisca rules.

`CountryTaxBenefitSystem` is the rules floor: entities, the cited parameters in `parameters/` and the
formulas in `variables/`, with helpers in `wetten/` and reforms in `reforms/`. Above them: input in `invoer/`,
analyses in `analyse/` (they never reach into a formula), and the faces `rapport/` and `cli/`.
"""

import os

from openfisca_core.taxbenefitsystems import TaxBenefitSystem

from openfisca_samenloop import entities, verhuisd
from openfisca_samenloop.geldigheid import GeldigheidsBewaking

# Modules that moved into invoer/, analyse/, rapport/ and wetten/ stay importable by their old names.
verhuisd.registreer()

PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(PACKAGE_DIR)

# In a source checkout the top-level folders (reforms/, situations/) sit beside the package; make
# `openfisca_samenloop.reforms` importable there as it is in an installed copy.
if not os.path.isdir(os.path.join(PACKAGE_DIR, "reforms")) and os.path.isdir(os.path.join(REPO_ROOT, "reforms")):
    __path__.append(REPO_ROOT)


def locate(name: str) -> str:
    """Path of a top-level data folder (`parameters`, `variables`, `situations`, `reforms`)."""
    for base in (PACKAGE_DIR, REPO_ROOT):
        candidate = os.path.join(base, name)
        if os.path.isdir(candidate):
            return candidate
    raise FileNotFoundError(f"folder '{name}' not found beside {PACKAGE_DIR}")


class CountryTaxBenefitSystem(TaxBenefitSystem):
    """The Dutch rules: Participatiewet, AOW/AIO, toeslagen, kinderbijslag and box 1."""

    CURRENCY = "€"

    def __init__(self):
        super().__init__(entities.entities)
        self.add_variables_from_directory(locate("variables"))
        self.load_parameters(locate("parameters"))
        self.geldigheid = GeldigheidsBewaking(self.parameters)

    def get_parameters_at_instant(self, instant):
        self.geldigheid.controleer(instant)
        return super().get_parameters_at_instant(instant)


__all__ = ["CountryTaxBenefitSystem", "entities", "locate"]
