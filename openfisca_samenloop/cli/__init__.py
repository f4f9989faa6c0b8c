"""`samenloop`: the command line. Each subcommand lives in its own module with `registreer(subparsers)`.

Bad input never reaches the user as a traceback: an `InvoerFout` (or an argparse error) is one line on
stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import warnings

from openfisca_samenloop.fouten import InvoerFout

SUBCOMMANDS = ["rapport", "simuleer", "scan", "armoedeval", "vergelijk", "populatie"]


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line, exit 2 (argparse prints usage first; we keep it to one line)
        sys.stderr.write(f"samenloop: {message}\n")
        raise SystemExit(2)


def maak_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="samenloop",
        description="Samenloop van regelingen: bedragen, kliffen, tellingen en hervormingen per huishouden.",
    )
    subparsers = parser.add_subparsers(dest="opdracht", metavar="{" + ",".join(SUBCOMMANDS) + "}", parser_class=_Parser)
    for naam in SUBCOMMANDS:
        try:
            module = importlib.import_module(f"openfisca_samenloop.cli.{naam}")
        except ModuleNotFoundError as fout:
            if fout.name == f"openfisca_samenloop.cli.{naam}":
                continue
            raise
        module.registreer(subparsers)
    return parser


def main(argv=None) -> int:
    parser = maak_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "uitvoeren", None):
        parser.print_help()
        return 2
    with warnings.catch_warnings(record=True) as gevangen:
        warnings.simplefilter("always")
        try:
            code = args.uitvoeren(args)
        except InvoerFout as fout:
            sys.stderr.write(f"samenloop: {fout}\n")
            return 2
        except KeyboardInterrupt:
            return 130
        except Exception as fout:  # a bug, not bad input: still no traceback unless asked for
            if os.environ.get("SAMENLOOP_DEBUG"):
                raise
            sys.stderr.write(
                f"samenloop: internal error ({type(fout).__name__}: {str(fout).splitlines()[0] if str(fout) else ''}); "
                "set SAMENLOOP_DEBUG=1 for the traceback\n"
            )
            return 1
    meld_waarschuwingen(gevangen)
    return code or 0


def meld_waarschuwingen(gevangen) -> None:
    """Outdated-parameter warnings, summarised in one line each (OpenFisca's own notices are dropped)."""
    from openfisca_samenloop.geldigheid import VerouderdeParameterWaarschuwing

    verouderd = sorted({str(w.message).split("'")[1] for w in gevangen if issubclass(w.category, VerouderdeParameterWaarschuwing)})
    if verouderd:
        sys.stderr.write(
            "let op: deze parameters zijn niet bevestigd voor de gevraagde periode (laatste waarde gebruikt): "
            + ", ".join(verouderd) + "\n"
        )


if __name__ == "__main__":
    raise SystemExit(main())
