"""Reforms: parametric reform files and structural Reform classes, by name or path, composable.

A reform file is YAML: parameter path → {date: value}, e.g.

    titel: Hogere inkomstenvrijlating            # optional descriptive keys
    bron: seed regel 1234
    participatiewet.inkomstenvrijlating.percentage:
      2025-01-01: 0.5

Each value holds from its date until the next date given for that parameter (the last one indefinitely).
A bundled reform is a module `reforms/<naam>.py` that defines a `Reform` subclass (importable as
`openfisca_samenloop.reforms.<naam>.<Klasse>`), or a file `reforms/<naam>.yaml`. Several reforms compose
left to right: `naam1+naam2` on the command line, a list in Python.
"""

from __future__ import annotations

import difflib
import functools
import importlib
import inspect
import os

from openfisca_core.reforms import Reform

from openfisca_samenloop.fouten import InvoerFout
from openfisca_samenloop.systeem import basissysteem
from openfisca_samenloop.wetten.hervorming import (  # noqa: F401  (re-exported: the machinery lives on the rules floor)
    BESCHRIJVENDE_SLEUTELS,
    klasse_uit_yaml,
    lees_hervormingsbestand,
    parametrische_hervorming,
)


def reform_map() -> str:
    from openfisca_samenloop import locate

    return locate("reforms")


def gebundelde_hervormingen() -> list[str]:
    """Names of the bundled reforms (modules and YAML files in `reforms/`), sorted."""
    namen = set()
    for bestand in os.listdir(reform_map()):
        stam, extensie = os.path.splitext(bestand)
        if extensie in (".py", ".yaml", ".yml") and not stam.startswith("_"):
            namen.add(stam)
    return sorted(namen)


def _reform_klasse_uit_module(module) -> type[Reform] | None:
    klassen = [
        obj for _, obj in inspect.getmembers(module, inspect.isclass)
        if issubclass(obj, Reform) and obj is not Reform and obj.__module__ == module.__name__
    ]
    return klassen[0] if len(klassen) == 1 else getattr(module, "HERVORMING", None)


def reform_klasse(naam: str) -> type[Reform]:
    """The Reform class for a bundled name, a dotted `module.Class`, or a path to a reform file."""
    if os.path.isfile(naam):
        if naam.endswith((".yaml", ".yml")):
            return lees_hervormingsbestand(naam)
        raise InvoerFout("--hervorming", f"'{naam}' is not a YAML reform file")
    if naam in gebundelde_hervormingen():
        module_pad = os.path.join(reform_map(), f"{naam}.py")
        if os.path.isfile(module_pad):
            module = importlib.import_module(f"openfisca_samenloop.reforms.{naam}")
            klasse = _reform_klasse_uit_module(module)
            if klasse is None:
                raise InvoerFout("--hervorming", f"reforms/{naam}.py defines no single Reform class")
            return klasse
        for extensie in (".yaml", ".yml"):
            pad = os.path.join(reform_map(), naam + extensie)
            if os.path.isfile(pad):
                return lees_hervormingsbestand(pad)
    if "." in naam:
        module_naam, _, klasse_naam = naam.rpartition(".")
        try:
            klasse = getattr(importlib.import_module(module_naam), klasse_naam)
        except (ImportError, AttributeError):
            klasse = None
        if inspect.isclass(klasse) and issubclass(klasse, Reform):
            return klasse
    bekend = gebundelde_hervormingen()
    suggestie = difflib.get_close_matches(naam, bekend, n=1)
    hint = f"; did you mean '{suggestie[0]}'?" if suggestie else (f"; bundled reforms: {', '.join(bekend)}" if bekend else "")
    raise InvoerFout("--hervorming", f"unknown reform '{naam}'{hint}")


def namen(hervorming) -> list[str]:
    """'a+b' or ['a', 'b'] → ['a', 'b']."""
    if hervorming is None:
        return []
    if isinstance(hervorming, str):
        return [deel.strip() for deel in hervorming.split("+") if deel.strip()]
    return [str(deel) for deel in hervorming]


@functools.lru_cache(maxsize=32)
def _systeem(sleutel: tuple[str, ...]):
    systeem = basissysteem()
    for naam in sleutel:
        systeem = reform_klasse(naam)(systeem)
    return systeem


def systeem_met_hervorming(hervorming=None):
    """The baseline system with the named reform(s) applied, left to right (cached per combination)."""
    return _systeem(tuple(namen(hervorming)))
