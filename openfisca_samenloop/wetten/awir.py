"""Shared rules of the Algemene wet inkomensafhankelijke regelingen (Awir, BWBR0018472) for every toeslag.

Art. 14 lid 4: "Het bedrag van de tegemoetkoming wordt rekenkundig afgerond op hele euro's."
Art. 14 lid 5: "Een tegemoetkoming wordt niet toegekend indien deze minder dan € 24 zou bedragen."
(https://wetten.overheid.nl/BWBR0018472/2026-01-01#Artikel14; same text 2024–2026.)

How this applies to the monthly amounts of this package
------------------------------------------------------
The tegemoetkoming is an amount over the berekeningsjaar (Awir art. 2 onder b), although the aanspraak is
determined for each calendar month separately (Wzt art. 2 lid 5, Wet KGB art. 2, Wht). Dienst Toeslagen pays
it as a voorschot in monthly termijnen (Awir art. 16, 22). No provision in the Wzt, the Awir or the
Uitvoeringsregeling Awir says how the yearly amount is split into months; the Dienst's practice is visible in
its publications:

* the leaflets "Berekening zorgtoeslag 2024/2025/2026" (stap 5) print the unrounded monthly amount and then
  "na afronding" the whole euro below (2024: € 123,59 → € 123; 2025: € 131,12 → € 131; 2026: € 129,20 → € 129);
* the table "Hoeveel zorgtoeslag krijg ik?" (belastingdienst.nl, "De bedragen per maand zijn afgerond") shows
  that the yearly amount is rounded to whole euros first (art. 14 lid 4) and the twelfth is then rounded down:
  2025 with toeslagpartner at € 34.000: € 2.243,83 → € 2.244 → € 187 (not € 186,99 → € 186).

So, for a situation that holds the whole year:

    jaarbedrag  = round_half_up(aanspraak over the year)          (art. 14 lid 4)
    jaarbedrag  = 0 if jaarbedrag < 24                           (art. 14 lid 5)
    maandbedrag = floor(jaarbedrag / 12)                          (Dienst Toeslagen practice)

`maandbedrag_toeslag` implements exactly that. The difference between 12 × maandbedrag and the yearly
tegemoetkoming (at most € 11) is settled at the definitive toekenning after the year; the model shows the
monthly voorschot a household actually receives. Where the situation changes within a year (a partner
arrives, a child turns 18) the law sums the months' aanspraken and applies art. 14 to the total; this package
applies it to each month's yearly-equivalent amount, which is exact when nothing changes and differs by at
most the rounding otherwise.
"""

import numpy as np

MAANDEN_PER_JAAR = 12


def rekenkundig_afronden(bedrag):
    """Round half away from zero to whole euros ("rekenkundig afgerond op hele euro's", Awir art. 14 lid 4).

    numpy's `round` rounds half to even (banker's rounding); the law means the ordinary arithmetic rounding.
    The amounts are float32 in OpenFisca, so a tiny epsilon keeps e.g. 23.4999998 (a float32 image of 23.50)
    on the right side."""
    bedrag = np.asarray(bedrag, dtype=np.float64)
    return np.sign(bedrag) * np.floor(np.abs(bedrag) + 0.5 + 1e-6)


def toe_te_kennen_jaarbedrag(aanspraak_jaar, minimum):
    """The tegemoetkoming over a year after Awir art. 14 lid 4 and 5: whole euros, and 0 under `minimum` (€ 24)."""
    afgerond = rekenkundig_afronden(np.maximum(aanspraak_jaar, 0))
    return np.where(afgerond < minimum, 0, afgerond)


def maandbedrag_toeslag(aanspraak_jaar, minimum):
    """Monthly voorschot of a toeslag whose yearly aanspraak is `aanspraak_jaar`: the yearly tegemoetkoming
    (art. 14 lid 4–5) divided by twelve and rounded down to whole euros, as Dienst Toeslagen pays it."""
    jaarbedrag = toe_te_kennen_jaarbedrag(aanspraak_jaar, minimum)
    return np.floor(jaarbedrag / MAANDEN_PER_JAAR + 1e-6)
