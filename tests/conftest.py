"""Lets plain `pytest` collect the YAML tests too (OpenFisca's plugin), without double collection under
`openfisca test`.

OpenFisca's own collector gives every test of a YAML file the same empty name, so all tests of one file
share one pytest node id: pytest's progress counter then stops short of 100 % and pytest-xdist cannot tell
them apart. Here each YAML test gets a node id of its own (`file.yaml::3`), so the count is honest and the
tests can run in parallel; the test itself runs exactly as under `openfisca test`.
"""

import yaml
from openfisca_core.tools.test_runner import Loader, OpenFiscaPlugin, YamlFile, YamlItem

from openfisca_samenloop import CountryTaxBenefitSystem


class _GenummerdeYamlFile(YamlFile):
    def collect(self):
        with open(self.path, encoding="utf-8") as bestand:
            tests = yaml.load(bestand, Loader=Loader)
        if not isinstance(tests, list):
            tests = [tests]
        for nummer, test in enumerate(tests, start=1):
            if not self.should_ignore(test):
                yield YamlItem.from_parent(
                    self,
                    name=str(nummer),
                    baseline_tax_benefit_system=self.tax_benefit_system,
                    test=test,
                    options=self.options,
                )


class _GenummerdePlugin(OpenFiscaPlugin):
    def pytest_collect_file(self, parent, file_path):
        if file_path.suffix in [".yaml", ".yml"]:
            return _GenummerdeYamlFile.from_parent(
                parent, path=file_path, tax_benefit_system=self.tax_benefit_system, options=self.options
            )
        return None


def pytest_configure(config):
    if any(isinstance(plugin, OpenFiscaPlugin) for plugin in config.pluginmanager.get_plugins()):
        return
    config.pluginmanager.register(_GenummerdePlugin(CountryTaxBenefitSystem(), {}), name="openfisca_yaml")
