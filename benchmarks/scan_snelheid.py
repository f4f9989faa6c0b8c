"""Speed goals of issue 5 §5, measured and printed.

1. A 10,001-point scan of the full model for one household against a single-household `samenloop simuleer`
   of the same situation, both timed as whole processes (Python start-up, building the tax-benefit system,
   computing, printing). Goal: scan ≤ 1.5 × simuleer. Measured for the scan alone (one view, no
   attribution: `--weergave jaar --zonder-oorzaken`) and, for information, for the default command (both
   views, every cliff and plateau attributed).
2. Attribution over all schemes (every registry scheme a player, `alle_regelingen=True`) of the cliffs and
   plateaus of one scan, timed in-process after the scan. Goal: < 5 s.

Run: `/work/venv/bin/python benchmarks/scan_snelheid.py [SITUATIE] [--periode P] [--herhaal N]`. Each process is
run N times (default 3) and the fastest run counts (the least disturbed by other load on the machine).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import time


def samenloop_commando() -> list[str]:
    naast = os.path.join(os.path.dirname(sys.executable), "samenloop")
    if os.path.exists(naast):
        return [naast]
    gevonden = shutil.which("samenloop")
    return [gevonden] if gevonden else [sys.executable, "-m", "openfisca_samenloop.cli"]


def tijd_proces(argumenten: list[str], herhaal: int) -> tuple[float, float]:
    """(wall-clock seconds, CPU seconds of the child) of the fastest of `herhaal` runs."""
    beste = (float("inf"), float("inf"))
    for _ in range(herhaal):
        voor = resource.getrusage(resource.RUSAGE_CHILDREN)
        begin = time.perf_counter()
        resultaat = subprocess.run(samenloop_commando() + argumenten, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        duur = time.perf_counter() - begin
        na = resource.getrusage(resource.RUSAGE_CHILDREN)
        if resultaat.returncode != 0:
            raise SystemExit(f"samenloop {' '.join(argumenten)} failed: {resultaat.stderr.strip()}")
        cpu = (na.ru_utime - voor.ru_utime) + (na.ru_stime - voor.ru_stime)
        beste = min(beste, (duur, cpu))
    return beste


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("situatie", nargs="?", default="alleenstaande_ouder_deeltijd_bijstand")
    parser.add_argument("--periode", default="2025-03")
    parser.add_argument("--herhaal", type=int, default=3)
    parser.add_argument("--van", type=float, default=0)
    parser.add_argument("--tot", type=float, default=4000)
    args = parser.parse_args(argv)

    simuleer = tijd_proces(["simuleer", args.situatie, "--periode", args.periode], args.herhaal)
    scan_basis = ["scan", args.situatie, "--variabele", "brutoloon", "--van", str(args.van), "--tot", str(args.tot),
                  "--punten", "10001", "--periode", args.periode]
    scan_alleen = tijd_proces(scan_basis + ["--weergave", "jaar", "--zonder-oorzaken"], args.herhaal)
    scan_volledig = tijd_proces(scan_basis, args.herhaal)

    from openfisca_samenloop.analyse.attributie import attribueer
    from openfisca_samenloop.analyse.kliffen import vind_kliffen
    from openfisca_samenloop.analyse.scan import scan
    from openfisca_samenloop.systeem import basissysteem

    tbs = basissysteem()
    tabel = scan(args.situatie, "brutoloon", args.van, args.tot, 10001, periode=args.periode, tbs=tbs, weergave="jaar")
    kliffen = vind_kliffen(tabel)
    attribueer(tabel, vind_kliffen(tabel)[:1], tbs=tbs)  # build the freeze reform once (cached), as the CLI does
    begin = time.perf_counter()
    attribueer(tabel, kliffen, tbs=tbs, alle_regelingen=True)
    attributie = time.perf_counter() - begin

    print(f"situatie {args.situatie}, periode {args.periode}, brutoloon {args.van:g} … {args.tot:g}; fastest of {args.herhaal} runs")
    print(f"load average now: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs (wall-clock suffers under load; CPU time much less)")
    print(f"{'':58} {'wall':>7} {'CPU':>7}   ratio wall / CPU")
    print(f"{'samenloop simuleer (1 huishouden, heel proces)':58} {simuleer[0]:6.2f}s {simuleer[1]:6.2f}s")
    for naam, waarde, doel in (
        ("samenloop scan 10.001 punten, één weergave, zonder oorzaken", scan_alleen, "doel ≤ 1,5 ×"),
        ("samenloop scan 10.001 punten, maand + jaar, met oorzaken", scan_volledig, "ter informatie"),
    ):
        print(f"{naam:58} {waarde[0]:6.2f}s {waarde[1]:6.2f}s   {waarde[0] / simuleer[0]:4.2f} × / {waarde[1] / simuleer[1]:4.2f} × ({doel})")
    print(f"{'attributie over alle regelingen (' + str(len(kliffen)) + ' kliffen/plateaus), in-process':58} {attributie:6.2f}s {'':7}   (doel < 5 s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
