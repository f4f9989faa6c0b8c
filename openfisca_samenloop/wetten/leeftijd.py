"""Age in whole years from a date of birth: the one rule behind `leeftijd` and the age tests that need the age
on another day (the AOW-leeftijd, the kindgebonden budget's "month after the birthday")."""

import numpy as np


def leeftijd_op(geboren, start):
    """Age in whole years on the instant `start` (a birthday on that day counts) for an array of birth dates."""
    jaar = geboren.astype("datetime64[Y]").astype(int) + 1970
    maand = geboren.astype("datetime64[M]").astype(int) % 12 + 1
    dag = (geboren - geboren.astype("datetime64[M]")).astype(int) + 1
    nog_niet_jarig = (maand > start.month) | ((maand == start.month) & (dag > start.day))
    return np.maximum(start.year - jaar - nog_niet_jarig, 0)
