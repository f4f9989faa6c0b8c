"""`samenloop rapport [--uit DIR] [--periode P]`: the main job — every bundled household, as an HTML report."""

from __future__ import annotations

import sys

from openfisca_samenloop.cli.opmaak import opgemaakt
from openfisca_samenloop.rapport.html import maak_rapport


def registreer(subparsers) -> None:
    parser = subparsers.add_parser(
        "rapport", help="alle gebundelde huishoudens onder de gebundelde hervormingen: HTML-rapport met grafieken"
    )
    parser.add_argument("--uit", default="samenloop-rapport", metavar="DIR", help="map voor het rapport (standaard: samenloop-rapport)")
    parser.add_argument("--periode", help="maand YYYY-MM (standaard: de huidige maand)")
    parser.set_defaults(uitvoeren=uitvoeren)


def uitvoeren(args) -> int:
    uitkomst = maak_rapport(uit=args.uit, periode=args.periode, voortgang=lambda tekst: print(tekst, file=sys.stderr, flush=True))
    print()
    print("Samenvatting (per maand)")
    print(opgemaakt(uitkomst.samenvatting).T.to_string())
    print()
    print(f"Rapport geschreven: {uitkomst.index} ({len(uitkomst.grafieken)} grafieken)")
    return 0
