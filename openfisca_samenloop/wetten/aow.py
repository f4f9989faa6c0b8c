"""Helpers of the Algemene Ouderdomswet shared by the AOW variables."""

import numpy as np


def maandindex(datums):
    """Months since January of year 0 for an array of numpy datetime64 dates (year × 12 + month − 1)."""
    maanden = datums.astype("datetime64[M]").astype(int)  # months since 1970-01
    return maanden + 1970 * 12


def bereikt_in_of_voor_maand(geboortedatum, leeftijd_opgegeven, afgeleide_leeftijd, maand_instant, leeftijd_dit_jaar, leeftijd_vorig_jaar):
    """True when the pensioengerechtigde leeftijd is reached on a day in or before the month.

    AOW art. 7a sets the age per calendar year in which it is reached: someone reaches it in year Y when
    birth + L(Y) falls in Y. Because L rises by at most a few months a year, a person who reached it by
    December of Y−1 (with L(Y−1)) keeps it; so the test is: birth + L(Y) ≤ this month, or birth + L(Y−1) ≤
    December of Y−1. Whole months: a birthday on any day of the month counts for that month (the AOW premium
    stops from the first day of that month, Wfsv art. 10 lid 2).

    When `leeftijd` was given in the situation (it differs from the age derived from `geboortedatum`), the
    age in months is taken as leeftijd × 12 and compared with L(Y): the exact month is then unknown.
    """
    geboren = maandindex(geboortedatum)
    deze_maand = maand_instant.year * 12 + maand_instant.month - 1
    december_vorig_jaar = maand_instant.year * 12 - 1
    volgens_datum = (geboren + leeftijd_dit_jaar <= deze_maand) | (geboren + leeftijd_vorig_jaar <= december_vorig_jaar)
    volgens_leeftijd = leeftijd_opgegeven * 12 >= leeftijd_dit_jaar
    return np.where(leeftijd_opgegeven == afgeleide_leeftijd, volgens_datum, volgens_leeftijd)


def deel_van_de_maand(geboortedatum, leeftijd_opgegeven, afgeleide_leeftijd, maand_instant, leeftijd_dit_jaar, leeftijd_vorig_jaar):
    """Share of the month's calendar days on which the pensioengerechtigde leeftijd has been reached: 0 before the
    month in which it is reached, 1 after it, and X/Y in that month (X = the days of the month from the day the
    age is reached, Y = the days of the month).

    AOW art. 16 lid 1: the pension starts on the day the conditions are met. AOW art. 11 lid 2 uses the same X/Y
    (days from the day the age is reached over the days of the month) for the month of the AOW birthday. The day
    the age is reached is the birthday in the month birth + L months; a birth on the 29th-31st in a shorter month
    is taken as the last day of that month (package's choice; the law does not say).
    When `leeftijd` was given instead of a birth date (see `bereikt_in_of_voor_maand`), the day is unknown and the
    share is 1 or 0 for the whole month."""
    bereikt = bereikt_in_of_voor_maand(
        geboortedatum, leeftijd_opgegeven, afgeleide_leeftijd, maand_instant, leeftijd_dit_jaar, leeftijd_vorig_jaar
    )
    geboren = maandindex(geboortedatum)
    deze_maand = maand_instant.year * 12 + maand_instant.month - 1
    december_vorig_jaar = maand_instant.year * 12 - 1
    al_eerder = (geboren + leeftijd_dit_jaar < deze_maand) | (geboren + leeftijd_vorig_jaar <= december_vorig_jaar)
    dag = (geboortedatum - geboortedatum.astype("datetime64[M]")).astype(int) + 1
    dagen = _dagen_in_maand(maand_instant)
    dag = np.minimum(dag, dagen)
    deel = (dagen - dag + 1) / dagen
    volgens_datum = np.where(al_eerder, 1.0, deel)
    return np.where(bereikt, np.where(leeftijd_opgegeven == afgeleide_leeftijd, volgens_datum, 1.0), 0.0)


def _dagen_in_maand(maand_instant):
    import calendar

    return calendar.monthrange(maand_instant.year, maand_instant.month)[1]


def gehuwd(persoon, period):
    """True for a partner in a gezin with two partners: the AOW gehuwdennorm (AOW art. 1 lid 2–4, art. 9 lid 1
    onder b) applies whatever the age of the other partner."""
    from openfisca_samenloop.entities import Gezin

    heeft_partner = persoon.gezin("heeft_partner", period)
    return heeft_partner & persoon.has_role(Gezin.PARTNER)


def opgebouwd_bedrag(persoon, period, parameters, bedragen):
    """An AOW amount (`bedragen`: a node with `alleenstaand` and `gehuwd`) for someone with the AOW age: the
    rate for their leefvorm times the opbouw share, rounded to the cent; 0 before the AOW age. In the month the
    age is reached only the days from that day count (`aow_deel_van_de_maand`, AOW art. 16 lid 1)."""
    vol = np.where(gehuwd(persoon, period), bedragen.gehuwd, bedragen.alleenstaand)
    maandbedrag = np.round(vol * opbouwfactor(persoon, period, parameters), 2)
    deel = persoon("aow_deel_van_de_maand", period)
    return np.where(deel >= 1, maandbedrag, np.round(maandbedrag * deel + 1e-9, 2))


def opbouwfactor(persoon, period, parameters):
    """Share of the full pension: 2 % per insured year, at most 50 years (AOW art. 13 lid 1)."""
    p = parameters(period.start).aow.opbouw
    jaren = np.clip(persoon("aow_verzekerde_jaren", period), 0, p.maximaal_aantal_jaren)
    return jaren * p.percentage_per_jaar


