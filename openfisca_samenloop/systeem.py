"""The baseline tax-benefit system, built once per process."""

import functools

from openfisca_samenloop import CountryTaxBenefitSystem


@functools.lru_cache(maxsize=1)
def basissysteem() -> CountryTaxBenefitSystem:
    """The baseline CountryTaxBenefitSystem (cached: building it parses every parameter file)."""
    return CountryTaxBenefitSystem()
