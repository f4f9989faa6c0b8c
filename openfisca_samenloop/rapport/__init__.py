"""Faces that draw: the HTML report (`html`, its sections `secties`, shared building blocks `bouwstenen`) and
every chart (`grafieken`, matplotlib).

`from openfisca_samenloop.rapport import maak_rapport` keeps working as it did when the report was one module:
names not found here are looked up, on first use, in `openfisca_samenloop.rapport.html`. Importing this
package imports neither matplotlib nor the report."""

import importlib

_MODULES = ("html", "secties", "bouwstenen", "grafieken")


def __getattr__(naam: str):
    if naam in _MODULES:
        return importlib.import_module(f"{__name__}.{naam}")
    if naam.startswith("__"):
        raise AttributeError(naam)
    try:
        return getattr(importlib.import_module(f"{__name__}.html"), naam)
    except AttributeError:
        raise AttributeError(f"module {__name__!r} has no attribute {naam!r}") from None
