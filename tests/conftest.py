"""Lets plain `pytest` collect the YAML tests too (OpenFisca's plugin), without double collection under
`openfisca test`."""

from openfisca_core.tools.test_runner import OpenFiscaPlugin

from openfisca_samenloop import CountryTaxBenefitSystem


def pytest_configure(config):
    if any(isinstance(plugin, OpenFiscaPlugin) for plugin in config.pluginmanager.get_plugins()):
        return
    config.pluginmanager.register(OpenFiscaPlugin(CountryTaxBenefitSystem(), {}), name="openfisca_yaml")
