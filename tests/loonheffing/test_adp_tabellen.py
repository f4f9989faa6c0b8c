"""Nettoloon against ADP's published net-wage changes, computed by ADP with the Belastingdienst's tables.

Sources (secondary, quoting ADP): hartvannederland.nl 2025-01 "Eerste loonstrookje 2025" (change 12/2024 →
01/2025) and hartvannederland.nl 2025-12-16 "Stijging nettoloon 2026" (change 12/2025 → 01/2026). The model
annualises × 12 and applies box 1 with the loonheffingskorting; the changes agree within € 1,35 a month.
"""

import pytest
from openfisca_core.simulation_builder import SimulationBuilder

from openfisca_samenloop import CountryTaxBenefitSystem

ADP_2025 = {1000: -21.67, 1500: -30.92, 2000: -32.25, 2250: 15.50, 2500: 25.33, 2750: 29.08, 3000: 32.08,
            3500: 48.34, 4000: 55.50, 5000: 53.17, 6000: 50.91, 7500: 56.58}
ADP_2026 = {1000: 7.84, 1250: 13.67, 1500: 16.34, 2000: 21.58, 2250: 12.66, 2500: 19.17, 3000: 17.59,
            3500: 16.50, 3750: 29.25, 4000: 33.08, 5000: 31.75, 6000: 30.50, 7000: 37.17}
# Minimumloon 36 uur: 14,40 × 156 in 12/2025, 14,71 × 156 in 01/2026 (ADP: + 46,05; 40 uur: + 51,36).
ADP_MINIMUMLOON_2026 = {36: 46.05, 40: 51.36}

SYSTEEM = CountryTaxBenefitSystem()


def verandering(lonen_voor, lonen_na, maand_voor, maand_na):
    ids = [f"p{i}" for i in range(len(lonen_voor))]
    situatie = {
        "personen": {
            pid: {"brutoloon": {maand_voor: voor, maand_na: na}, "belastbare_uitkering": {maand_voor: 0, maand_na: 0}}
            for pid, voor, na in zip(ids, lonen_voor, lonen_na)
        },
        "gezinnen": {f"g{pid}": {"partners": [pid]} for pid in ids},
        "huishoudens": {"h": {"bewoners": ids}},
    }
    simulatie = SimulationBuilder().build_from_entities(SYSTEEM, situatie)
    return simulatie.calculate("nettoloon", maand_na) - simulatie.calculate("nettoloon", maand_voor)


@pytest.mark.parametrize("adp, voor, na", [(ADP_2025, "2024-12", "2025-01"), (ADP_2026, "2025-12", "2026-01")])
def test_verandering_nettoloon_zoals_adp(adp, voor, na):
    lonen = list(adp)
    model = verandering(lonen, lonen, voor, na)
    for loon, m in zip(lonen, model):
        assert abs(m - adp[loon]) <= 1.35, f"{loon}: model {m:.2f}, ADP {adp[loon]}"


def test_minimumloon_2026_zoals_adp():
    uren = list(ADP_MINIMUMLOON_2026)
    model = verandering([14.40 * 52 / 12 * u for u in uren], [14.71 * 52 / 12 * u for u in uren], "2025-12", "2026-01")
    for u, m in zip(uren, model):
        assert abs(m - ADP_MINIMUMLOON_2026[u]) <= 1.35, f"{u} uur: model {m:.2f}, ADP {ADP_MINIMUMLOON_2026[u]}"
