"""Speed goals of issue 14 §1, measured and printed (not part of the test suite).

1. Population: one million households of the synthetic population, one month, every scheme with
   `besteedbaar_inkomen`, `aantal_regelingen` and `aantal_instanties` (what `samenloop populatie` computes for its
   baseline). Goal: ≤ 30 s and ≤ 6 GB on a 2-core machine. Run in a child process so its peak memory (maxrss)
   is its own; generating the population is timed apart from computing it.
2. Engine against numpy: the zorgtoeslag chain (age from the birth date → verzekerde 18+, partners' toetsingsinkomen
   and vermogen per gezin, normpremie, standaardpremie, vermogensgrens, Awir rounding, take-up) on the same
   million, through OpenFisca's array route and by a hand-written numpy version; the amounts must be equal. Goal:
   engine ≤ 3 × numpy. Paired: the two are run alternately, and the ratio is taken per pair (the median counts),
   so that load from other processes on the machine hits both sides of a pair alike. CPU time of this process is
   reported next to the wall clock.

Run: `python benchmarks/populatie_snelheid.py [--huishoudens N] [--herhaal K] [--periode P] [--blok B]`.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time

import numpy as np


def belasting() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "?"


# ---------------------------------------------------------------------------------------------------------
# 1. the population, in a child process


def kind_populatie(n: int, periode: str, blok: int) -> dict:
    from openfisca_samenloop.analyse.synthetische_populatie import bereken, genereer
    from openfisca_samenloop.systeem import basissysteem

    basissysteem()
    begin, cpu = time.perf_counter(), time.process_time()
    populatie = genereer(n, int(periode[:4]), seed=1)
    genereren = (time.perf_counter() - begin, time.process_time() - cpu)
    begin, cpu = time.perf_counter(), time.process_time()
    tabel = bereken(populatie, periode, blokgrootte=blok, stil=True)
    rekenen = (time.perf_counter() - begin, time.process_time() - cpu)
    assert len(tabel) == n and tabel["besteedbaar_inkomen"].notna().all()
    return {
        "genereren_s": genereren[0], "genereren_cpu_s": genereren[1],
        "rekenen_s": rekenen[0], "rekenen_cpu_s": rekenen[1],
        "piek_gb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6,
    }


# ---------------------------------------------------------------------------------------------------------
# 2. zorgtoeslag: engine against numpy


def zorgtoeslag_invoer(n: int, periode: str):
    """The synthetic population's arrays with toetsingsinkomen given (yearly wage), so the chain is zorgtoeslag only."""
    from openfisca_core import periods

    from openfisca_samenloop.analyse.synthetische_populatie import genereer

    populatie = genereer(n, int(periode[:4]), seed=1)
    arrays = populatie.arrays
    jaar = periods.period(periode).this_year
    loon = sum(arrays.invoer["brutoloon"][str(m)] for m in jaar.get_subperiods(periods.DateUnit.MONTH))
    arrays.zet("toetsingsinkomen", str(jaar), loon.astype(np.float32))
    return arrays


def zorgtoeslag_engine(arrays, periode: str) -> np.ndarray:
    from openfisca_samenloop.invoer.arrays import bouw_simulatie_uit_arrays
    from openfisca_samenloop.systeem import basissysteem

    simulatie = bouw_simulatie_uit_arrays(basissysteem(), arrays)
    return np.asarray(simulatie.calculate("zorgtoeslag", periode))


def zorgtoeslag_numpy(arrays, periode: str) -> np.ndarray:
    """The zorgtoeslag chain written out in numpy (Wet op de zorgtoeslag art. 2-3, Awir art. 14), same parameters."""
    from openfisca_core import periods

    from openfisca_samenloop.systeem import basissysteem
    from openfisca_samenloop.wetten.awir import maandbedrag_toeslag

    maand = periods.period(periode)
    p = basissysteem().parameters(maand.start)
    z = p.zorgtoeslag
    drempel = p.minimumloon.drempelinkomen
    # age on the last day of the previous month ≥ 18 (yyyymmdd arithmetic)
    geboren = arrays.invoer["geboortedatum"]["ETERNITY"]
    maanden = geboren.astype("datetime64[M]")
    jaar = maanden.astype("datetime64[Y]").astype(np.int64) + 1970
    getal = jaar * 10000 + (maanden.astype(np.int64) % 12 + 1) * 100 + (geboren - maanden).astype(np.int64) + 1
    vorige = maand.start.offset(-1, "day")
    leeftijd = (vorige.year * 10000 + vorige.month * 100 + vorige.day - getal) // 10000
    partner = arrays.rol_gezin == 0
    verzekerd = (leeftijd >= 18) & partner
    g = arrays.gezin
    ng = arrays.aantal_gezinnen
    aantal_partners = np.bincount(g, weights=partner, minlength=ng)
    aantal_verzekerd = np.bincount(g, weights=verzekerd, minlength=ng)
    # float32 where OpenFisca stores a variable (its dtype for float), so that the rounding edges are the same
    f32 = np.float32
    inkomen = np.bincount(g, weights=np.where(partner, arrays.invoer["toetsingsinkomen"][str(maand.this_year)], 0), minlength=ng).astype(f32)
    vermogen = np.bincount(g, weights=np.where(partner, arrays.invoer["vermogen"][str(maand.this_year)], 0), minlength=ng).astype(f32)
    met_partner = aantal_partners >= 2
    percentage = np.where(met_partner, z.normpremie.percentage_drempelinkomen_partner, z.normpremie.percentage_drempelinkomen_alleenstaande)
    normpremie = (percentage * drempel + z.normpremie.afbouwpercentage * np.maximum(inkomen - drempel, 0)).astype(f32)
    verschil = np.maximum(np.where(met_partner, 2, 1) * z.standaardpremie - normpremie, 0)
    aanspraak = np.where(met_partner & (aantal_verzekerd == 1), z.aandeel_partner_niet_verzekerd * verschil, verschil)
    boven = np.where(met_partner, vermogen > z.vermogensgrens.met_partner, vermogen > z.vermogensgrens.alleenstaande)
    aanspraak_jaar = np.where((aantal_verzekerd >= 1) & ~boven, aanspraak, 0).astype(f32)
    recht = maandbedrag_toeslag(aanspraak_jaar, p.awir.minimum_tegemoetkoming)
    neemt = arrays.invoer.get("neemt_zorgtoeslag_af", {}).get(str(maand))
    return np.where(neemt if neemt is not None else True, recht, 0)


def vergelijk_zorgtoeslag(n: int, periode: str, herhaal: int) -> dict:
    arrays = zorgtoeslag_invoer(n, periode)
    zorgtoeslag_engine(arrays, periode)  # warm-up (parameters, imports)
    paren = []
    for _ in range(herhaal):
        c0, w0 = time.process_time(), time.perf_counter()
        engine = zorgtoeslag_engine(arrays, periode)
        c1, w1 = time.process_time(), time.perf_counter()
        hand = zorgtoeslag_numpy(arrays, periode)
        c2, w2 = time.process_time(), time.perf_counter()
        if not np.allclose(engine, hand, atol=0.005):
            verschil = np.flatnonzero(~np.isclose(engine, hand, atol=0.005))
            raise SystemExit(f"engine and numpy differ for {len(verschil)} gezinnen, e.g. {verschil[:5]}")
        paren.append({"engine_cpu": c1 - c0, "numpy_cpu": c2 - c1, "engine_s": w1 - w0, "numpy_s": w2 - w1})
    ratio_cpu = sorted(p["engine_cpu"] / p["numpy_cpu"] for p in paren)
    ratio_wall = sorted(p["engine_s"] / p["numpy_s"] for p in paren)
    return {
        "gezinnen": int(arrays.aantal_gezinnen),
        "engine_cpu_s": float(np.median([p["engine_cpu"] for p in paren])),
        "numpy_cpu_s": float(np.median([p["numpy_cpu"] for p in paren])),
        "ratio_cpu_mediaan": ratio_cpu[len(ratio_cpu) // 2],
        "ratio_wall_mediaan": ratio_wall[len(ratio_wall) // 2],
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--huishoudens", type=int, default=1_000_000)
    parser.add_argument("--periode", default="2025-07")
    parser.add_argument("--herhaal", type=int, default=3)
    parser.add_argument("--blok", type=int, default=125_000)
    parser.add_argument("--kind", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.kind:
        print(json.dumps(kind_populatie(args.huishoudens, args.periode, args.blok)))
        return 0

    print(f"machine: {os.cpu_count()} cores, load {belasting()} (other processes share it)")
    print(f"1. population of {args.huishoudens:,} households, {args.periode}, blocks of {args.blok:,}")
    beste = None
    for _ in range(max(1, args.herhaal - 2)):
        uit = subprocess.run([sys.executable, __file__, "--kind", "--huishoudens", str(args.huishoudens),
                              "--periode", args.periode, "--blok", str(args.blok)], capture_output=True, text=True)
        if uit.returncode:
            raise SystemExit(uit.stderr)
        meting = json.loads(uit.stdout.strip().splitlines()[-1])
        if beste is None or meting["rekenen_s"] < beste["rekenen_s"]:
            beste = meting
    print(f"   generate: {beste['genereren_s']:.1f} s (cpu {beste['genereren_cpu_s']:.1f} s)")
    print(f"   compute:  {beste['rekenen_s']:.1f} s (cpu {beste['rekenen_cpu_s']:.1f} s), peak memory {beste['piek_gb']:.2f} GB"
          f"   goal ≤ 30 s, ≤ 6 GB: {'met' if beste['rekenen_s'] <= 30 and beste['piek_gb'] <= 6 else 'NOT met'}"
          f" (cpu: {'met' if beste['rekenen_cpu_s'] <= 30 else 'not met'})")
    print(f"   load after: {belasting()}")
    print(f"2. zorgtoeslag chain, engine against hand-written numpy, {args.huishoudens:,} households, {args.herhaal} pairs")
    z = vergelijk_zorgtoeslag(args.huishoudens, args.periode, args.herhaal)
    print(f"   {z['gezinnen']:,} gezinnen; engine cpu {z['engine_cpu_s']:.2f} s, numpy cpu {z['numpy_cpu_s']:.2f} s;"
          f" ratio (median of pairs) cpu {z['ratio_cpu_mediaan']:.2f}×, wall {z['ratio_wall_mediaan']:.2f}×"
          f"   goal ≤ 3×: {'met' if z['ratio_cpu_mediaan'] <= 3 else 'NOT met'}")
    print(f"   load after: {belasting()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
