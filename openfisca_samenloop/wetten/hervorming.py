"""Reform machinery on the rules floor: a parametric Reform class from {path: {date: value}} or a YAML reform file.

A reform file is YAML: parameter path → {date: value}, e.g.

    titel: Hogere inkomstenvrijlating            # optional descriptive keys
    bron: Menselijke maat, reform direction R1
    participatiewet.inkomstenvrijlating.percentage:
      2025-01-01: 0.5

Each value holds from its date until the next date given for that parameter (the last one indefinitely).
The bundled reforms in `reforms/` use `klasse_uit_yaml`; finding a reform by name or path and composing
reforms is input handling and lives in `openfisca_samenloop.invoer.hervorming`.
"""

from __future__ import annotations

import datetime
import os

import yaml
from openfisca_core import periods
from openfisca_core.parameters import Parameter, ParameterNode
from openfisca_core.reforms import Reform

from openfisca_samenloop.fouten import InvoerFout
from openfisca_samenloop.systeem import basissysteem

BESCHRIJVENDE_SLEUTELS = ("titel", "beschrijving", "bron", "verandert")


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
