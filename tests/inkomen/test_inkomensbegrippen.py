"""docs/inkomensbegrippen.md is generated from the model; it must equal a fresh run of the generator."""

import os

from openfisca_samenloop.analyse.inkomensbegrippen import COMPONENTEN, DOC_PAD, KOSTEN, markdown


def test_inkomensbegrippen_is_actueel():
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    pad = os.path.join(repo, DOC_PAD)
    with open(pad, encoding="utf-8") as bestand:
        vastgelegd = bestand.read()
    assert vastgelegd == markdown(), (
        "docs/inkomensbegrippen.md is out of date with the model: run "
        "`python -m openfisca_samenloop.analyse.inkomensbegrippen` and commit the result"
    )


def test_toetsingsinkomen_telt_nooit_toeslagen_kinderbijslag_of_kgb():
    """The samenloop rule of the contract: read from the trace, not asserted by hand."""
    tekst = markdown()
    rij = next(regel for regel in tekst.splitlines() if regel.startswith("| `toetsingsinkomen`"))
    kop = next(regel for regel in tekst.splitlines() if regel.startswith("| scheme |"))
    kolommen = [k.strip().strip("`") for k in kop.split("|")[2:-1]]
    cellen = [c.strip() for c in rij.split("|")[2:-1]]
    gebruikt = {k for k, c in zip(kolommen, cellen) if c}
    assert not gebruikt & {"zorgtoeslag", "huurtoeslag", "kindgebonden_budget", "kinderopvangtoeslag", "kinderbijslag"}
    assert {"brutoloon", "aow", "bijstand", "aio"} <= gebruikt


def test_componenten_bestaan():
    from openfisca_samenloop import CountryTaxBenefitSystem

    systeem = CountryTaxBenefitSystem()
    for naam in list(COMPONENTEN) + list(KOSTEN):
        assert naam in systeem.variables, naam
