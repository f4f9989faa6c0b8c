"""The house plan, checked on the import graph: rules below, analyses above them, faces on top.

The graph is built from the source with `ast` (nothing is executed). Every import counts, also one inside a
function: a lazy upward import is still an upward import. Fails on
- a cycle between modules (at any depth);
- rules (`variables/`, `reforms/`, `wetten/`, `entities`, `geldigheid`, `systeem`, the package's `__init__`
  with the TaxBenefitSystem) importing `invoer/`, `analyse/`, `rapport/` or `cli/`;
- `invoer/` or `analyse/` importing `rapport/` or `cli/`;
- `rapport/` importing `cli/`.
Old flat module names (`openfisca_samenloop.bedragen`) are resolved to their new paths (`verhuisd.VERHUISD`)
so that an old-style import cannot slip past the rules.
"""

from __future__ import annotations

import ast
import os

import pytest

from openfisca_samenloop.verhuisd import VERHUISD

PAKKET = "openfisca_samenloop"
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PAKKET_MAP = os.path.join(REPO, PAKKET)
# The top-level folders that setup.py maps into the package.
BOVENMAPPEN = ("variables", "reforms")

REGELS = "regels"
INVOER = "invoer"
ANALYSE = "analyse"
RAPPORT = "rapport"
CLI = "cli"
NEUTRAAL = "neutraal"  # fouten, opmaak, verhuisd: leaves every floor may use

VERBODEN = {
    REGELS: {INVOER, ANALYSE, RAPPORT, CLI},
    INVOER: {RAPPORT, CLI},
    ANALYSE: {RAPPORT, CLI},
    RAPPORT: {CLI},
    CLI: set(),
    NEUTRAAL: {INVOER, ANALYSE, RAPPORT, CLI},
}


def _bestanden():
    """{module name: path} of every Python file of the package and of the mapped top-level folders."""
    modules = {}
    for basis, prefix in [(PAKKET_MAP, PAKKET)] + [(os.path.join(REPO, m), f"{PAKKET}.{m}") for m in BOVENMAPPEN]:
        for map_, submappen, namen in os.walk(basis):
            submappen[:] = [s for s in submappen if s != "__pycache__"]
            for naam in namen:
                if not naam.endswith(".py"):
                    continue
                relatief = os.path.relpath(os.path.join(map_, naam), basis)[: -len(".py")].split(os.sep)
                if relatief[-1] == "__init__":
                    relatief = relatief[:-1]
                modules[".".join([prefix, *relatief])] = os.path.join(map_, naam)
    return modules


def _verdieping(module: str) -> str:
    delen = module.split(".")
    eerste = delen[1] if len(delen) > 1 else ""
    if eerste in (INVOER, ANALYSE, RAPPORT, CLI):
        return eerste
    if eerste in ("fouten", "opmaak", "verhuisd"):
        return NEUTRAAL
    return REGELS  # __init__ (the TaxBenefitSystem), entities, geldigheid, systeem, wetten/, variables/, reforms/


def _oplossen(naam: str, modules: dict) -> str | None:
    """The module of the package that `naam` names (an old flat name resolved to its new path)."""
    if not (naam == PAKKET or naam.startswith(PAKKET + ".")):
        return None
    delen = naam.split(".")
    if len(delen) > 1 and delen[1] in VERHUISD:
        delen = [PAKKET, *VERHUISD[delen[1]].split("."), *delen[2:]]
        naam = ".".join(delen)
    while naam not in modules and "." in naam:
        naam = naam.rpartition(".")[0]  # an attribute of a module, not a module
    return naam if naam in modules else None


def _importen(module: str, pad: str, modules: dict) -> set[str]:
    with open(pad, encoding="utf-8") as handle:
        boom = ast.parse(handle.read(), filename=pad)
    is_pakket = os.path.basename(pad) == "__init__.py"
    doelen = set()
    for knoop in ast.walk(boom):
        namen = []
        if isinstance(knoop, ast.Import):
            namen = [alias.name for alias in knoop.names]
        elif isinstance(knoop, ast.ImportFrom):
            if knoop.level:
                basis = module.split(".") if is_pakket else module.split(".")[:-1]
                basis = basis[: len(basis) - (knoop.level - 1)]
                bron = ".".join(basis + ([knoop.module] if knoop.module else []))
            else:
                bron = knoop.module or ""
            # `from a.b import c`: the submodule a.b.c when there is one, else the module a.b (c is an attribute).
            namen = [f"{bron}.{alias.name}" for alias in knoop.names]
        for naam in namen:
            doel = _oplossen(naam, modules)
            if doel is not None and doel != module:
                doelen.add(doel)
    return doelen


@pytest.fixture(scope="module")
def graaf():
    modules = _bestanden()
    return {module: _importen(module, pad, modules) for module, pad in modules.items()}


def test_de_graaf_ziet_de_kamers(graaf):
    # The test reads the package it guards: the rooms and some known edges are in the graph.
    for module in (f"{PAKKET}.invoer.situatie", f"{PAKKET}.analyse.scan", f"{PAKKET}.rapport.html", f"{PAKKET}.cli",
                   f"{PAKKET}.wetten.hardheid", f"{PAKKET}.variables.inkomen.besteedbaar_inkomen"):
        assert module in graaf, module
    assert f"{PAKKET}.invoer.situatie" in graaf[f"{PAKKET}.analyse.scan"]
    assert f"{PAKKET}.wetten.inkomen" in graaf[f"{PAKKET}.variables.inkomen.besteedbaar_inkomen"]
    assert f"{PAKKET}.rapport.secties" in graaf[f"{PAKKET}.rapport.html"]


def test_geen_import_naar_boven(graaf):
    fouten = []
    for module, doelen in sorted(graaf.items()):
        verboden = VERBODEN[_verdieping(module)]
        for doel in sorted(doelen):
            if _verdieping(doel) in verboden:
                fouten.append(f"{module} ({_verdieping(module)}) imports {doel} ({_verdieping(doel)})")
    assert not fouten, "upward imports:\n" + "\n".join(fouten)


def _cycli(graaf: dict) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index, laag, op_stapel, stapel, uitkomst, teller = {}, {}, set(), [], [], [0]
    for start in sorted(graaf):
        if start in index:
            continue
        werk = [(start, iter(sorted(graaf[start])))]
        index[start] = laag[start] = teller[0]
        teller[0] += 1
        stapel.append(start)
        op_stapel.add(start)
        while werk:
            knoop, buren = werk[-1]
            verder = False
            for buur in buren:
                if buur not in graaf:
                    continue
                if buur not in index:
                    index[buur] = laag[buur] = teller[0]
                    teller[0] += 1
                    stapel.append(buur)
                    op_stapel.add(buur)
                    werk.append((buur, iter(sorted(graaf[buur]))))
                    verder = True
                    break
                if buur in op_stapel:
                    laag[knoop] = min(laag[knoop], index[buur])
            if verder:
                continue
            werk.pop()
            if werk:
                laag[werk[-1][0]] = min(laag[werk[-1][0]], laag[knoop])
            if laag[knoop] == index[knoop]:
                component = []
                while True:
                    lid = stapel.pop()
                    op_stapel.discard(lid)
                    component.append(lid)
                    if lid == knoop:
                        break
                if len(component) > 1:
                    uitkomst.append(sorted(component))
    return uitkomst


def test_geen_cycli(graaf):
    cycli = _cycli(graaf)
    assert not cycli, "import cycles:\n" + "\n".join(" ↔ ".join(c) for c in cycli)


def test_de_controle_vindt_een_cyclus_en_een_import_naar_boven():
    # The checks can fail: a made-up graph with a cycle and an upward import is caught.
    nep = {f"{PAKKET}.a": {f"{PAKKET}.b"}, f"{PAKKET}.b": {f"{PAKKET}.a"}, f"{PAKKET}.c": set()}
    assert _cycli(nep) == [[f"{PAKKET}.a", f"{PAKKET}.b"]]
    assert _verdieping(f"{PAKKET}.wetten.hardheid") == REGELS
    assert ANALYSE in VERBODEN[_verdieping(f"{PAKKET}.variables.inkomen.besteedbaar_inkomen")]
    assert RAPPORT in VERBODEN[_verdieping(f"{PAKKET}.analyse.samenloop")]
    assert _oplossen(f"{PAKKET}.bedragen", _bestanden()) == f"{PAKKET}.analyse.bedragen"


def test_analyse_laadt_geen_matplotlib():
    # `import openfisca_samenloop.analyse` (and invoer, rapport) stays light.
    import subprocess
    import sys

    code = ("import sys, openfisca_samenloop.analyse, openfisca_samenloop.invoer, openfisca_samenloop.rapport; "
            "print('matplotlib' in sys.modules)")
    uit = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert uit.stdout.strip() == "False"
