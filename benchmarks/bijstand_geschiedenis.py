"""Cost of the month-to-month state of the Participatiewet (issue 12 §2), measured as paired ratios in-process.

For one household, the same month (2026-12) is computed
  a. without a history (the default `begin_tijdlijn`: each month judged on its own inputs, as `simuleer` does),
  b. with a history from 2024-01 (36 months of bijstand, vrijlating months and debt carried by `period.last_month`),
     asked for 2026-12 first (the chain below it is filled in ascending order by `warm_op`), and
  c. as a tijdlijn: every month 2024-01 … 2026-12 asked in order.
Each on a fresh simulation (the tax-benefit system is built once); the fastest of N runs counts. The ratio b/a is
what a one-month question costs when the situation carries a 36-month history; c/a what a 36-month tijdlijn costs.

Run: `python benchmarks/bijstand_geschiedenis.py [--herhaal N]`.
"""

from __future__ import annotations

import argparse
import time
import warnings

from openfisca_core.simulation_builder import SimulationBuilder

from openfisca_samenloop import CountryTaxBenefitSystem

MAANDEN = [f"{jaar}-{maand:02d}" for jaar in (2024, 2025, 2026) for maand in range(1, 13)]
VARIABELEN = ["bijstand", "beslagvrije_voet", "bijstand_inhouding", "bijstand_schuld", "maanden_inkomstenvrijlating"]


def situatie(loon, begin):
    gezin = {"partners": ["p"], "bijstand_schuld_bij_begin": {"ETERNITY": 2400}}
    if begin:
        gezin["begin_tijdlijn"] = {"ETERNITY": "2024-01-01"}
    return {
        "personen": {"p": {"leeftijd": {m: 40 for m in MAANDEN}, "brutoloon": {m: loon for m in MAANDEN},
                           "verzwegen_inkomsten": {"2024-03": 100}}},
        "gezinnen": {"g": gezin},
        "huishoudens": {"h": {"bewoners": ["p"], "huur": {m: 600 for m in MAANDEN}}},
    }


def tijd(tbs, loon, begin, maanden, herhaal):
    beste = float("inf")
    for _ in range(herhaal):
        sim = SimulationBuilder().build_from_entities(tbs, situatie(loon, begin))
        start = time.perf_counter()
        for maand in maanden:
            for variabele in VARIABELEN:
                sim.calculate(variabele, maand)
        beste = min(beste, time.perf_counter() - start)
    return beste


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--herhaal", type=int, default=3)
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    tbs = CountryTaxBenefitSystem()
    for naam, loon in (("bijstand met deeltijdloon € 800", 800), ("voltijdwerker € 1.667 (buiten de bijstand)", 1667)):
        a = tijd(tbs, loon, False, ["2026-12"], args.herhaal)
        b = tijd(tbs, loon, True, ["2026-12"], args.herhaal)
        c = tijd(tbs, loon, True, MAANDEN, args.herhaal)
        print(f"{naam}: één maand zonder geschiedenis {a * 1000:.0f} ms; 2026-12 met 36 maanden geschiedenis "
              f"{b * 1000:.0f} ms ({b / a:.1f}×); tijdlijn 2024-01…2026-12 {c * 1000:.0f} ms ({c / a:.1f}×)")


if __name__ == "__main__":
    main()
