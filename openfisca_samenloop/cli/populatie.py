"""`samenloop populatie [--huishoudens N] [--periode P] [--hervorming H] [--uit DIR] [--engine lokaal|dask]`:
a weighted synthetic population of Dutch households through the rules — yearly cost and recipients per scheme,
schemes and agencies per household, marginale druk, households below the social minimum, and with a reform its
cost, winners and losers by decile and household type, and cliffs removed and created."""

from __future__ import annotations

import os
import sys

from openfisca_samenloop.fouten import InvoerFout

STANDAARD_HUISHOUDENS = 100_000


def _positief(tekst: str) -> int:
    import argparse

    try:
        waarde = int(tekst.replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{tekst}' is not a whole number") from None
    if waarde <= 0:
        raise argparse.ArgumentTypeError(f"must be above 0, got {waarde}")
    return waarde


def registreer(subparsers) -> None:
    parser = subparsers.add_parser(
        "populatie", help="gewogen synthetische populatie: kosten, ontvangers, marginale druk, winnaars en verliezers",
    )
    parser.add_argument("--huishoudens", type=_positief, default=STANDAARD_HUISHOUDENS, metavar="N",
                        help=f"aantal gegenereerde huishoudens (standaard {STANDAARD_HUISHOUDENS:,}".replace(",", ".") + ")")
    parser.add_argument("--periode", help="maand YYYY-MM (standaard: de huidige maand)")
    parser.add_argument("--hervorming", metavar="H", help="gebundelde hervorming, hervormingsbestand, of a+b")
    parser.add_argument("--uit", metavar="DIR", help="map voor tabellen (Parquet, of CSV zonder pyarrow) en grafieken (PNG)")
    parser.add_argument("--engine", default="lokaal", help="lokaal (standaard) of dask")
    parser.add_argument("--scheduler", metavar="ADRES", help="adres van een dask-scheduler (tcp://host:8786); "
                                                             "zonder: een LocalCluster op deze machine")
    parser.add_argument("--werkers", type=_positief, metavar="N", help="aantal dask-werkers van de LocalCluster")
    parser.add_argument("--seed", type=int, default=0, help="seed van de generator (standaard 0)")
    parser.add_argument("--gebruik", default="trekking",
                        help="niet-gebruik: trekking (standaard, per gezin geloot), verwacht (verwachte waarde), uit (alleen recht)")
    parser.set_defaults(uitvoeren=uitvoeren)


def uitvoeren(args) -> int:
    from openfisca_samenloop.invoer.periodes import als_maand, huidige_maand

    if args.engine not in ("lokaal", "dask"):
        raise InvoerFout("--engine", f"'{args.engine}' is not one of lokaal, dask")
    if args.scheduler and args.engine != "dask":
        raise InvoerFout("--scheduler", "only with --engine dask")
    if args.gebruik not in ("trekking", "verwacht", "uit"):
        raise InvoerFout("--gebruik", f"'{args.gebruik}' is not one of trekking, verwacht, uit")
    maand = als_maand(args.periode or huidige_maand())
    if args.hervorming:
        from openfisca_samenloop.invoer.hervorming import systeem_met_hervorming

        systeem_met_hervorming(args.hervorming)  # unknown names and bad files: one line before any work
    if args.engine == "dask":
        _controleer_dask(args.scheduler)
    if args.uit:
        try:
            os.makedirs(args.uit, exist_ok=True)
        except OSError as fout:
            raise InvoerFout("--uit", f"cannot create '{args.uit}' ({fout.strerror})") from None

    from openfisca_samenloop.analyse.synthetische_populatie import PopulatieFout, analyseer

    try:
        uitkomst = analyseer(args.huishoudens, str(maand), hervorming=args.hervorming, seed=args.seed,
                             gebruik=args.gebruik, engine=args.engine, scheduler=args.scheduler, werkers=args.werkers)
    except PopulatieFout as fout:
        veld, _, melding = str(fout).partition(": ")
        raise InvoerFout(veld, melding) from None
    print(uitkomst.als_tekst())
    sys.stderr.write(f"populatie: klaar in {uitkomst.duur:.1f} s\n")
    if args.uit:
        schrijf_uitvoer(uitkomst, args.uit)
    return 0


def _controleer_dask(scheduler: str | None) -> None:
    try:
        import dask.distributed  # noqa: F401
    except ImportError:
        raise InvoerFout("--engine", "dask is not installed; pip install 'openfisca-samenloop[dask]'") from None
    if scheduler:
        from urllib.parse import urlparse
        import socket

        adres = urlparse(scheduler if "://" in scheduler else f"tcp://{scheduler}")
        try:
            with socket.create_connection((adres.hostname, adres.port or 8786), timeout=3):
                pass
        except (OSError, ValueError) as fout:
            raise InvoerFout("--scheduler", f"cannot reach the dask scheduler at {scheduler} ({getattr(fout, 'strerror', None) or fout})") from None


def _schrijf_tabel(tabel, pad_zonder_extensie: str) -> str:
    try:
        import pyarrow  # noqa: F401

        pad = pad_zonder_extensie + ".parquet"
        tabel.to_parquet(pad)
    except ImportError:
        pad = pad_zonder_extensie + ".csv"
        tabel.to_csv(pad)
    return pad


def schrijf_uitvoer(uitkomst, map_: str) -> None:
    """Tables (Parquet when pyarrow is installed, else CSV, and say so) and PNG charts in `map_`."""
    try:
        import pyarrow  # noqa: F401

        formaat = "Parquet"
    except ImportError:
        formaat = "CSV"
        sys.stderr.write("let op: pyarrow is niet geïnstalleerd; tabellen als CSV in plaats van Parquet\n")
    geschreven = [
        _schrijf_tabel(uitkomst.basis, os.path.join(map_, "huishoudens")),
    ]
    for naam, tabel in (("kosten", uitkomst.kosten), ("druk", uitkomst.druk)):
        pad = os.path.join(map_, f"{naam}.csv")
        tabel.to_csv(pad)
        geschreven.append(pad)
    for naam, reeks in (("regelingen_per_huishouden", uitkomst.regelingen_verdeling),
                        ("instanties_per_huishouden", uitkomst.instanties_verdeling)):
        pad = os.path.join(map_, f"{naam}.csv")
        reeks.to_csv(pad)
        geschreven.append(pad)
    if uitkomst.effect:
        geschreven.append(_schrijf_tabel(uitkomst.hervormd, os.path.join(map_, "huishoudens_hervorming")))
        for naam in ("kosten", "per_deciel", "per_type"):
            pad = os.path.join(map_, f"hervorming_{naam}.csv")
            uitkomst.effect[naam].to_csv(pad)
            geschreven.append(pad)
    geschreven += _grafieken(uitkomst, map_)
    print()
    print(f"Geschreven naar {map_} (tabel per huishouden als {formaat}): " + ", ".join(os.path.basename(p) for p in geschreven))


def _grafieken(uitkomst, map_: str) -> list[str]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    paden = []
    fig, ax = plt.subplots(figsize=(7, 3.5))
    (uitkomst.kosten["kosten_per_jaar"] / 1e9).plot.barh(ax=ax, color="#4477aa")
    ax.set_xlabel("€ miljard per jaar (gewogen)")
    ax.set_title(f"Kosten per regeling, {uitkomst.periode} × 12")
    fig.tight_layout()
    paden.append(os.path.join(map_, "kosten.png"))
    fig.savefig(paden[-1], dpi=100)
    plt.close(fig)

    fig, ax = plt.subplots(figsize=(6, 3.5))
    (100 * uitkomst.regelingen_verdeling).plot.bar(ax=ax, color="#66aa55")
    ax.set_xlabel("aantal regelingen per huishouden")
    ax.set_ylabel("% van de huishoudens")
    fig.tight_layout()
    paden.append(os.path.join(map_, "regelingen_per_huishouden.png"))
    fig.savefig(paden[-1], dpi=100)
    plt.close(fig)

    if uitkomst.effect:
        per = uitkomst.effect["per_deciel"]
        fig, ax = plt.subplots(figsize=(7, 3.5))
        ax.bar(per.index - 0.2, per["winnaars"] / 1e3, width=0.4, label="winnaars", color="#228833")
        ax.bar(per.index + 0.2, per["verliezers"] / 1e3, width=0.4, label="verliezers", color="#cc3311")
        ax.set_xlabel("inkomensdeciel (gestandaardiseerd)")
        ax.set_ylabel("× 1.000 huishoudens")
        ax.set_title(f"Hervorming {uitkomst.hervorming}")
        ax.legend()
        fig.tight_layout()
        paden.append(os.path.join(map_, "hervorming_per_deciel.png"))
        fig.savefig(paden[-1], dpi=100)
        plt.close(fig)
    return paden
