"""Which schemes cause a cliff or plateau, in euros that add up exactly, with the law they rest on.

For a cliff from input value `a` to `b`, net income changes by Δ = net(b) − net(a) (negative for a cliff).
Each scheme of the registry (`regelingen.yaml`) pays through one or more amount variables. A
**counterfactual run** freezes a set F of schemes at their pre-cliff value: their amount variables are
set, for every month of the year, to the values they had at `a`, and everything else is recomputed at `b`.
Knock-on effects stay in: with bijstand frozen, a higher wage still raises the toetsingsinkomen and lowers
the toeslagen; with tax frozen, bijstand sees the full gross rise as net wage. Write f(F) for Δnet with F
frozen: f(∅) = Δ, and f(all) is the **direct effect** of the input itself (e.g. the gross wage rise).

The shares are the **Shapley values** of the game "schemes left free": scheme i gets

    φ_i = Σ_{F ∋ i} (k − |F|)! (|F| − 1)! / k! · [f(F \\ {i}) − f(F)]

(the average over every order of un-freezing the schemes of what un-freezing i changes). They add up
exactly: Σ φ_i = f(∅) − f(all), so direct effect + Σ φ_i = Δ, to the float64 rounding of the sum.
A scheme whose amount never moves in any counterfactual has φ = 0 (a dummy player); such schemes are left
out of the game, which changes no other share. Which schemes those are is found by computing: a scheme is
in the game when it pays something at `a` or `b`, or changes in any counterfactual run of the others.

All 2^k counterfactual runs of all cliffs are **one batched OpenFisca population** (one copy of the
household per cliff and frozen set) under a reform that lets each amount variable be frozen per copy
(`samenloop_bevroren__<var>` flag, `samenloop_bevriezing__<var>` value). The reform wraps the existing
formula (`where(frozen, value, formula)`) without knowing what it computes.
"""

from __future__ import annotations

import copy
import math
from typing import Sequence

import numpy as np
import pandas as pd
from openfisca_core import periods
from openfisca_core.reforms import Reform
from openfisca_core.variables import Variable

from openfisca_samenloop.analyse.kliffen import Klif, Oorzaak, vind_kliffen
from openfisca_samenloop.invoer.periodes import periode_voor
from openfisca_samenloop.analyse.scan import (
    NETTO, WEKEN_PER_MAAND, Huishoudsom, _Invoer, reeks_simulatie, regelingen, uurloon,
)
from openfisca_samenloop.invoer.situatie import laad_situatie

VLAG = "samenloop_bevroren__"
WAARDE = "samenloop_bevriezing__"
MAX_SPELERS = 12  # 2^12 = 4096 copies per cliff at most
VERANDERD = 0.005  # euros: a scheme amount that moves less than half a cent has not moved


# ------------------------------------------------------------------------------------- freeze reform
_bevriezingen: dict = {}


def bevriezingssysteem(tbs, variabelen: Sequence[str]):
    """A reform of `tbs` in which each of `variabelen` can be frozen per entity instance (cached)."""
    sleutel = (id(tbs), tuple(sorted(variabelen)))
    if sleutel not in _bevriezingen:
        namen = sorted(variabelen)

        class Bevriezing(Reform):
            name = "Bevriezing van regelingen (attributie van kliffen)"

            def apply(self):
                for naam in namen:
                    _maak_bevriesbaar(self, naam)

        _bevriezingen[sleutel] = (tbs, Bevriezing(tbs))
    return _bevriezingen[sleutel][1]


def _maak_bevriesbaar(reform, naam: str) -> None:
    origineel = reform.variables[naam]
    gemeen = {"entity": origineel.entity, "definition_period": origineel.definition_period}
    reform.add_variable(type(VLAG + naam, (Variable,), dict(gemeen, value_type=bool, default_value=False,
                                                          label=f"{naam} bevroren (attributie)")))
    reform.add_variable(type(WAARDE + naam, (Variable,), dict(gemeen, value_type=float,
                                                            label=f"bevroren waarde van {naam} (attributie)")))
    nieuw = copy.copy(origineel)
    formules = dict(origineel.formulas) or {"0001-01-01": None}
    nieuw.formulas = type(origineel.formulas)({start: _omhulsel(naam, formule, origineel) for start, formule in formules.items()})
    reform.variables[naam] = nieuw


def _omhulsel(naam, formule, origineel):
    def bevriesbaar(populatie, periode, parameters):
        vlag = populatie(VLAG + naam, periode)
        if vlag.all():
            return populatie(WAARDE + naam, periode)
        if formule is None:
            vrij = origineel.default_array(populatie.count)
        elif formule.__code__.co_argcount == 2:
            vrij = formule(populatie, periode)
        else:
            vrij = formule(populatie, periode, parameters)
        if not vlag.any():
            return vrij
        return np.where(vlag, populatie(WAARDE + naam, periode), vrij)

    return bevriesbaar


# ------------------------------------------------------------------------------------------ attribution
def attribueer(
    tabel: pd.DataFrame,
    kliffen: list[Klif] | None = None,
    situatie=None,
    tbs=None,
    alle_regelingen: bool = False,
) -> list[Klif]:
    """Fill `oorzaken` and `direct_effect` of each cliff and plateau of a scan; returns the list.

    `tabel` is the result of `scan` (its `attrs` say what was scanned); `situatie` defaults to the scanned
    situation by name, `tbs` to the baseline (pass the same system the scan used). With
    `alle_regelingen=True` every scheme is a player, also those that never move (their share is 0).
    """
    from openfisca_samenloop.systeem import basissysteem

    tbs = tbs or basissysteem()
    if kliffen is None:
        kliffen = vind_kliffen(tabel)
    if not kliffen:
        return kliffen
    meta = tabel.attrs
    if situatie is None:
        situatie = meta.get("situatie_object") or meta["situatie"]
    situatie = laad_situatie(situatie, tbs)
    maand = periods.period(meta["periode"])
    invoer = _Invoer(tbs, situatie, meta["variabele"], meta["persoon"], maand)
    perioden = invoer.perioden(meta["weergave"])
    x = tabel["invoer"].to_numpy(dtype=float)
    if invoer.uren:
        x = x * uurloon(tbs, maand) * WEKEN_PER_MAAND
    registry = meta.get("register") or regelingen(tbs)
    alle_variabelen = sorted({v for item in registry for v in item["variabelen"]})
    maanden = list(maand.this_year.get_subperiods(periods.DateUnit.MONTH))

    def perioden_van(naam):
        variabele = tbs.variables[naam]
        return [maand.this_year] if variabele.definition_period == periods.DateUnit.YEAR else maanden

    # 1. The pre-cliff and end values of every amount variable, every month: one population of 2 copies per cliff.
    punten = np.array([[x[k.i_begin], x[k.i_eind]] for k in kliffen]).ravel()
    begin_eind = reeks_simulatie(tbs, situatie, maand, invoer.variabele.name, invoer.index, punten, perioden)
    waarden = {
        naam: {p: np.asarray(begin_eind.calculate(naam, p), dtype=float).reshape(len(kliffen), 2, -1) for p in perioden_van(naam)}
        for naam in alle_variabelen
    }
    netto_begin = Huishoudsom(begin_eind, situatie, invoer.persoon).bereken(NETTO, maand)[0::2]

    def beweegt(item, c):  # does the scheme pay something at a or b, or change between them?
        for naam in item["variabelen"]:
            for array in waarden[naam].values():
                if np.abs(array[c]).max() > VERANDERD:
                    return True
        return False

    spelers = [[item for item in registry if alle_regelingen or beweegt(item, c)] for c in range(len(kliffen))]
    bevriessysteem = bevriezingssysteem(tbs, alle_variabelen)

    # 2. Every frozen set of every cliff at its end point, in one population; grow the player sets while a
    #    scheme left out moves in a counterfactual (then it is no dummy), at most MAX_SPELERS.
    for _ in range(len(registry) + 1):
        f, bewogen = _tegenfeitelijk(bevriessysteem, situatie, maand, invoer, perioden, x, kliffen, spelers, waarden,
                                     perioden_van, alle_variabelen, registry, netto_begin)
        gegroeid = False
        for c in range(len(kliffen)):
            namen = {item["naam"] for item in spelers[c]}
            erbij = [item for item in registry if item["naam"] not in namen and item["naam"] in bewogen[c]]
            if erbij and len(spelers[c]) + len(erbij) <= MAX_SPELERS:
                spelers[c] = spelers[c] + erbij
                gegroeid = True
        if not gegroeid:
            break

    netto_scan = tabel[NETTO].to_numpy(dtype=float)
    for c, klif in enumerate(kliffen):
        k = len(spelers[c])
        fc = f[c]
        phi = _shapley(fc, k)
        delta = fc[0]
        klif.direct_effect = float(fc[(1 << k) - 1])
        klif.controle_verschil = float(delta - (netto_scan[klif.i_eind] - netto_scan[klif.i_begin]))
        genomen = -phi[phi < 0].sum()
        klif.oorzaken = []
        for i, item in enumerate(spelers[c]):
            oorzaak = _oorzaak(tbs, item, float(phi[i]), delta, genomen, klif.soort)
            oorzaak.verandering = sum(
                item["tekens"][naam] * float(waarden[naam][periode_voor(tbs.variables[naam], maand)][c, 1].sum()
                                             - waarden[naam][periode_voor(tbs.variables[naam], maand)][c, 0].sum())
                for naam in item["variabelen"]
            )
            if abs(oorzaak.verandering) > 0.01 and abs(fc[1 << i] - fc[0]) < VERANDERD:
                oorzaak.opmerking = (
                    "its amount changes, but freezing it does not change besteedbaar_inkomen: are the registry's "
                    f"variables ({', '.join(item['variabelen'])}) the ones net income is built from?"
                )
            klif.oorzaken.append(oorzaak)
        klif.oorzaken.sort(key=lambda o: o.bedrag)
    return kliffen


def _tegenfeitelijk(systeem, situatie, maand, invoer, perioden, x, kliffen, spelers, waarden, perioden_van,
                    alle_variabelen, registry, netto_begin):
    """f[c][mask] = Δnet of cliff c with the schemes in `mask` frozen; and which non-players moved."""
    kopie_cliff, kopie_mask = [], []
    for c, s in enumerate(spelers):
        aantal = 1 << len(s)
        kopie_cliff.append(np.full(aantal, c))
        kopie_mask.append(np.arange(aantal))
    kopie_cliff = np.concatenate(kopie_cliff)
    kopie_mask = np.concatenate(kopie_mask)
    eindpunten = x[[kliffen[c].i_eind for c in kopie_cliff]]
    # The population is built on the plain (un-reformed) situation, with the freeze inputs set per copy.
    simulatie = reeks_simulatie(systeem, situatie, maand, invoer.variabele.name, invoer.index, eindpunten, perioden)
    for naam in alle_variabelen:
        bevroren = np.zeros(len(kopie_cliff), dtype=bool)
        for c, s in enumerate(spelers):
            for i, item in enumerate(s):
                if naam in item["variabelen"]:
                    rijen = kopie_cliff == c
                    bevroren[rijen] = (kopie_mask[rijen] >> i) & 1 == 1
        if not bevroren.any():
            continue
        for periode in perioden_van(naam):
            begin = waarden[naam][periode][:, 0, :]  # (cliffs, instances per copy)
            per_instantie = begin.shape[1]
            simulatie.set_input(WAARDE + naam, periode, begin[kopie_cliff].ravel())
            simulatie.set_input(VLAG + naam, periode, np.repeat(bevroren, per_instantie))
    som = Huishoudsom(simulatie, situatie, invoer.persoon)
    netto_eind = som.bereken(NETTO, maand)
    # Δnet against the pre-cliff net income, which no freezing changes (every frozen value is its own value there).
    f = []
    bewogen = []
    for c, s in enumerate(spelers):
        rijen = kopie_cliff == c
        f.append(netto_eind[rijen] - netto_begin[c])
        namen = {item["naam"] for item in s}
        bewogen_c = set()
        for item in registry:
            if item["naam"] in namen:
                continue
            for naam in item["variabelen"]:
                variabele = systeem.variables[naam]
                p = periode_voor(variabele, maand)
                nu = np.asarray(simulatie.calculate(naam, p), dtype=float).reshape(len(kopie_cliff), -1)[rijen]
                p_begin = p if p in waarden[naam] else None
                ref = waarden[naam][p_begin][c, 0] if p_begin is not None else nu[0]
                if np.abs(nu - ref).max() > VERANDERD:
                    bewogen_c.add(item["naam"])
        bewogen.append(bewogen_c)
    return f, bewogen


def _shapley(f: np.ndarray, k: int) -> np.ndarray:
    """Shapley values of the 'schemes left free' game from f[mask] = Δnet with `mask` frozen."""
    if k == 0:
        return np.zeros(0)
    maskers = np.arange(1 << k)
    grootte = np.array([bin(m).count("1") for m in maskers])
    gewicht = np.array([math.factorial(k - s) * math.factorial(s - 1) / math.factorial(k) if s > 0 else 0.0 for s in range(k + 1)])
    phi = np.zeros(k)
    for i in range(k):  # k ≤ MAX_SPELERS: a loop over schemes, each step vectorised over the 2^k sets
        met = (maskers >> i) & 1 == 1
        phi[i] = np.sum(gewicht[grootte[met]] * (f[maskers[met] & ~(1 << i)] - f[maskers[met]]))
    return phi


def _oorzaak(tbs, item, bedrag, delta, genomen, soort) -> Oorzaak:
    if soort == "klif" and delta < 0:
        aandeel = -bedrag / -delta
    else:
        aandeel = -bedrag / genomen if genomen > 0 else 0.0
    referenties = tuple(_referentie(tbs.variables[v]) for v in item["variabelen"])
    return Oorzaak(
        regeling=item["naam"], label=item.get("label", item["naam"]), bedrag=bedrag, aandeel=aandeel,
        wet=item.get("wet", ""), artikel=str(item.get("artikel", "")), href=item.get("href", ""),
        instantie=item.get("instantie", ""), variabelen=tuple(item["variabelen"]), referenties=referenties,
    )


def _referentie(variabele) -> str:
    referentie = getattr(variabele, "reference", None) or ""
    if isinstance(referentie, (list, tuple)):
        return " ".join(str(r) for r in referentie)
    return str(referentie)
