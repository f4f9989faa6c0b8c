"""Shared rules for the kinderopvangtoeslag (Wet kinderopvang, BWBR0017017; Besluit kinderopvangtoeslag,
BWBR0017321).

Variable files are loaded by path, so the Enum of the kinds of childcare lives here and is imported by every file
that needs it (and by other schemes or analyses that set `kinderopvang_soort`).
"""

from openfisca_core.indexed_enums import Enum


class KinderopvangSoort(Enum):
    """The three kinds of childcare with their own maximum uurprijs (Besluit kinderopvangtoeslag art. 4 lid 1)."""

    dagopvang = "Dagopvang (kindercentrum, kinderen tot de leeftijd waarop zij het basisonderwijs volgen)"
    buitenschoolse_opvang = "Buitenschoolse opvang (kindercentrum, kinderen in de basisschoolleeftijd)"
    gastouderopvang = "Gastouderopvang (geregistreerde voorziening voor gastouderopvang)"


# Wet kinderopvang art. 1.1: dagopvang is for children "tot de leeftijd waarop zij het basisonderwijs volgen";
# basisonderwijs may start at 4 (Wet op het primair onderwijs art. 39 lid 1).
LEEFTIJD_BASISONDERWIJS = 4

# Wet kinderopvang art. 1.1 ("kinderopvang": until the first day of the month in which secondary school begins).
# Age proxy used when `volgt_voortgezet_onderwijs` is not given: from 13 years. Most children start secondary school
# in August in the year they turn 12 or 13; see the documentation of `volgt_voortgezet_onderwijs`.
LEEFTIJD_VOORTGEZET_ONDERWIJS = 13


def rij_status_niet_bevestigd(schaal, instant, inkomen):
    """For each income: True when the row of the kinderopvangtoeslagtabel that `schaal` (an uninstantiated
    scale parameter such as kinderopvang.percentage_eerste_kind) applies at `instant` has a threshold or a
    percentage whose metadata status is not `bevestigd` (i.e. `onbevestigd` or `afgeleid`).

    The statuses are read from the parameter files' metadata, so the flag follows the files when a row gets
    confirmed."""
    import numpy as np

    datum = str(instant)
    drempels, onzeker = [], []
    for schijf in schaal.brackets:
        waarden = []
        for deel in (schijf.threshold, schijf.amount):
            geldig = [w for w in deel.values_list if w.instant_str <= datum]
            waarden.append(geldig[0] if geldig else None)  # values_list is newest first
        drempel, bedrag = waarden
        if drempel is None or drempel.value is None:
            continue
        drempels.append(drempel.value)
        onzeker.append(any((w is None) or (w.metadata or {}).get("status") != "bevestigd" for w in waarden))
    if not drempels:
        return np.zeros(len(inkomen), dtype=bool)
    rij = np.searchsorted(np.asarray(drempels, dtype=float), np.asarray(inkomen, dtype=float), side="right") - 1
    return np.asarray(onzeker, dtype=bool)[np.clip(rij, 0, len(onzeker) - 1)]
