"""Shared helpers for the Participatiewet variables (variables/participatiewet/)."""

import numpy as np

PW = "https://wetten.overheid.nl/BWBR0015703/2026-01-01"


def afronden_op_centen(bedrag):
    """Half-up rounding to whole cents.

    The Participatiewet prints its norms in cents but states no rounding rule for the kostendelersnorm of art. 22a
    (the formula is an image in the consolidated text). The half-yearly municipal and SZW tables publish the
    per-person kostendelersnorm rounded to the cent, half up; this helper does the same. Computed in float64 with a
    small epsilon so that float32 inputs at x.xx5 round as the decimal figure would.
    """
    waarde = np.asarray(bedrag, dtype=np.float64)
    return np.floor(waarde * 100 + 0.5 + 1e-6) / 100


def parameter_of_none(parameters, pad):
    """The parameter at `pad` (dotted path below `parameters`), or None when it has no value yet at that instant."""
    node = parameters
    try:
        for deel in pad.split("."):
            node = getattr(node, deel)
        return node
    except Exception:  # ParameterNotFoundError before the first value
        return None
