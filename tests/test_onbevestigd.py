"""docs/onbevestigd.md lists exactly the parameter values marked onbevestigd or afgeleid."""

import os

from openfisca_samenloop.analyse.onbevestigd import markdown

DOC = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "docs", "onbevestigd.md")


def test_lijst_is_actueel():
    with open(DOC, encoding="utf-8") as handle:
        assert handle.read() == markdown(), (
            "docs/onbevestigd.md is out of date: run `python -m openfisca_samenloop.analyse.onbevestigd` and commit it"
        )
