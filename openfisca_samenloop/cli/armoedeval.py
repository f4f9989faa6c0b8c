"""`samenloop armoedeval SITUATIE [--uren 8,16,24,32,36] [--persoon ID] [--periode P] [--hervorming NAAM]
[--weergave jaar|maand] [--csv F]`: a household on bijstand taking a minimum-wage job — net gain per month
and per hour, and which schemes take the difference."""

from __future__ import annotations

from openfisca_samenloop.fouten import InvoerFout


def registreer(subparsers) -> None:
    parser = subparsers.add_parser("armoedeval", help="baan tegen het minimumloon: wat blijft er over, en wie neemt het verschil")
    parser.add_argument("situatie", metavar="SITUATIE", help="pad naar een situatiebestand of naam van een gebundelde situatie")
    parser.add_argument("--uren", default="8,16,24,32,36", help="uren per week, komma-gescheiden (standaard 8,16,24,32,36)")
    parser.add_argument("--persoon", metavar="ID", help="wie gaat werken (standaard: de eerste partner van het eerste gezin)")
    parser.add_argument("--periode", help="maand YYYY-MM (standaard: de huidige maand)")
    parser.add_argument("--hervorming", metavar="NAAM", help="naam van een gebundelde hervorming of pad naar een hervormingsbestand")
    parser.add_argument("--weergave", choices=["jaar", "maand"], default="jaar",
                        help="baan voor het hele jaar (standaard) of alleen deze maand")
    parser.add_argument("--csv", metavar="F", help="schrijf de tabel naar dit CSV-bestand")
    parser.set_defaults(uitvoeren=uitvoeren)


def uren_lijst(tekst: str) -> list[float]:
    try:
        uren = [float(deel) for deel in str(tekst).split(",") if deel.strip()]
    except ValueError:
        raise InvoerFout("--uren", f"'{tekst}' is not a comma-separated list of hours, e.g. 8,16,24") from None
    if not uren or any(u <= 0 or u > 80 for u in uren):
        raise InvoerFout("--uren", "every number of hours must be above 0 and at most 80 a week")
    return uren


def uitvoeren(args) -> int:
    from openfisca_samenloop.analyse.armoedeval import armoedeval
    from openfisca_samenloop.cli.scan import print_armoedeval, systeem

    tbs = systeem(args.hervorming)
    tabel = armoedeval(args.situatie, uren=uren_lijst(args.uren), persoon=args.persoon, periode=args.periode,
                       tbs=tbs, weergave=args.weergave)
    print(f"Situatie {tabel.attrs['situatie']}, persoon {tabel.attrs['persoon']}, periode {tabel.attrs['periode']}")
    print_armoedeval(tabel)
    if args.csv:
        try:
            tabel.to_csv(args.csv, index=False)
        except OSError as fout:
            raise InvoerFout("--csv", f"cannot write '{args.csv}' ({fout.strerror})") from None
        print(f"\nTabel geschreven naar {args.csv}")
    return 0
