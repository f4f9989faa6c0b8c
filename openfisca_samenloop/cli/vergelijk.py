"""`samenloop vergelijk SITUATIE --hervorming NAAM [--periode P]`: baseline against reform, scheme by scheme,
with the cliffs and the samenloop counts before and after.

SITUATIE `alle` compares every bundled situation at once, `raster` the generated grid of household types ×
wages × rents (winners and losers, cost, households relieved, cliffs removed and created)."""

from __future__ import annotations

from openfisca_samenloop.fouten import InvoerFout

POPULATIES = ("alle", "raster")


def registreer(subparsers) -> None:
    parser = subparsers.add_parser("vergelijk", help="basis tegen hervorming: regeling voor regeling, kliffen en tellingen")
    parser.add_argument(
        "situatie", metavar="SITUATIE",
        help="pad naar een situatiebestand of naam van een gebundelde situatie; 'alle' = alle gebundelde situaties, "
             "'raster' = huishoudtypen × lonen × huren",
    )
    parser.add_argument("--hervorming", metavar="NAAM", required=True,
                        help="naam van een gebundelde hervorming, pad naar een hervormingsbestand, of a+b")
    parser.add_argument("--periode", help="maand YYYY-MM (standaard: de huidige maand)")
    parser.add_argument("--zonder-kliffen", action="store_true", help="sla de loonscan voor de kliffen over (sneller)")
    parser.add_argument("--csv", metavar="F", help="schrijf de tabel per regeling (of per huishouden) naar een CSV-bestand")
    parser.set_defaults(uitvoeren=uitvoeren)


def uitvoeren(args) -> int:
    from openfisca_samenloop.invoer.hervorming import systeem_met_hervorming
    from openfisca_samenloop.analyse.vergelijk import vergelijk, vergelijk_populatie

    systeem_met_hervorming(args.hervorming)  # unknown names and bad files: one line before any work
    if args.situatie in POPULATIES:
        situaties = None
        if args.situatie == "raster":
            from openfisca_samenloop.analyse.populatie import raster

            situaties = raster()
        uitkomst = vergelijk_populatie(situaties, args.hervorming, args.periode, kliffen=not args.zonder_kliffen)
        print(uitkomst.als_tekst())
        tabel = uitkomst.per_huishouden
    else:
        uitkomst = vergelijk(args.situatie, args.hervorming, args.periode, scan_kliffen=not args.zonder_kliffen)
        print(uitkomst.als_tekst())
        tabel = uitkomst.bedragen
    if args.csv:
        try:
            tabel.to_csv(args.csv)
        except OSError as fout:
            raise InvoerFout("--csv", f"cannot write '{args.csv}' ({fout.strerror})") from None
    return 0
