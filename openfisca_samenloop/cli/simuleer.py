"""`samenloop simuleer SITUATIE [--periode P] [--hervorming NAAM]`: one household, every amount."""

from __future__ import annotations

from openfisca_samenloop.analyse.bedragen import bereken
from openfisca_samenloop.cli.opmaak import print_bedragen


def registreer(subparsers) -> None:
    parser = subparsers.add_parser("simuleer", help="één huishouden: alle bedragen in één maand")
    parser.add_argument("situatie", metavar="SITUATIE", help="pad naar een situatiebestand of naam van een gebundelde situatie")
    parser.add_argument("--periode", help="maand YYYY-MM (standaard: de huidige maand)")
    parser.add_argument("--hervorming", metavar="NAAM", help="naam van een gebundelde hervorming of pad naar een hervormingsbestand")
    parser.set_defaults(uitvoeren=uitvoeren)


def uitvoeren(args) -> int:
    tbs = None
    if args.hervorming:
        from openfisca_samenloop.invoer.hervorming import systeem_met_hervorming

        tbs = systeem_met_hervorming(args.hervorming)
    bedragen = bereken(args.situatie, args.periode, tbs=tbs)
    print_bedragen(bedragen)
    from openfisca_samenloop.cli.opmaak import print_scorekaart
    from openfisca_samenloop.analyse.samenloop import scorekaart

    print_scorekaart(scorekaart(bedragen.situatie, bedragen.periode, tbs=tbs))
    return 0
