"""No rule is a stub: the skeleton's contract placeholders have all been replaced by real formulas."""

import os

from openfisca_samenloop import locate


def test_no_contract_placeholder_left():
    left = []
    for root, _, files in os.walk(locate("variables")):
        for name in files:
            if name.endswith(".py"):
                with open(os.path.join(root, name), encoding="utf-8") as handle:
                    if "CONTRACT-PLACEHOLDER" in handle.read():
                        left.append(os.path.relpath(os.path.join(root, name), locate("variables")))
    assert left == []
