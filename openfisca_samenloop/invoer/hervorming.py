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

import datetime
import difflib
import functools
import importlib
import inspect
import os

import yaml
from openfisca_core import periods
from openfisca_core.parameters import Parameter, ParameterNode
from openfisca_core.reforms import Reform

from openfisca_samenloop.fouten import InvoerFout
from openfisca_samenloop.systeem import basissysteem

BESCHRIJVENDE_SLEUTELS = ("titel", "beschrijving", "bron", "verandert")


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


def parametrische_hervorming(wijzigingen: dict, naam: str = "hervorming", beschrijving: str = "") -> type[Reform]:
    """A Reform class that sets parameters: {path: {date: value}} (the reform-as-dict of PolicyEngine)."""

    def pas_toe(parameters: ParameterNode) -> ParameterNode:
        for pad, waarden in wijzigingen.items():
            parameter = _parameter(parameters, pad, naam)
            datums = sorted(waarden)
            for index, datum in enumerate(datums):
                einde = None
                if index + 1 < len(datums):
                    einde = periods.instant(datums[index + 1]).offset(-1, periods.DateUnit.DAY)
                parameter.update(start=periods.instant(datum), stop=einde, value=waarden[datum])
        return parameters

    class ParametrischeHervorming(Reform):
        name = beschrijving or naam

        def apply(self):
            self.modify_parameters(modifier_function=pas_toe)

    ParametrischeHervorming.__name__ = f"Parametrisch_{naam}"
    ParametrischeHervorming.wijzigingen = wijzigingen
    return ParametrischeHervorming


def _parameter(parameters: ParameterNode, pad: str, bron: str) -> Parameter:
    node = parameters
    for deel in pad.split("."):
        kinderen = getattr(node, "children", None)
        if kinderen is None or deel not in kinderen:
            raise InvoerFout(f"{bron}: {pad}", "unknown parameter")
        node = kinderen[deel]
    if not isinstance(node, Parameter):
        raise InvoerFout(f"{bron}: {pad}", "is a group of parameters, not one parameter (name a leaf)")
    return node


def lees_hervormingsbestand(pad: str) -> type[Reform]:
    """A parametric Reform class from a YAML reform file; InvoerFout for anything malformed."""
    naam = os.path.basename(pad)
    try:
        with open(pad, encoding="utf-8") as handle:
            inhoud = yaml.safe_load(handle)
    except OSError as fout:
        raise InvoerFout(naam, f"cannot read the file ({fout.strerror})") from None
    except yaml.YAMLError as fout:
        plek = getattr(fout, "problem_mark", None)
        regel = f"line {plek.line + 1}: " if plek is not None else ""
        raise InvoerFout(naam, f"not valid YAML ({regel}{getattr(fout, 'problem', None) or fout})") from None
    if not isinstance(inhoud, dict):
        raise InvoerFout(naam, "a reform file maps parameter paths to {date: value}")
    beschrijving = str(inhoud.get("titel", "")).strip()
    wijzigingen = {}
    for pad_, waarden in inhoud.items():
        if pad_ in BESCHRIJVENDE_SLEUTELS:
            continue
        if not isinstance(waarden, dict) or not waarden:
            raise InvoerFout(f"{naam}: {pad_}", "must map dates (YYYY-MM-DD) to values")
        genormaliseerd = {}
        for datum, waarde in waarden.items():
            tekst = datum.isoformat() if isinstance(datum, datetime.date) else str(datum)
            try:
                datetime.date.fromisoformat(tekst)
            except ValueError:
                raise InvoerFout(f"{naam}: {pad_}.{tekst}", "not a date (write YYYY-MM-DD)") from None
            if not isinstance(waarde, (bool, int, float)):
                raise InvoerFout(f"{naam}: {pad_}.{tekst}", f"must be a number or true/false, got {waarde!r}")
            genormaliseerd[tekst] = waarde
        wijzigingen[str(pad_)] = genormaliseerd
    if not wijzigingen:
        raise InvoerFout(naam, "names no parameter to change")
    klasse = parametrische_hervorming(wijzigingen, os.path.splitext(naam)[0], beschrijving)
    # Check every path now, so a typo is reported before any computation.
    parametrisch = basissysteem().parameters.clone()
    for pad_ in wijzigingen:
        _parameter(parametrisch, pad_, naam)
    return klasse


def klasse_uit_yaml(module_naam: str, klasse_naam: str) -> type[Reform]:
    """The parametric Reform class of the YAML file beside module `module_naam`, as `module_naam.klasse_naam`.

    A bundled YAML reform `reforms/<naam>.yaml` gets a two-line companion `reforms/<naam>.py` that calls this,
    so that YAML tests can name it (`reforms: openfisca_samenloop.reforms.<naam>.<Klasse>`); the values stay in
    the YAML file, in one place."""
    import sys

    module = sys.modules[module_naam]
    stam = os.path.splitext(os.path.abspath(module.__file__))[0]
    for extensie in (".yaml", ".yml"):
        if os.path.isfile(stam + extensie):
            klasse = lees_hervormingsbestand(stam + extensie)
            klasse.__name__ = klasse.__qualname__ = klasse_naam
            klasse.__module__ = module_naam
            return klasse
    raise FileNotFoundError(f"{stam}.yaml not found for {module_naam}")


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
