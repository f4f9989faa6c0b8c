"""Cliffs and plateaus in a scan, as data.

A **cliff** (klif) is a range where net income falls as the input rises (marginale druk above 100 %). A
**plateau** is a range where net income does not fall but the marginale druk stays at or above a threshold
(default 80 %): most of every extra euro is taken away.

How a cliff is found in the scanned points (`vind_kliffen`):

1. Steps where net income does not rise (Δnet ≤ `ruis`, default € 0.002: OpenFisca computes in float32,
   so a flat stretch wobbles by fractions of a cent) are joined into runs.
2. In each run, the cliff starts at the last point where net income is at its highest before the lowest
   point, and ends at the lowest point. If it falls by more than `min_diepte` (default € 5 a month) it is
   a cliff. The toeslagen are rounded to whole euros a month (Awir art. 14 lid 4): on a fine grid, up to
   three of them stepping down by € 1 at the same point look like a "cliff" of a few euros; `min_diepte`
   keeps those rounding steps out (pass `min_diepte=0.01` to see them). A flat stretch (100 % druk) followed by a drop is one cliff that starts where the drop starts.
3. `diepte` is the net income lost (start − end). The **recovery point** (`herstel`) is the first input
   value after the end where net income is back at its start level (linear interpolation between the two
   points around it; None if not within the scanned range), and `extra_nodig` = herstel − begin: how much
   more input is needed before the step pays off.

Because a cliff is defined by where the fall starts and where it bottoms out, not by per-step rates, a
scan with N points and one with N/10 points find the same cliffs (the start and end move by at most one
coarse step; the depth by at most what one coarse step earns).

Plateaus (income inputs only: wage, hours, gifts; not vermogen, rent or prices) are runs of steps whose
marginale druk, taken over a window of 2 % of the scanned range (`venster`, so that the euro rounding of
the toeslagen averages out), is ≥ `drempel`, and that are not inside a cliff. Runs separated by less than a
window are joined when the whole stays above the threshold; a plateau shorter than half a window counts
only if every step in it is above the threshold. Edges are sharpened with the per-step druk. Their `diepte` is net income lost over the range (negative when net income still rises a little).

`Klif.oorzaken` is filled by `openfisca_samenloop.analyse.attributie.attribueer`.
"""

from __future__ import annotations

import dataclasses
from typing import Optional

import numpy as np
import pandas as pd

from openfisca_samenloop.analyse.scan import NETTO, VENSTER, venster_druk

DREMPEL = 0.8
RUIS = 0.002
MIN_DIEPTE = 5.0


@dataclasses.dataclass
class Oorzaak:
    """One scheme's part in a cliff or plateau: euros it adds to the change in net income (negative =
    it takes), and the law it rests on."""

    regeling: str
    label: str
    bedrag: float
    aandeel: float  # fraction of the net change lost (bedrag / −Δnet for a cliff; of the schemes' total take for a plateau)
    wet: str = ""
    artikel: str = ""
    href: str = ""
    instantie: str = ""
    variabelen: tuple = ()
    referenties: tuple = ()  # `reference` of each amount variable (variable metadata)
    verandering: float = 0.0  # how much the scheme's own amount changed from begin to eind (teken applied)
    opmerking: str = ""  # a warning when the registry entry looks inconsistent with the model


@dataclasses.dataclass
class Klif:
    """A cliff (`soort="klif"`) or plateau (`soort="plateau"`) in a scan."""

    soort: str
    begin: float
    eind: float
    i_begin: int
    i_eind: int
    netto_begin: float
    netto_eind: float
    diepte: float  # net income lost over [begin, eind]
    marginale_druk: float  # 1 − Δnet/Δinput over the range (NaN for non-money inputs)
    herstel: Optional[float] = None
    extra_nodig: Optional[float] = None
    oorzaken: list = dataclasses.field(default_factory=list)
    direct_effect: float = float("nan")  # Δnet with every scheme frozen: what the input itself adds
    controle_verschil: float = float("nan")  # Δnet recomputed in the attribution run minus Δnet of the scan

    def als_dict(self) -> dict:
        return {k: v for k, v in dataclasses.asdict(self).items() if k != "oorzaken"}


def vind_kliffen(tabel: pd.DataFrame, drempel: float = DREMPEL, ruis: float = RUIS, min_diepte: float = MIN_DIEPTE,
                 venster: float = VENSTER) -> list[Klif]:
    """Every cliff and plateau in a scan table (from `openfisca_samenloop.analyse.scan.scan`), in input order."""
    x = tabel["invoer"].to_numpy(dtype=float)
    netto = tabel[NETTO].to_numpy(dtype=float)
    geld = bool(tabel.attrs.get("geld", True))
    basis = _basis(tabel)
    kliffen = _kliffen(x, netto, basis, ruis, min_diepte)
    inkomen = bool(tabel.attrs.get("inkomen", geld))
    plateaus = _plateaus(x, netto, basis, kliffen, drempel, venster) if inkomen else []
    return sorted(kliffen + plateaus, key=lambda k: (k.i_begin, k.soort))


def _basis(tabel: pd.DataFrame) -> np.ndarray:
    """The money measure the marginale druk is taken against (input, or brutoloon for hours); NaN if none."""
    if tabel.attrs.get("uren"):
        return tabel["brutoloon"].to_numpy(dtype=float)
    if tabel.attrs.get("geld", True):
        return tabel["invoer"].to_numpy(dtype=float)
    return np.full(len(tabel), np.nan)


def _druk(basis, netto, i, j) -> float:
    delta = basis[j] - basis[i]
    if not np.isfinite(delta) or delta == 0:
        return float("nan")
    return float(1 - (netto[j] - netto[i]) / delta)


def _runs(masker: np.ndarray):
    """(first step, last step) of each run of True in a per-step mask."""
    if not masker.any():
        return []
    rand = np.diff(np.concatenate([[0], masker.astype(np.int8), [0]]))
    return list(zip(np.flatnonzero(rand == 1), np.flatnonzero(rand == -1) - 1))


def _kliffen(x, netto, basis, ruis, min_diepte) -> list[Klif]:
    d = np.diff(netto)
    resultaat = []
    for eerste, laatste in _runs(d <= ruis):
        punten = np.arange(eerste, laatste + 2)  # step k goes from point k to point k + 1
        i_eind = int(punten[np.argmin(netto[punten])])
        voor = punten[punten <= i_eind]
        hoogste = netto[voor].max()
        i_begin = int(voor[np.flatnonzero(netto[voor] >= hoogste - ruis)[-1]])
        if i_begin >= i_eind:
            continue
        diepte = float(netto[i_begin] - netto[i_eind])
        if diepte <= min_diepte:
            continue
        herstel = _herstel(x, netto, i_eind, netto[i_begin])
        resultaat.append(Klif(
            soort="klif", begin=float(x[i_begin]), eind=float(x[i_eind]), i_begin=i_begin, i_eind=i_eind,
            netto_begin=float(netto[i_begin]), netto_eind=float(netto[i_eind]), diepte=diepte,
            marginale_druk=_druk(basis, netto, i_begin, i_eind), herstel=herstel,
            extra_nodig=None if herstel is None else herstel - float(x[i_begin]),
        ))
    return resultaat


def _herstel(x, netto, i_eind, niveau) -> Optional[float]:
    later = np.flatnonzero(netto[i_eind + 1 :] >= niveau)
    if len(later) == 0:
        return None
    j = i_eind + 1 + int(later[0])
    i = j - 1
    if netto[j] == netto[i]:
        return float(x[j])
    fractie = (niveau - netto[i]) / (netto[j] - netto[i])
    return float(x[i] + np.clip(fractie, 0, 1) * (x[j] - x[i]))


def _plateaus(x, netto, basis, kliffen, drempel, venster) -> list[Klif]:
    if not np.all(np.diff(basis) > 0):
        return []
    druk = venster_druk(basis, netto, venster)
    hoog = np.nan_to_num(druk, nan=-np.inf) >= drempel - 1e-9
    for klif in kliffen:  # steps inside a cliff belong to the cliff
        hoog[klif.i_begin : klif.i_eind] = False
    resultaat = []
    with np.errstate(divide="ignore", invalid="ignore"):
        stapdruk = np.nan_to_num(1 - np.diff(netto) / np.diff(basis), nan=-np.inf)
    binnen_klif = np.zeros(len(stapdruk), dtype=bool)
    for klif in kliffen:
        binnen_klif[klif.i_begin : klif.i_eind] = True
    breedte = venster * (basis[-1] - basis[0])
    halve = max(1, int(np.ceil(venster * len(stapdruk) / 2)))
    runs = []
    for eerste, laatste in _runs(hoog):
        eerste, laatste = int(eerste), int(laatste)
        # sharpen the edges with the per-step druk: grow by up to half a window while the steps are high
        for _ in range(halve):
            if eerste > 0 and stapdruk[eerste - 1] >= drempel and not binnen_klif[eerste - 1]:
                eerste -= 1
        for _ in range(halve):
            if laatste + 1 < len(stapdruk) and stapdruk[laatste + 1] >= drempel and not binnen_klif[laatste + 1]:
                laatste += 1
        # join with the previous run across a gap narrower than the window if the whole stays above the
        # threshold and no cliff lies in between (rounding makes the windowed druk dip briefly)
        if runs:
            vorige_eerste, vorige_laatste = runs[-1]
            if (laatste <= vorige_laatste or basis[eerste] - basis[vorige_laatste + 1] <= breedte) and not binnen_klif[vorige_laatste:eerste].any() \
                    and _druk(basis, netto, vorige_eerste, max(laatste, vorige_laatste) + 1) >= drempel:
                runs[-1] = (vorige_eerste, max(laatste, vorige_laatste))
                continue
        runs.append((eerste, laatste))
    for eerste, laatste in runs:
        i_begin, i_eind = eerste, laatste + 1
        # too short to tell from rounding: a plateau spans at least half a window (or is all high steps)
        if basis[i_eind] - basis[i_begin] < breedte / 2 and not np.all(stapdruk[eerste : laatste + 1] >= drempel):
            continue
        if _druk(basis, netto, i_begin, i_eind) < drempel:
            continue
        resultaat.append(Klif(
            soort="plateau", begin=float(x[i_begin]), eind=float(x[i_eind]), i_begin=i_begin, i_eind=i_eind,
            netto_begin=float(netto[i_begin]), netto_eind=float(netto[i_eind]),
            diepte=float(netto[i_begin] - netto[i_eind]), marginale_druk=_druk(basis, netto, i_begin, i_eind),
        ))
    return resultaat


def kliffen_tabel(kliffen: list[Klif]) -> pd.DataFrame:
    """One row per cliff or plateau (without causes)."""
    kolommen = [f.name for f in dataclasses.fields(Klif) if f.name != "oorzaken"]
    return pd.DataFrame([k.als_dict() for k in kliffen], columns=kolommen)


def oorzaken_tabel(kliffen: list[Klif]) -> pd.DataFrame:
    """One row per (cliff or plateau, scheme): the attribution, with the law."""
    rijen = []
    for nummer, klif in enumerate(kliffen, start=1):
        for oorzaak in klif.oorzaken:
            rij = {"nummer": nummer, "soort": klif.soort, "begin": klif.begin, "eind": klif.eind}
            rij.update(dataclasses.asdict(oorzaak))
            rijen.append(rij)
    return pd.DataFrame(rijen)


def samenvatting(tabel: pd.DataFrame) -> dict:
    """A short summary of a scan curve: net income at both ends, mean marginale druk, and the highest and
    lowest over a window of 2 % of the range (see `venster_druk`)."""
    netto = tabel[NETTO].to_numpy(dtype=float)
    basis = _basis(tabel)
    druk = venster_druk(basis, netto) if np.all(np.isfinite(basis)) else np.array([])
    eindig = druk[np.isfinite(druk)]
    return {
        "van": float(tabel["invoer"].iloc[0]),
        "tot": float(tabel["invoer"].iloc[-1]),
        "netto_van": float(netto[0]),
        "netto_tot": float(netto[-1]),
        "gemiddelde_druk": _druk(basis, netto, 0, len(netto) - 1),
        "hoogste_druk": float(eindig.max()) if len(eindig) else float("nan"),
        "laagste_druk": float(eindig.min()) if len(eindig) else float("nan"),
    }
