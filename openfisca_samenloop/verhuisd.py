"""Old import paths of modules that moved into their rooms (issue 11): `openfisca_samenloop.bedragen` is
`openfisca_samenloop.analyse.bedragen`, and so on.

A finder on `sys.meta_path` answers only for the names in `VERHUISD`. Importing an old name imports the module
at its new path and binds the very same module object under the old name, so
`from openfisca_samenloop.bedragen import bereken` gives the same function as the new path, and monkeypatching
either name patches both. `python -m openfisca_samenloop.<old name>` runs the new module. Nothing is imported
until an old name is asked for. New code uses the new paths; this table is the only place that knows the old ones.
(`openfisca_samenloop.rapport` is now a package; it forwards `maak_rapport` and the other names of the former
module itself, see `rapport/__init__.py`.)
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import sys

PAKKET = "openfisca_samenloop"

# old module (below the package) → new module (below the package)
VERHUISD = {
    "situatie": "invoer.situatie",
    "periodes": "invoer.periodes",
    "hervorming": "invoer.hervorming",
    "bedragen": "analyse.bedragen",
    "scan": "analyse.scan",
    "kliffen": "analyse.kliffen",
    "attributie": "analyse.attributie",
    "armoedeval": "analyse.armoedeval",
    "samenloop": "analyse.samenloop",
    "populatie": "analyse.populatie",
    "vergelijk": "analyse.vergelijk",
    "inkomensbegrippen": "analyse.inkomensbegrippen",
    "onbevestigd": "analyse.onbevestigd",
    "hardheid": "wetten.hardheid",
    "rapport_secties": "rapport.secties",
    "grafieken": "rapport.grafieken",
}


class _Lader(importlib.abc.Loader):
    """Loads an old name as the module at its new path (the same object)."""

    def __init__(self, doel: str):
        self.doel = doel

    def create_module(self, spec):
        return importlib.import_module(self.doel)

    def exec_module(self, module):
        pass  # the module at the new path is already executed

    def get_code(self, naam):  # for `python -m <old name>` (runpy)
        return importlib.util.find_spec(self.doel).loader.get_code(self.doel)


class VerhuisdeModules(importlib.abc.MetaPathFinder):
    """Finds `openfisca_samenloop.<old name>` for the modules in `VERHUISD`, and nothing else."""

    def find_spec(self, naam, pad=None, doel=None):
        if not naam.startswith(PAKKET + "."):
            return None
        nieuw = VERHUISD.get(naam[len(PAKKET) + 1:])
        if nieuw is None:
            return None
        return importlib.machinery.ModuleSpec(naam, _Lader(f"{PAKKET}.{nieuw}"))


def registreer() -> None:
    """Put the finder on `sys.meta_path` once (idempotent)."""
    if not any(isinstance(finder, VerhuisdeModules) for finder in sys.meta_path):
        sys.meta_path.append(VerhuisdeModules())
