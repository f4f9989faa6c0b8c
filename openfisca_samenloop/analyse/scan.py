"""Scan one input of one household over a range: net income, every component and the marginale druk.

`scan(situatie, variabele, van, tot, punten)` varies one numeric input (of one person, or of the gezin or
huishouden that person belongs to) from `van` to `tot` in `punten` evenly spaced points and returns a pandas
DataFrame with one row per point. The household is replicated once per point in **one** OpenFisca
population (OpenFisca axes), so the whole curve costs one vectorised computation, never a Python loop over
points.

Columns of the result:

- `invoer`: the value of the scanned input (as the simulation actually holds it: an `int` input such as
  `leeftijd` is truncated to whole values).
- `besteedbaar_inkomen`: net disposable income of the scanned person's huishouden in the month.
- one column per component variable (`brutoloon`, `loonheffing`, `nettoloon`, `bijstand`, `zorgtoeslag`, …,
  `toetsingsinkomen` per year), summed over every member of that huishouden;
- one column per cost subtracted in `besteedbaar_inkomen` (`kinderopvang_kosten_huishouden`: the childcare
  invoice), so that brutoloon + Σ `regeling:<naam>` − costs = `besteedbaar_inkomen` for the modelled income;
- one column `regeling:<naam>` per scheme of the registry (`regelingen.yaml`): what the scheme adds to the
  household's net income (negative for tax), i.e. the sum of its amount variables, each with its sign
  (`teken` in the registry: one number, or a mapping per variable);
- `netto_per_stap`: the change in `besteedbaar_inkomen` from the previous point;
- `marginale_druk`: 1 − Δnet / Δinput for money inputs (a fraction: 1.0 is 100 %), NaN for the first row and
  for non-money inputs (age, hours of childcare), where `netto_per_stap` is the figure to read.
- `marginale_druk_venster`: the same over a window of 2 % of the scanned range around the step. The
  toeslagen are rounded to whole euros a month (Awir art. 14 lid 4), so on a fine grid the per-step druk
  jumps between the tax rate and far above 100 %; the window shows the druk a household actually meets.

Month and year (`weergave`):

- `"maand"`: the input changes in the scanned month only (the other months of the year keep the situation's
  value). Answers: "what does one more euro this month leave me this month?" Bijstand reacts fully (it
  counts this month's income); toeslagen react only through the year's toetsingsinkomen, i.e. 1/12 of
  their yearly reaction, and tax credits through the year's income.
- `"jaar"`: the input changes in all twelve months of the year (a lasting change, e.g. a new job or a
  higher rent). Answers: "what does a lasting change leave me each month once everything has settled?"
  Here toeslagen react in full.
A YEAR input (such as `vermogen`) has one value per year: both views are the same.

The pseudo-input `uren` (hours worked per week at the hourly minimum wage, unless the tax-benefit system
has a variable of that name) sets `brutoloon` = uurloon × uren × 52 / 12 for the person; its
`marginale_druk` is then taken against the gross wage (1 − Δnet / Δbrutoloon).

The analysis never looks inside a formula: what it knows of a scheme comes from the registry and from the
variables' metadata.
"""

from __future__ import annotations

import functools
import os
from typing import Sequence

import numpy as np
import pandas as pd
import yaml
from openfisca_core import periods

from openfisca_samenloop.fouten import InvoerFout
from openfisca_samenloop.wetten.inkomen import KOSTEN
from openfisca_samenloop.invoer.periodes import als_maand, huidige_maand, periode_voor
from openfisca_samenloop.invoer.situatie import ENTITEIT_VAN, Situatie, bouw_simulatie, laad_situatie

NETTO = "besteedbaar_inkomen"
UREN = "uren"
WEKEN_PER_MAAND = 52 / 12  # hours per month = hours per week × 52 / 12 (a year has 52 weeks, 12 months)
WEERGAVEN = ("maand", "jaar")
VENSTER = 0.02  # the smoothed marginale druk is taken over a window of 2 % of the scanned range

# Component variables shown in a scan (if the tax-benefit system has them), besides every registry variable.
EXTRA_COMPONENTEN = ["brutoloon", "loonheffing", "nettoloon", "netto_aow", "ib_verrekening", "toetsingsinkomen"]

# Inputs that are counts, ages or hours rather than money: the scan reports Δnet per step for these.
NIET_GELD_EENHEDEN = {"year", "month", "week", "day", "hour", "person", "/1", "years", "hours"}


# --------------------------------------------------------------------------------------------- registry
@functools.lru_cache(maxsize=4)
def _lees_registry(pad: str) -> tuple:
    with open(pad, encoding="utf-8") as handle:
        inhoud = yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # the C loader when present
    return tuple(inhoud["regelingen"])


def regelingen(tbs=None) -> list[dict]:
    """The schemes of `regelingen.yaml` whose amount variables the tax-benefit system has.

    Each item is the registry entry (naam, label, wet, artikel, href, instantie, variabelen, teken) plus
    `tekens` ({variable: sign}, see `_met_tekens`).
    """
    pad = os.path.join(os.path.dirname(os.path.abspath(__file__)), "regelingen.yaml")
    if tbs is None:
        return [_met_tekens(item) for item in _lees_registry(pad)]
    return _gefilterd(_lees_registry(pad), tbs)


def _met_tekens(item: dict) -> dict:
    """The entry with `tekens`: the sign of each amount variable. `teken` is one number for all (default +1)
    or a mapping {variable: sign} for a scheme whose variables add and subtract (e.g. withheld loonheffing −,
    a tax refund +)."""
    item = dict(item)
    item.setdefault("teken", 1)  # kept as given (other analyses read it); `tekens` is the per-variable form
    teken = item["teken"]
    if isinstance(teken, dict):
        item["tekens"] = {v: float(teken.get(v, 1)) for v in item.get("variabelen", [])}
    else:
        item["tekens"] = {v: float(teken) for v in item.get("variabelen", [])}
    return item


def _gefilterd(register: Sequence[dict], tbs) -> list[dict]:
    resultaat = []
    for item in register:
        item = _met_tekens(item)
        item["variabelen"] = [v for v in item.get("variabelen", []) if v in tbs.variables]
        if item["variabelen"]:
            resultaat.append(item)
    return resultaat


# ------------------------------------------------------------------------------------------ the input
def is_geld(variabele) -> bool:
    """Whether an input is an amount of money (marginale druk as a rate) or not (Δnet per step)."""
    if variabele.value_type is not float:
        return False
    eenheid = str(getattr(variabele, "unit", "") or "").lower()
    if eenheid and not eenheid.startswith("currency") and eenheid in NIET_GELD_EENHEDEN:
        return False
    naam = variabele.name
    return not (naam == UREN or naam.endswith("_uren") or naam.startswith("aantal_") or naam in {"leeftijd"})


# Money inputs that are not income (a stock, a price, a cost): their marginale druk is still reported
# (1 − Δnet/Δinput: e.g. the part of a rent rise that huurtoeslag does not make up), but a plateau of high
# "druk" means nothing there, so plateaus are only sought for income inputs.
GEEN_INKOMEN = {"vermogen", "huur", "servicekosten", "kinderopvang_uurprijs"}


def is_inkomen(variabele) -> bool:
    """Whether a money input is income (wage, benefit, gift), so that a high marginale druk is a plateau."""
    naam = variabele.name
    return is_geld(variabele) and naam not in GEEN_INKOMEN and not any(
        deel in naam for deel in ("vermogen", "huur", "kosten", "prijs")
    )


def uurloon(tbs, maand) -> float:
    """The hourly minimum wage (node `minimumloon.minimumuurloon` of the parameters) in force in `maand`.

    If the node has sub-values (per age), the adult value is taken: the child named like `volwassen`,
    `21_jaar_en_ouder` or, failing that, the highest value.
    """
    maand = periods.period(str(maand))
    try:
        knoop = tbs.parameters(maand.start).minimumloon.minimumuurloon
    except (AttributeError, KeyError, ValueError):
        raise InvoerFout(
            "uren", "the parameter minimumloon.minimumuurloon (hourly minimum wage) is not in the parameters"
        ) from None
    if isinstance(knoop, (int, float, np.floating, np.integer)):
        return float(knoop)
    kinderen = dict(getattr(knoop, "_children", {}) or {})
    for sleutel in ("volwassen", "21_jaar_en_ouder", "vanaf_21_jaar", "21", "algemeen"):
        if sleutel in kinderen:
            return float(kinderen[sleutel])
    getallen = [float(v) for v in kinderen.values() if isinstance(v, (int, float, np.floating, np.integer))]
    if not getallen:
        raise InvoerFout("uren", "cannot read an adult hourly minimum wage from minimumloon.minimumuurloon")
    return max(getallen)


class _Invoer:
    """Where the scanned input goes: variable, entity, index of the instance, periods, money or not."""

    def __init__(self, tbs, situatie: Situatie, naam: str, persoon: str | None, maand: periods.Period):
        if persoon is None:
            persoon = situatie.eerste_partner()
        persoon = str(persoon)
        if persoon not in situatie.entiteiten["personen"]:
            raise InvoerFout("--persoon", f"unknown person '{persoon}' (persons: {', '.join(situatie.personen)})")
        self.persoon = persoon
        self.naam = naam  # what the user scans (may be the pseudo-input `uren`)
        self.uren = naam == UREN and UREN not in tbs.variables
        variabele_naam = "brutoloon" if self.uren else naam
        variabele = tbs.variables.get(variabele_naam)
        if variabele is None:
            import difflib

            suggestie = difflib.get_close_matches(naam, list(tbs.variables) + [UREN], n=1)
            hint = f"; did you mean '{suggestie[0]}'?" if suggestie else ""
            raise InvoerFout("--variabele", f"unknown variable '{naam}'{hint}")
        if variabele.value_type not in (float, int) or getattr(variabele, "possible_values", None) is not None:
            raise InvoerFout("--variabele", f"'{naam}' is not numeric ({getattr(variabele.value_type, '__name__', variabele.value_type)}); only numbers can be scanned")
        if variabele.definition_period == periods.DateUnit.ETERNITY:
            raise InvoerFout("--variabele", f"'{naam}' is defined for ETERNITY; scan a MONTH or YEAR input")
        self.variabele = variabele
        self.geld = True if self.uren else is_geld(variabele)
        self.inkomen = True if self.uren else is_inkomen(variabele)
        self.meervoud = variabele.entity.plural
        self.index = _index_van(situatie, self.meervoud, persoon)
        self.maand = maand

    def perioden(self, weergave: str) -> list[periods.Period]:
        eenheid = self.variabele.definition_period
        if eenheid == periods.DateUnit.YEAR:
            return [self.maand.this_year]
        if weergave == "maand":
            return [self.maand]
        return list(self.maand.this_year.get_subperiods(periods.DateUnit.MONTH))


def _index_van(situatie: Situatie, meervoud: str, persoon: str) -> int:
    """Position (in the situation's order) of the instance of `meervoud` that holds `persoon`."""
    ids = list(situatie.entiteiten[meervoud])
    if meervoud == "personen":
        return ids.index(persoon)
    rollen = ("partners", "kinderen") if meervoud == "gezinnen" else ("bewoners",)
    for positie, (groep_id, groep) in enumerate(situatie.entiteiten[meervoud].items()):
        for rol in rollen:
            if persoon in [str(lid) for lid in (groep.get(rol) or [])]:
                return positie
    raise InvoerFout("--persoon", f"person '{persoon}' belongs to no {ENTITEIT_VAN[meervoud]}")


# ------------------------------------------------------------------------------- the batched population
def reeks_simulatie(tbs, situatie: Situatie, maand, variabele: str, index: int, waarden: np.ndarray, perioden):
    """One Simulation holding `len(waarden)` copies of the household, copy i with `variabele` = waarden[i].

    Built with OpenFisca axes (one parallel axis per period in `perioden`); when `waarden` are not evenly
    spaced the axis values are replaced by the exact ones before anything is computed.
    """
    waarden = np.asarray(waarden, dtype=float)
    aantal = len(waarden)
    axes = [[
        {"name": variabele, "count": aantal, "min": float(waarden[0]), "max": float(waarden[-1]), "period": str(p), "index": index}
        for p in perioden
    ]]
    simulatie = bouw_simulatie(tbs, situatie, maand, axes=axes)
    stap = len(situatie.entiteiten[tbs.variables[variabele].entity.plural])
    if not tbs.variables[variabele].is_input_variable():
        # A settable intermediate (e.g. `leeftijd`, derived from geboortedatum): an axis makes the whole
        # array an input, so every other instance would get the default value. Give them their computed
        # value instead (from one copy of the household), and the scanned instance its scan value.
        enkel = bouw_simulatie(tbs, situatie, maand)
        for periode in perioden:
            basis = np.asarray(enkel.calculate(variabele, periode))
            zet_per_kopie(simulatie, variabele, periode, index, stap, waarden, basis=np.tile(basis, aantal))
    elif aantal > 1 and not np.allclose(np.linspace(waarden[0], waarden[-1], aantal), waarden, rtol=0, atol=1e-9):
        for periode in perioden:
            zet_per_kopie(simulatie, variabele, periode, index, stap, waarden)
    return simulatie


def zet_per_kopie(simulatie, variabele: str, periode, index: int, stap: int, waarden, basis=None) -> None:
    """Overwrite an input: instance `index` of every copy i gets waarden[i] for `periode` (the other
    instances keep their value, or get `basis`)."""
    holder = simulatie.get_holder(variabele)
    bestaand = holder.get_array(periode) if basis is None else basis
    if bestaand is None:
        bestaand = holder.variable.default_array(len(waarden) * stap)
    array = np.array(bestaand, copy=True)
    array[index::stap] = np.asarray(waarden, dtype=array.dtype)
    holder.delete_arrays(periode)
    holder.set_input(periode, array)




class Huishoudsom:
    """Sums per copy over the instances (of any entity) that belong to one huishouden of the situation."""

    def __init__(self, simulatie, situatie: Situatie, persoon: str):
        self.simulatie = simulatie
        self.aantal = {m: len(situatie.entiteiten[m]) for m in ("personen", "gezinnen", "huishoudens")}
        persoon_ids = list(situatie.entiteiten["personen"])
        hh_van_persoon = np.asarray(simulatie.populations["huishouden"].members_entity_id[: self.aantal["personen"]])
        doel = hh_van_persoon[persoon_ids.index(persoon)]
        self.maskers = {"personen": hh_van_persoon == doel, "huishoudens": np.arange(self.aantal["huishoudens"]) == doel}
        gezin_van_persoon = np.asarray(simulatie.populations["gezin"].members_entity_id[: self.aantal["personen"]])
        masker = np.zeros(self.aantal["gezinnen"], dtype=bool)
        masker[gezin_van_persoon[hh_van_persoon == doel]] = True
        self.maskers["gezinnen"] = masker

    def som(self, array: np.ndarray, meervoud: str) -> np.ndarray:
        per_kopie = np.asarray(array, dtype=float).reshape(-1, self.aantal[meervoud])
        return per_kopie[:, self.maskers[meervoud]].sum(axis=1)

    def bereken(self, naam: str, maand: periods.Period) -> np.ndarray:
        variabele = self.simulatie.tax_benefit_system.variables[naam]
        waarden = self.simulatie.calculate(naam, periode_voor(variabele, maand))
        return self.som(waarden, variabele.entity.plural)


def componenten(tbs, registry: Sequence[dict]) -> list[str]:
    namen = [naam for naam in EXTRA_COMPONENTEN if naam in tbs.variables]
    for item in registry:
        for naam in item["variabelen"]:
            if naam not in namen:
                namen.append(naam)
    return namen


def tabel_van(simulatie, situatie, persoon, maand, tbs, registry) -> pd.DataFrame:
    """The amounts of every copy: besteedbaar_inkomen, components and per-scheme contributions."""
    som = Huishoudsom(simulatie, situatie, persoon)
    kolommen = {NETTO: som.bereken(NETTO, maand)}
    for naam in componenten(tbs, registry):
        kolommen[naam] = som.bereken(naam, maand)
    for naam in KOSTEN:  # costs subtracted in besteedbaar_inkomen (childcare invoices): shown, so the columns add up
        if naam in tbs.variables and naam not in kolommen:
            kolommen[naam] = som.bereken(naam, maand)
    for item in registry:
        kolommen[f"regeling:{item['naam']}"] = sum(item["tekens"][v] * kolommen[v] for v in item["variabelen"])
    return pd.DataFrame(kolommen)


# ---------------------------------------------------------------------------------------------- scan
def scan(
    situatie,
    variabele: str,
    van: float,
    tot: float,
    punten: int,
    persoon: str | None = None,
    periode=None,
    tbs=None,
    weergave: str = "maand",
    waarden=None,
    register: Sequence[dict] | None = None,
) -> pd.DataFrame:
    """Scan `variabele` of `persoon` from `van` to `tot` in `punten` points (see the module docstring).

    `waarden` may replace the evenly spaced points by any increasing sequence; `register` the schemes of
    `regelingen.yaml` by another list of the same form (the attribution then uses the same list). The DataFrame's `attrs`
    hold what was scanned: variabele, persoon, periode, weergave, geld (money input or not), inkomen (an
    income input: plateaus are sought), situatie (name) and situatie_object (the validated Situatie).
    """
    from openfisca_samenloop.systeem import basissysteem

    tbs = tbs or basissysteem()
    if weergave not in WEERGAVEN:
        raise InvoerFout("--weergave", f"'{weergave}' is not one of {', '.join(WEERGAVEN)}")
    maand = als_maand(periode or huidige_maand())
    situatie = laad_situatie(situatie, tbs)
    invoer = _Invoer(tbs, situatie, variabele, persoon, maand)
    if waarden is None:
        waarden = _punten(van, tot, punten)
    else:
        waarden = np.asarray(waarden, dtype=float)
        if waarden.ndim != 1 or len(waarden) < 2 or np.any(np.diff(waarden) <= 0):
            raise InvoerFout("waarden", "need at least 2 strictly increasing values")
    if not invoer.geld and invoer.variabele.value_type is int and np.any(waarden != np.round(waarden)):
        raise InvoerFout("--punten", f"'{variabele}' takes whole numbers: choose --van, --tot and --punten so every point is whole")
    if np.any(waarden < 0) and invoer.variabele.name not in _mag_negatief():
        raise InvoerFout("--van", f"'{variabele}' cannot be negative")

    registry = regelingen(tbs) if register is None else _gefilterd(register, tbs)
    werkelijk = waarden * uurloon(tbs, maand) * WEKEN_PER_MAAND if invoer.uren else waarden
    simulatie = reeks_simulatie(
        tbs, situatie, maand, invoer.variabele.name, invoer.index, werkelijk, invoer.perioden(weergave)
    )
    tabel = tabel_van(simulatie, situatie, invoer.persoon, maand, tbs, registry)
    if invoer.uren:
        ingezet = waarden
    else:
        ingezet = np.asarray(simulatie.get_array(invoer.variabele.name, invoer.perioden(weergave)[0]), dtype=float)
        ingezet = ingezet[invoer.index :: len(situatie.entiteiten[invoer.meervoud])]
    tabel.insert(0, "invoer", ingezet)
    voeg_marges_toe(tabel, invoer.geld, brutoloon_als_basis=invoer.uren)
    tabel.attrs.update(
        variabele=variabele,
        persoon=invoer.persoon,
        periode=str(maand),
        weergave=weergave if invoer.variabele.definition_period != periods.DateUnit.YEAR else "jaar",
        geld=invoer.geld,
        inkomen=invoer.inkomen,
        situatie=situatie.naam,
        situatie_object=situatie,
        register=registry,
        uren=invoer.uren,
    )
    return tabel


def voeg_marges_toe(tabel: pd.DataFrame, geld: bool, brutoloon_als_basis: bool = False) -> None:
    """Add `netto_per_stap` and `marginale_druk` (1 − Δnet/Δinput; against Δbrutoloon for hours)."""
    netto = tabel[NETTO].to_numpy(dtype=float)
    delta = np.concatenate([[np.nan], np.diff(netto)])
    tabel["netto_per_stap"] = delta
    if brutoloon_als_basis:
        basis = np.concatenate([[np.nan], np.diff(tabel["brutoloon"].to_numpy(dtype=float))])
    elif geld:
        basis = np.concatenate([[np.nan], np.diff(tabel["invoer"].to_numpy(dtype=float))])
    else:
        tabel["marginale_druk"] = np.nan
        return
    with np.errstate(divide="ignore", invalid="ignore"):
        tabel["marginale_druk"] = np.where(basis != 0, 1 - delta / basis, np.nan)
    geld_reeks = tabel["brutoloon"].to_numpy(dtype=float) if brutoloon_als_basis else tabel["invoer"].to_numpy(dtype=float)
    if np.all(np.diff(geld_reeks) > 0):
        tabel["marginale_druk_venster"] = np.concatenate([[np.nan], venster_druk(geld_reeks, netto)])
    else:
        tabel["marginale_druk_venster"] = np.nan


def venster_druk(basis: np.ndarray, netto: np.ndarray, venster: float = VENSTER) -> np.ndarray:
    """Marginale druk per step, taken over a window of `venster` × the scanned range around the step's middle.

    The toeslagen are rounded to whole euros a month (Awir art. 14 lid 4), so over a small step the druk
    jumps between the tax rate (no toeslag moved) and far above 100 % (one moved a whole euro). Over a window
    of 2 % of the range the rounding averages out; the window never is narrower than one step.
    """
    if len(basis) < 2 or not np.all(np.isfinite(basis)):
        return np.full(max(len(basis) - 1, 0), np.nan)
    breedte = max(venster * (basis[-1] - basis[0]), float(np.max(np.diff(basis))))
    midden = (basis[:-1] + basis[1:]) / 2
    links = np.clip(midden - breedte / 2, basis[0], basis[-1])
    rechts = np.clip(midden + breedte / 2, basis[0], basis[-1])
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(rechts > links, 1 - (np.interp(rechts, basis, netto) - np.interp(links, basis, netto)) / (rechts - links), np.nan)



def _punten(van, tot, punten) -> np.ndarray:
    try:
        van, tot = float(van), float(tot)
    except (TypeError, ValueError):
        raise InvoerFout("--van", "--van and --tot must be numbers") from None
    if not (np.isfinite(van) and np.isfinite(tot)):
        raise InvoerFout("--van", "--van and --tot must be finite numbers")
    if van >= tot:
        raise InvoerFout("--tot", f"must be greater than --van (got --van {van:g}, --tot {tot:g})")
    if isinstance(punten, bool) or int(punten) != punten or punten < 2:
        raise InvoerFout("--punten", f"need at least 2 points (got {punten})")
    return np.linspace(van, tot, int(punten))


def _mag_negatief():
    from openfisca_samenloop.invoer.situatie import MAG_NEGATIEF

    return MAG_NEGATIEF


def beide_weergaven(situatie, variabele, van, tot, punten, **opties) -> dict[str, pd.DataFrame]:
    """The scan in the month view and in the year view: {"maand": tabel, "jaar": tabel}."""
    return {weergave: scan(situatie, variabele, van, tot, punten, weergave=weergave, **opties) for weergave in WEERGAVEN}
