"""Age in whole years from a date of birth: the one rule behind `leeftijd` and the age tests that need the age
on another day (the AOW-leeftijd, the kindgebonden budget's "month after the birthday").

A birth date may be given as numpy dates or as the integer yyyymmdd of `datum_als_getal` (what the variable
`geboortedatum_getal` holds, computed once per simulation): the age is then integer arithmetic, with no date
conversion on every month a formula asks for it."""

import numpy as np


def datum_als_getal(geboren):
    """yyyymmdd as an integer for an array of numpy datetime64 dates."""
    geboren = np.asarray(geboren, dtype="datetime64[D]")
    maanden = geboren.astype("datetime64[M]")
    jaar = maanden.astype("datetime64[Y]").astype(np.int64) + 1970
    maand = maanden.astype(np.int64) % 12 + 1
    dag = (geboren - maanden).astype(np.int64) + 1
    return (jaar * 10000 + maand * 100 + dag).astype(np.int32)


def leeftijd_op(geboren, start):
    """Age in whole years on the instant `start` (a birthday on that day counts), for an array of birth dates
    (numpy dates, or yyyymmdd integers). yyyymmdd orders as the dates do, so the whole years between two dates
    are the difference of their yyyymmdd numbers divided by 10,000, rounded down."""
    getal = geboren if np.issubdtype(np.asarray(geboren).dtype, np.integer) else datum_als_getal(geboren)
    dag = start.year * 10000 + start.month * 100 + start.day
    return np.maximum((dag - getal.astype(np.int64)) // 10000, 0)


def maandindex_uit_getal(getal):
    """Months since January of year 0 (year × 12 + month − 1) for yyyymmdd integers."""
    getal = getal.astype(np.int64)
    return (getal // 10000) * 12 + (getal // 100) % 100 - 1
