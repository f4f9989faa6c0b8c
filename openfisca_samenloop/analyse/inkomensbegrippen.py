"""Income concepts: which income counts for which scheme, and what makes up the besteedbaar inkomen.

Run `python -m openfisca_samenloop.analyse.inkomensbegrippen` to regenerate `docs/inkomensbegrippen.md`. The table is
not written by hand: for every scheme it runs the model on sample households with OpenFisca's tracer and lists
the income variables the scheme's computation actually asked for (directly or through intermediate variables).
`tests/inkomen/test_inkomensbegrippen.py` checks that the committed file equals a fresh run.

The components of `besteedbaar_inkomen` and the helper that sums gezin amounts into the huishouden are rules:
they live in `openfisca_samenloop.wetten.inkomen` (re-exported here).
"""

from __future__ import annotations

import os
import sys
import warnings

from openfisca_samenloop.wetten.inkomen import COMPONENTEN, KOSTEN, som_gezinsbedrag  # noqa: F401  (rules floor)

# Scheme outputs whose income test the table describes, and the income variables looked for in their trace.
REGELINGEN = {
    "bijstand": "Participatiewet: algemene bijstand (gezin, month)",
    "aio": "Participatiewet: AIO (gezin, month)",
    "zorgtoeslag": "Wet op de zorgtoeslag (gezin, month)",
    "huurtoeslag": "Wet op de huurtoeslag (huishouden, month)",
    "kindgebonden_budget": "Wet op het kindgebonden budget (gezin, month)",
    "kinderopvangtoeslag": "Wet kinderopvang: kinderopvangtoeslag (gezin, month)",
    "inkomstenbelasting": "Wet IB 2001: box 1 (persoon, year)",
    "gezamenlijk_toetsingsinkomen": "Awir art. 7: aanvrager + toeslagpartner (gezin, year)",
    "toetsingsinkomen": "Awir art. 8: toetsingsinkomen (persoon, year)",
}

INKOMENSBEGRIPPEN = [
    "brutoloon", "nettoloon", "loonheffing", "aow", "aow_vakantie_uitkering", "netto_aow", "bijstand", "aio",
    "toetsingsinkomen", "gezamenlijk_toetsingsinkomen", "vermogen", "zorgtoeslag", "huurtoeslag",
    "kindgebonden_budget", "kinderopvangtoeslag", "kinderbijslag",
]

DOC_PAD = os.path.join("docs", "inkomensbegrippen.md")


def _voorbeeldsituatie(jaar):
    """A couple with two children (one under 12 in childcare) and a single co-resident of 30 with a wage and
    AOW-age grandparent: every scheme's formula is reached; the numbers only need to be plausible."""
    maand = f"{jaar}-01"
    return {
        "personen": {
            "ouder1": {"geboortedatum": {"ETERNITY": "1990-03-01"}, "brutoloon": {maand: 1500}},
            "ouder2": {"geboortedatum": {"ETERNITY": "1991-05-01"}},
            "kind1": {"geboortedatum": {"ETERNITY": f"{jaar - 4}-06-01"}},
            "kind2": {"geboortedatum": {"ETERNITY": f"{jaar - 13}-06-01"}},
            "medebewoner": {"geboortedatum": {"ETERNITY": "1995-01-01"}, "brutoloon": {maand: 900}},
            "oudere": {"geboortedatum": {"ETERNITY": "1950-01-01"}},
        },
        "gezinnen": {
            "gezin": {"partners": ["ouder1", "ouder2"], "kinderen": ["kind1", "kind2"]},
            "gezin_medebewoner": {"partners": ["medebewoner"]},
            "gezin_oudere": {"partners": ["oudere"]},
        },
        "huishoudens": {
            "woning": {
                "bewoners": ["ouder1", "ouder2", "kind1", "kind2", "medebewoner", "oudere"],
                "huur": {maand: 750},
            },
        },
    }


def _afhankelijkheden(systeem, regeling, jaar):
    """({income variables asked for directly}, {income variables reached only through another income
    variable}) by the computation of `regeling` in January of `jaar`. 'Directly' means through any chain of
    intermediate variables that are not themselves income concepts (INKOMENSBEGRIPPEN)."""
    from openfisca_core.simulations import SimulationBuilder

    simulatie = SimulationBuilder().build_from_entities(systeem, _voorbeeldsituatie(jaar))
    simulatie.trace = True
    variabele = systeem.variables[regeling]
    periode = str(jaar) if variabele.definition_period == "year" else f"{jaar}-01"
    simulatie.calculate(regeling, periode)
    direct, via_keten = set(), set()

    def loop(knoop, in_keten):
        for kind in knoop.children:
            is_inkomen = kind.name in INKOMENSBEGRIPPEN and kind.name != regeling
            if is_inkomen:
                (via_keten if in_keten else direct).add(kind.name)
            loop(kind, in_keten or is_inkomen)

    for boom in simulatie.tracer.trees:
        loop(boom, False)
    return direct, via_keten - direct


def tabel(systeem=None):
    """{regeling: (direct, via_keten)} over January 2024, 2025 and 2026 (see `_afhankelijkheden`)."""
    if systeem is None:
        from openfisca_samenloop import CountryTaxBenefitSystem

        systeem = CountryTaxBenefitSystem()
    uitkomst = {}
    for regeling in REGELINGEN:
        if regeling not in systeem.variables:
            continue
        direct, via_keten = set(), set()
        for jaar in (2024, 2025, 2026):
            d, v = _afhankelijkheden(systeem, regeling, jaar)
            direct |= d
            via_keten |= v
        uitkomst[regeling] = (direct, via_keten - direct)
    return uitkomst


def markdown(systeem=None):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        resultaat = tabel(systeem)
    gebruikt = set()
    for direct, via_keten in resultaat.values():
        gebruikt |= direct | via_keten
    kolommen = [naam for naam in INKOMENSBEGRIPPEN if naam in gebruikt]
    regels = [
        "# Which income counts for which scheme",
        "",
        "Generated by `python -m openfisca_samenloop.analyse.inkomensbegrippen` from the model itself: each scheme is",
        "computed (January 2024, 2025 and 2026; a sample household with a couple, two children, a co-resident and",
        "an AOW-age bewoner) with OpenFisca's tracer, and the income variables its computation asked for are read",
        "from the trace. **x**: the scheme's own rule uses this income (directly or through intermediate",
        "variables that are not income concepts). **·**: reached only through another income concept in the",
        "row (e.g. the zorgtoeslag uses the toetsingsinkomen, which contains the bijstand, whose means test uses",
        "the net wage): that is the samenloop chain. Do not edit by hand; `tests/inkomen/test_inkomensbegrippen.py`",
        "fails when this file is out of date. A scheme whose rule is still a contract placeholder (no formula)",
        "shows no income at all.",
        "",
        "| scheme | " + " | ".join(f"`{k}`" for k in kolommen) + " |",
        "|---|" + "---|" * len(kolommen),
    ]
    for regeling, omschrijving in REGELINGEN.items():
        if regeling not in resultaat:
            regels.append(f"| `{regeling}` — {omschrijving} (not in the model) |" + " |" * len(kolommen))
            continue
        direct, via_keten = resultaat[regeling]
        cellen = ["x" if k in direct else ("·" if k in via_keten else "") for k in kolommen]
        regels.append(f"| `{regeling}` — {omschrijving} | " + " | ".join(cellen) + " |")
    regels += [
        "",
        "## Components of `besteedbaar_inkomen` and their payment rhythm",
        "",
        "`besteedbaar_inkomen` (huishouden, month) is the sum of these variables minus the costs below; each is",
        "shown as the amount for the calendar month, whatever the rhythm in which it is paid.",
        "",
        "| component | rhythm |",
        "|---|---|",
    ]
    regels += [f"| `{naam}` | {ritme} |" for naam, ritme in COMPONENTEN.items()]
    regels += ["", "| cost (subtracted) | rhythm |", "|---|---|"]
    regels += [f"| `{naam}` | {ritme} |" for naam, ritme in KOSTEN.items()]
    return "\n".join(regels) + "\n"


def genereer(pad=None):
    from openfisca_samenloop import REPO_ROOT

    pad = pad or os.path.join(REPO_ROOT, DOC_PAD)
    with open(pad, "w", encoding="utf-8") as bestand:
        bestand.write(markdown())
    return pad


if __name__ == "__main__":
    print(genereer(sys.argv[1] if len(sys.argv) > 1 else None))
