"""Legal truth first: every parameter value is cited and has a unit; every file says until when it holds."""

import datetime
import os

import pytest
import yaml

from openfisca_samenloop import CountryTaxBenefitSystem, locate

STATUSSEN = {"bevestigd", "afgeleid", "onbevestigd"}
PARAMETERS = locate("parameters")


def parameter_files():
    for root, _, files in os.walk(PARAMETERS):
        for name in sorted(files):
            if name.endswith(".yaml") and name != "index.yaml":
                yield os.path.relpath(os.path.join(root, name), PARAMETERS)


def values_in(node, path):
    """(path, date, value-dict) for every dated value of every leaf parameter or scale in a file."""
    if not isinstance(node, dict):
        return
    if "values" in node:
        for date, entry in node["values"].items():
            yield path, date, entry
    elif "brackets" in node:
        for index, bracket in enumerate(node["brackets"]):
            for key in ("threshold", "rate", "amount", "average_rate"):
                for date, entry in (bracket.get(key) or {}).items():
                    yield f"{path}.brackets[{index}].{key}", date, entry
    else:
        for key, child in node.items():
            if key not in {"description", "metadata", "documentation", "reference", "unit"}:
                yield from values_in(child, f"{path}.{key}")


FILES = list(parameter_files())


def test_there_are_parameter_files():
    assert FILES


@pytest.mark.parametrize("relpath", FILES)
def test_file_states_last_value_still_valid_on(relpath):
    with open(os.path.join(PARAMETERS, relpath), encoding="utf-8") as handle:
        content = yaml.safe_load(handle)
    valid_on = (content.get("metadata") or {}).get("last_value_still_valid_on")
    assert valid_on, f"{relpath}: metadata.last_value_still_valid_on missing"
    datetime.date.fromisoformat(str(valid_on))


@pytest.mark.parametrize("relpath", FILES)
def test_every_value_has_reference_and_unit(relpath):
    with open(os.path.join(PARAMETERS, relpath), encoding="utf-8") as handle:
        content = yaml.safe_load(handle)
    file_unit = content.get("unit") or (content.get("metadata") or {}).get("unit")
    for path, date, entry in values_in(content, relpath):
        if not isinstance(entry, dict) or entry.get("value") is None:
            continue  # a null value ends a parameter; nothing to cite
        reference = entry.get("reference")
        assert reference, f"{path} {date}: no reference"
        references = reference if isinstance(reference, list) else [reference]
        for ref in references:
            assert isinstance(ref, dict) and ref.get("title") and ref.get("href"), f"{path} {date}: reference needs title and href"
        assert entry.get("unit") or file_unit, f"{path} {date}: no unit"
        status = (entry.get("metadata") or {}).get("status")
        assert status is None or status in STATUSSEN, f"{path} {date}: status '{status}' not in {STATUSSEN}"


def test_system_loads_every_parameter():
    CountryTaxBenefitSystem()
