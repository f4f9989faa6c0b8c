"""Shared pieces of the Wet op de huurtoeslag (Wht, BWBR0008659) used by more than one variable file.

- `HuurtoeslagHuishoudtype`: the household types of Wht art. 2 (four in 2024, two from 2025).
- `naar_boven_op_centen`: rounding up to whole eurocents (Wht art. 19 lid 3).
- `gesubsidieerd_deel`: the 100 % / 65 % / 40 % slices of Wht art. 21 lid 1–3.
"""

import numpy as np

from openfisca_core.indexed_enums import Enum


class HuurtoeslagHuishoudtype(Enum):
    eenpersoons = "Eenpersoonshuishouden"
    meerpersoons = "Meerpersoonshuishouden"
    eenpersoonsouderen = "Eenpersoonsouderenhuishouden (alleen 2024)"
    meerpersoonsouderen = "Meerpersoonsouderenhuishouden (alleen 2024)"


def naar_boven_op_centen(bedrag):
    """Round up to whole eurocents (Wht art. 19 lid 3: 'wordt naar boven afgerond op hele eurocenten').

    Computed in float64; the product is first rounded to 1e-6 cent so that an amount that is a whole number
    of cents in exact arithmetic (e.g. 225.54 evaluated as 225.54000000001) is not pushed up a cent."""
    centen = np.round(np.asarray(bedrag, dtype=np.float64) * 100, 6)
    return np.ceil(centen) / 100


def gesubsidieerd_deel(rekenhuur, basishuur, kwaliteitskortingsgrens, aftoppingsgrens, percentage_b, percentage_c):
    """Amount of Wht art. 21 lid 1–3 (per month), before any afbouw (2026) and before Awir rounding.

    - lid 1 a: rekenhuur above the basishuur up to the kwaliteitskortingsgrens: 100 %;
    - lid 1 b: above the kwaliteitskortingsgrens up to the aftoppingsgrens: percentage_b (65 %);
    - lid 1 c: above the aftoppingsgrens: percentage_c (40 %, or 0 where the law gives no subsidy there);
    - lid 2: a basishuur at or above the kwaliteitskortingsgrens: the part above the basishuur up to the
      aftoppingsgrens at percentage_b;
    - lid 3: a basishuur at or above the aftoppingsgrens: the part above the basishuur at percentage_c.
    Each slice starts at the higher of its own lower bound and the basishuur, which is exactly lid 2 and 3."""
    r = np.asarray(rekenhuur, dtype=np.float64)
    b = np.asarray(basishuur, dtype=np.float64)
    k = np.asarray(kwaliteitskortingsgrens, dtype=np.float64)
    a = np.asarray(aftoppingsgrens, dtype=np.float64)
    schijf_a = np.maximum(np.minimum(r, k) - b, 0)
    schijf_b = np.maximum(np.minimum(r, a) - np.maximum(k, b), 0)
    schijf_c = np.maximum(r - np.maximum(a, b), 0)
    return schijf_a + percentage_b * schijf_b + percentage_c * schijf_c
