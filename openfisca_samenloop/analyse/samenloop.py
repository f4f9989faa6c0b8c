"""Samenloop: the scheme registry, a household's scorecard and the samenloop map.

Three things, all data (DataFrames and dataclasses); the faces only format them.

- `register()`: the scheme registry (`regelingen.yaml`): per scheme its paid variables, paying organisation,
  law, payment rhythm, application, reporting duties and forms.
- `scorekaart(situatie, periode)`: what one household deals with: the schemes that pay it, the
  organisations, payments per year by rhythm, reporting duties, applications, forms, which organisations to
  inform per life event, and the samenloop pairs (does one received scheme's amount feed another's?).
- `samenloopkaart(tbs)`: the model's variable graph collapsed to schemes (and the shared income concepts
  `loon` and `toetsingsinkomen`), as a table of edges (drawn by `openfisca_samenloop.rapport.grafieken.teken_samenloopkaart`).

The dependency graph is read from the model itself, never written by hand, in two ways:
- statically: the source of every formula (and of the package helper functions it calls) is parsed, and
  every string constant that names a variable of the tax-benefit system is a variable the formula requests;
- dynamically: a simulation with `trace = True` records, for every computed variable, which variables its
  formula actually requested (OpenFisca's computation tree).
The map is the union of both (the static graph for every formula, the traced graph of the bundled
situations to catch requests built at run time); the household pairs use the trace of that household.

Collapsing: a variable belongs to a scheme when the registry lists it in the scheme's `variabelen` or
`kaartvariabelen`, to a node (`knooppunten`) likewise; every other variable is an intermediate. Scheme A
feeds B when some variable of B depends on some variable of A through intermediates only.
"""

from __future__ import annotations

import ast
import collections
import dataclasses
import functools
import inspect
import os
import textwrap
import warnings

import numpy as np
import pandas as pd
import yaml
from openfisca_core import periods

from openfisca_samenloop.invoer.periodes import als_maand, huidige_maand, periode_voor
from openfisca_samenloop.invoer.situatie import Situatie, bouw_simulatie, gebundelde_situaties, laad_situatie
from openfisca_samenloop.systeem import basissysteem

REGISTER_PAD = os.path.join(os.path.dirname(os.path.abspath(__file__)), "regelingen.yaml")

# An amount counts as paid from half a cent (float32 amounts), as in variables/samenloop/.
DREMPEL = 0.005

# Folders whose variables are analyses of the whole household, not rules that feed schemes.
MAPPEN_BUITEN_KAART = {"samenloop"}


# =========================================================================================== registry
@dataclasses.dataclass(frozen=True)
class Regeling:
    """One scheme of the registry."""

    naam: str
    label: str
    wet: str
    artikel: str
    href: str
    instantie: str
    variabelen: tuple
    teken: int | dict = 1  # one sign, or {variable: sign}
    kaartvariabelen: tuple = ()
    inkomenstoets: bool = False
    telt_als_uitkering: bool = True
    betaling: dict = dataclasses.field(default_factory=dict)
    aanvraag: dict = dataclasses.field(default_factory=dict)
    meldplichten: tuple = ()
    meldplichten_bron: tuple = ()
    formulieren: tuple = ()

    @property
    def alle_variabelen(self) -> tuple:
        return tuple(dict.fromkeys(self.variabelen + self.kaartvariabelen))

    @property
    def ritme(self) -> str:
        return self.betaling.get("ritme", "maand")

    @property
    def aanvraag_nodig(self) -> bool:
        return bool(self.aanvraag.get("nodig", False))


@dataclasses.dataclass(frozen=True)
class Knooppunt:
    """A shared income concept in the map (wages, toetsingsinkomen) that is not a scheme."""

    naam: str
    label: str
    variabelen: tuple
    inkomenstoets: bool = False


@dataclasses.dataclass(frozen=True)
class Register:
    regelingen: tuple
    knooppunten: tuple
    meldplichten: dict
    gebeurtenissen: dict

    def regeling(self, naam: str) -> Regeling:
        for regeling in self.regelingen:
            if regeling.naam == naam:
                return regeling
        raise KeyError(naam)

    @property
    def uitkeringen(self) -> tuple:
        """The schemes that pay the household (the ones `aantal_regelingen` counts)."""
        return tuple(r for r in self.regelingen if r.telt_als_uitkering)

    def tabel(self) -> pd.DataFrame:
        """One row per scheme: organisation, law, rhythm, application, reporting duties, forms."""
        rijen = []
        for r in self.regelingen:
            rijen.append({
                "regeling": r.naam,
                "label": r.label,
                "instantie": r.instantie,
                "wet": r.wet,
                "artikel": r.artikel,
                "telt_als_uitkering": r.telt_als_uitkering,
                "ritme": r.ritme if r.telt_als_uitkering else "",
                "jaarlijks": ", ".join(j["naam"] for j in r.betaling.get("jaarlijks", [])),
                "definitieve_berekening": bool(r.betaling.get("definitieve_berekening", False)),
                "aanvraag_nodig": r.aanvraag_nodig,
                "meldplichten": ", ".join(r.meldplichten),
                "formulieren": len(r.formulieren),
            })
        return pd.DataFrame(rijen).set_index("regeling")


def _teken(waarde):
    """`teken` of the registry: one number (int) or a mapping {variable: sign} (kept, as a dict)."""
    return {str(k): int(v) for k, v in waarde.items()} if isinstance(waarde, dict) else int(waarde)


def _als_tuple(waarde) -> tuple:
    if waarde is None:
        return ()
    if isinstance(waarde, (list, tuple)):
        return tuple(waarde)
    return (waarde,)


@functools.lru_cache(maxsize=4)
def register(pad: str = REGISTER_PAD) -> Register:
    """The scheme registry read from `regelingen.yaml`."""
    with open(pad, encoding="utf-8") as handle:
        inhoud = yaml.safe_load(handle)
    regelingen = []
    for item in inhoud["regelingen"]:
        regelingen.append(Regeling(
            naam=item["naam"], label=item["label"], wet=item["wet"], artikel=str(item["artikel"]),
            href=item["href"], instantie=item["instantie"], variabelen=_als_tuple(item.get("variabelen")),
            teken=_teken(item.get("teken", 1)), kaartvariabelen=_als_tuple(item.get("kaartvariabelen")),
            inkomenstoets=bool(item.get("inkomenstoets", False)),
            telt_als_uitkering=bool(item.get("telt_als_uitkering", True)),
            betaling=dict(item.get("betaling") or {}), aanvraag=dict(item.get("aanvraag") or {}),
            meldplichten=_als_tuple(item.get("meldplichten")),
            meldplichten_bron=_als_tuple(item.get("meldplichten_bron")),
            formulieren=tuple(dict(f) for f in item.get("formulieren") or ()),
        ))
    knooppunten = tuple(
        Knooppunt(naam=k["naam"], label=k["label"], variabelen=_als_tuple(k["variabelen"]),
                  inkomenstoets=bool(k.get("inkomenstoets", False)))
        for k in inhoud.get("knooppunten") or ()
    )
    return Register(
        regelingen=tuple(regelingen), knooppunten=knooppunten,
        meldplichten=dict(inhoud.get("meldplichten") or {}), gebeurtenissen=dict(inhoud.get("gebeurtenissen") or {}),
    )


def betaalvariabele(regeling: Regeling) -> str:
    """The variable whose monthly amount > 0 means the scheme pays: the scheme's own name when the model has it
    (as in parameters/samenloop/uitvoerder.yaml), else its first amount variable."""
    return regeling.naam


# ================================================================================= dependency graph
def _map_van(variabele) -> str:
    """The folder (wet) of a variable's source file, '' when unknown."""
    try:
        pad = inspect.getsourcefile(next(iter(variabele.formulas.values()))) if variabele.formulas else None
    except (TypeError, StopIteration):
        pad = None
    if pad is None:
        try:
            pad = variabele.get_introspection_data()[0]
        except Exception:  # noqa: BLE001 - introspection is best effort
            return ""
    return os.path.basename(os.path.dirname(pad or ""))


def _strings_in(functie, namen: set, bezocht: set) -> set:
    """Variable names that appear as string constants in `functie` and in the package helpers it calls."""
    if functie in bezocht:
        return set()
    bezocht.add(functie)
    try:
        bron = textwrap.dedent(inspect.getsource(functie))
        boom = ast.parse(bron)
    except (OSError, TypeError, SyntaxError, IndentationError):
        return set()
    gevonden = set()
    globalen = getattr(functie, "__globals__", {})
    for knoop in ast.walk(boom):
        if isinstance(knoop, ast.Constant) and isinstance(knoop.value, str) and knoop.value in namen:
            gevonden.add(knoop.value)
        elif isinstance(knoop, ast.Call):
            doel = None
            if isinstance(knoop.func, ast.Name):
                doel = globalen.get(knoop.func.id)
            elif isinstance(knoop.func, ast.Attribute) and isinstance(knoop.func.value, ast.Name):
                module = globalen.get(knoop.func.value.id)
                doel = getattr(module, knoop.func.attr, None) if inspect.ismodule(module) else None
            if inspect.isfunction(doel) and _is_eigen_code(doel):
                gevonden |= _strings_in(doel, namen, bezocht)
    return gevonden


def _is_eigen_code(functie) -> bool:
    """A helper of this package (openfisca_samenloop.* or a variable file), not a library function."""
    module = getattr(functie, "__module__", "") or ""
    if module.startswith("openfisca_samenloop"):
        return True
    try:
        pad = inspect.getsourcefile(functie) or ""
    except TypeError:
        return False
    from openfisca_samenloop import REPO_ROOT

    return os.path.abspath(pad).startswith(os.path.abspath(REPO_ROOT)) and "site-packages" not in pad


def afhankelijkheden(tbs=None) -> pd.DataFrame:
    """Static dependency graph: one row (`van` → `naar`) for every variable `naar` whose formula requests `van`.

    Read from the source of every formula (all dated versions) and of the package helpers it calls.
    Columns: van, naar, map_van, map_naar, bron ('statisch').
    """
    tbs = tbs or basissysteem()
    namen = set(tbs.variables)
    rijen = set()
    for naam, variabele in tbs.variables.items():
        for formule in (variabele.formulas or {}).values():
            for gevraagd in _strings_in(formule, namen, set()):
                if gevraagd != naam:
                    rijen.add((gevraagd, naam))
    return _graaf_tabel(tbs, rijen, "statisch")


def _graaf_tabel(tbs, randen, bron: str) -> pd.DataFrame:
    mappen = {}

    def map_(naam):
        if naam not in mappen:
            mappen[naam] = _map_van(tbs.variables[naam]) if naam in tbs.variables else ""
        return mappen[naam]

    rijen = [
        {"van": van, "naar": naar, "map_van": map_(van), "map_naar": map_(naar), "bron": bron}
        for van, naar in sorted(randen)
    ]
    return pd.DataFrame(rijen, columns=["van", "naar", "map_van", "map_naar", "bron"])


def afhankelijkheden_uit_trace(simulatie) -> pd.DataFrame:
    """Dependency graph read from a traced simulation (`simulation.trace = True`, then calculate).

    Every (child → parent) pair of OpenFisca's computation tree: the parent's formula requested the child.
    """
    randen = set()
    stapel = list(simulatie.tracer.trees)
    while stapel:
        knoop = stapel.pop()
        for kind in knoop.children:
            if kind.name != knoop.name:
                randen.add((kind.name, knoop.name))
            stapel.append(kind)
    return _graaf_tabel(simulatie.tax_benefit_system, randen, "trace")


def getraceerde_simulatie(situatie, periode, tbs=None, variabelen=None):
    """A simulation of `situatie` with tracing on, in which every scheme variable (and the counts) has been
    computed for `periode`; returns the simulation."""
    tbs = tbs or basissysteem()
    maand = als_maand(periode or huidige_maand())
    simulatie = bouw_simulatie(tbs, situatie, maand)
    simulatie.trace = True
    namen = variabelen or _kaart_variabelen(register(), tbs)
    for naam in namen:
        variabele = tbs.variables[naam]
        simulatie.calculate(naam, periode_voor(variabele, maand))
    return simulatie


def _kaart_variabelen(reg: Register, tbs) -> list:
    namen = []
    for regeling in reg.regelingen:
        namen.extend(regeling.alle_variabelen)
    for knooppunt in reg.knooppunten:
        namen.extend(knooppunt.variabelen)
    namen.extend(["besteedbaar_inkomen", "aantal_regelingen", "aantal_instanties"])
    return [n for n in dict.fromkeys(namen) if n in tbs.variables]


def knoop_per_variabele(reg: Register, tbs=None, met_knooppunten: bool = True) -> dict:
    """{variable: node name} for the variables that belong to a scheme (or node) of the registry."""
    resultaat = {}
    if met_knooppunten:
        for knooppunt in reg.knooppunten:
            for naam in knooppunt.variabelen:
                resultaat[naam] = knooppunt.naam
    for regeling in reg.regelingen:
        for naam in regeling.alle_variabelen:
            resultaat.setdefault(naam, regeling.naam)
    if tbs is not None:
        resultaat = {k: v for k, v in resultaat.items() if k in tbs.variables}
    return resultaat


def samentrekken(randen: pd.DataFrame, knopen: dict) -> pd.DataFrame:
    """Collapse a variable graph to nodes: A → B when a variable of B depends on a variable of A through
    variables that belong to no node. Columns: van, naar, via (the intermediates of one shortest path),
    variabele_van, variabele_naar."""
    volgers = collections.defaultdict(set)
    for van, naar in zip(randen["van"], randen["naar"]):
        volgers[van].add(naar)
    rijen = {}
    for start, knoop_a in sorted(knopen.items()):
        # Breadth-first from a variable of A, through intermediates only.
        vorige = {start: None}
        rij = collections.deque([start])
        while rij:
            huidige = rij.popleft()
            for volgende in sorted(volgers.get(huidige, ())):
                if volgende in vorige:
                    continue
                vorige[volgende] = huidige
                knoop_b = knopen.get(volgende)
                if knoop_b is None:
                    rij.append(volgende)
                    continue
                if knoop_b == knoop_a or (knoop_a, knoop_b) in rijen:
                    continue
                pad, stap = [], vorige[volgende]
                while stap is not None and stap != start:
                    pad.append(stap)
                    stap = vorige[stap]
                rijen[(knoop_a, knoop_b)] = {
                    "van": knoop_a, "naar": knoop_b, "via": " → ".join(reversed(pad)),
                    "variabele_van": start, "variabele_naar": volgende,
                }
    kolommen = ["van", "naar", "via", "variabele_van", "variabele_naar"]
    return pd.DataFrame(list(rijen.values()), columns=kolommen).sort_values(["van", "naar"]).reset_index(drop=True)


def _zonder_analyse(randen: pd.DataFrame) -> pd.DataFrame:
    """Drop the household analyses (counts) from a variable graph: they read every scheme and feed none."""
    houden = ~(randen["map_van"].isin(MAPPEN_BUITEN_KAART) | randen["map_naar"].isin(MAPPEN_BUITEN_KAART))
    return randen[houden]


# ===================================================================================== the map
@dataclasses.dataclass
class Samenloopkaart:
    """The samenloop map: which scheme's (or income concept's) output feeds which scheme's input."""

    randen: pd.DataFrame          # van, naar, via, variabele_van, variabele_naar, bron
    knopen: pd.DataFrame          # knoop, label, soort (regeling | knooppunt), instantie, inkomenstoets
    variabelengraaf: pd.DataFrame  # the underlying variable graph (van, naar, map_van, map_naar, bron)
    waarschuwingen: list = dataclasses.field(default_factory=list)

    def heeft_rand(self, van: str, naar: str) -> bool:
        return bool(((self.randen["van"] == van) & (self.randen["naar"] == naar)).any())

    def naar_csv(self, pad: str) -> str:
        self.randen.to_csv(pad, index=False)
        return pad


def samenloopkaart(tbs=None, situaties=None, periode=None) -> Samenloopkaart:
    """The samenloop map of `tbs` (baseline or reformed), derived from the code at run time.

    The static graph of every formula, united with the traced graphs of `situaties` (default: every bundled
    situation) for `periode` (default: the current month). A situation that cannot be computed is skipped
    with a warning in `waarschuwingen` (the static graph still covers its formulas).
    """
    tbs = tbs or basissysteem()
    reg = register()
    delen = [afhankelijkheden(tbs)]
    waarschuwingen = []
    for situatie in (gebundelde_situaties() if situaties is None else situaties):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                simulatie = getraceerde_simulatie(situatie, periode, tbs)
            delen.append(afhankelijkheden_uit_trace(simulatie))
        except Exception as fout:  # noqa: BLE001 - a broken situation must not hide the static map
            naam = situatie.naam if isinstance(situatie, Situatie) else str(situatie)
            waarschuwingen.append(f"{naam}: not traced ({type(fout).__name__}: {str(fout).splitlines()[0] if str(fout) else ''})")
    graaf = pd.concat(delen, ignore_index=True)
    graaf = graaf.groupby(["van", "naar", "map_van", "map_naar"], as_index=False)["bron"].agg(
        lambda b: "+".join(sorted(set(b)))
    )
    graaf = _zonder_analyse(graaf)
    knopen = knoop_per_variabele(reg, tbs)
    randen = samentrekken(graaf, knopen)
    bronnen = {}
    for (van, naar), b in zip(zip(graaf["van"], graaf["naar"]), graaf["bron"]):
        bronnen[(van, naar)] = b
    knoop_rijen = []
    aanwezig = set(knopen.values())
    for k in reg.knooppunten:
        if k.naam in aanwezig:
            knoop_rijen.append({"knoop": k.naam, "label": k.label, "soort": "knooppunt", "instantie": "",
                                "inkomenstoets": k.inkomenstoets})
    for r in reg.regelingen:
        if r.naam in aanwezig:
            knoop_rijen.append({"knoop": r.naam, "label": r.label, "soort": "regeling", "instantie": r.instantie,
                                "inkomenstoets": r.inkomenstoets})
    return Samenloopkaart(
        randen=randen, knopen=pd.DataFrame(knoop_rijen, columns=["knoop", "label", "soort", "instantie", "inkomenstoets"]),
        variabelengraaf=graaf, waarschuwingen=waarschuwingen,
    )


# ================================================================================ the scorecard
@dataclasses.dataclass
class Scorekaart:
    """What one household deals with: schemes, organisations, payments, duties, forms, samenloop pairs."""

    situatie: str
    periode: str                   # the month of aantal_regelingen / aantal_instanties
    jaar: str                      # the year of the per-year figures
    aantal_regelingen: int         # in the month (the model's variable)
    aantal_instanties: int         # in the month (the model's variable)
    regelingen: pd.DataFrame       # per received scheme (in the year): instantie, ritme, maanden, betalingen, …
    betalingen_per_jaar: int
    betalingen_per_ritme: dict
    afrekeningen_per_jaar: int     # definitieve berekeningen of voorschotten (toeslagen) after the year
    meldplichten: list             # distinct reporting duties (labels)
    aanvragen: list                # schemes that needed an application
    formulieren: list              # distinct forms
    formulieren_per_jaar: int      # periodic forms filled in per year (e.g. monthly income statements)
    instanties_bij_gebeurtenis: dict   # life event label -> organisations to inform
    paren: pd.DataFrame            # samenloop pairs among the received schemes
    instanties: list = dataclasses.field(default_factory=list)   # distinct organisations in the year

    @property
    def aantal_meldplichten(self) -> int:
        return len(self.meldplichten)

    @property
    def aantal_aanvragen(self) -> int:
        return len(self.aanvragen)

    def als_dict(self) -> dict:
        return {
            "situatie": self.situatie, "periode": self.periode, "jaar": self.jaar,
            "aantal_regelingen": self.aantal_regelingen, "aantal_instanties": self.aantal_instanties,
            "regelingen": list(self.regelingen.index), "instanties": list(self.instanties),
            "betalingen_per_jaar": self.betalingen_per_jaar, "betalingen_per_ritme": dict(self.betalingen_per_ritme),
            "afrekeningen_per_jaar": self.afrekeningen_per_jaar, "meldplichten": list(self.meldplichten),
            "aanvragen": list(self.aanvragen), "formulieren": list(self.formulieren),
            "formulieren_per_jaar": self.formulieren_per_jaar,
            "instanties_bij_gebeurtenis": {k: list(v) for k, v in self.instanties_bij_gebeurtenis.items()},
        }

    def als_tekst(self) -> str:
        regels = [
            f"Samenloop ({self.situatie}): {self.aantal_regelingen} regelingen van {self.aantal_instanties} "
            f"instanties in {self.periode}",
        ]
        if self.regelingen.empty:
            regels.append(f"  Geen regeling betaalt dit huishouden iets in {self.jaar}.")
            return "\n".join(regels)
        regels.append(f"Per jaar ({self.jaar}):")
        tabel = self.regelingen[["label", "instantie", "ritme", "maanden", "betalingen", "aanvraag"]].copy()
        tabel["aanvraag"] = tabel["aanvraag"].map({True: "aanvragen", False: "automatisch"})
        regels.extend("  " + r for r in tabel.to_string().splitlines())
        ritmes = ", ".join(f"{k}: {v}" for k, v in self.betalingen_per_ritme.items())
        regels.append(f"  betalingen per jaar: {self.betalingen_per_jaar} ({ritmes})")
        if self.afrekeningen_per_jaar:
            regels.append(f"  definitieve berekeningen na afloop van het jaar: {self.afrekeningen_per_jaar}")
        regels.append(f"  instanties: {', '.join(self.instanties)}")
        regels.append(f"  aanvragen nodig: {self.aantal_aanvragen} ({', '.join(self.aanvragen) or '-'})")
        regels.append(f"  meldplichten ({self.aantal_meldplichten}): {'; '.join(self.meldplichten)}")
        regels.append(f"  formulieren ({len(self.formulieren)} soorten, {self.formulieren_per_jaar} periodiek per jaar):")
        regels.extend(f"    - {f}" for f in self.formulieren)
        regels.append("  wie moet u inlichten als er iets verandert:")
        for gebeurtenis, instanties in self.instanties_bij_gebeurtenis.items():
            regels.append(f"    - {gebeurtenis}: {', '.join(instanties) if instanties else 'niemand'}")
        voedend = self.paren[self.paren["voedt"]] if not self.paren.empty else self.paren
        if not voedend.empty:
            regels.append("  samenloop (het bedrag van de ene regeling telt mee in de andere):")
            for _, rij in voedend.iterrows():
                via = f" via {rij['via']}" if rij["via"] else ""
                regels.append(f"    - {rij['van']} → {rij['naar']}{via}")
        return "\n".join(regels)


def _ontvangen_per_maand(simulatie, tbs, regelingen, jaar: periods.Period) -> pd.DataFrame:
    """Rows = months of the year, columns = schemes: how many recipients (persons, gezinnen or huishoudens,
    the scheme variable's entity) of the situation receive an amount > 0 in that month? Two AOW pensions of
    a couple are two payments."""
    maanden = list(jaar.get_subperiods(periods.DateUnit.MONTH))
    data = {}
    for regeling in regelingen:
        naam = betaalvariabele(regeling)
        if naam not in tbs.variables:
            continue
        data[regeling.naam] = [int(np.sum(simulatie.calculate(naam, m) > DREMPEL)) for m in maanden]
    return pd.DataFrame(data, index=pd.Index([str(m) for m in maanden], name="maand"))


def _jaarlijkse_betalingen(ontvangers: np.ndarray, item: dict) -> int:
    """Recipients who get a yearly extra (vakantietoeslag, vakantie-uitkering) in this calendar year.

    The extra is paid in its month (`maand` in the registry): to those who receive the scheme then. Someone
    whose scheme ends during the year gets the reserved amount at the end instead. Someone whose scheme
    starts after the payment month gets nothing this year (what accrues is paid in the next year's month).
    Without a `maand`, every recipient of the year counts once."""
    maand = item.get("maand") if isinstance(item, dict) else None
    if not maand:
        return int(ontvangers.max())
    in_betaalmaand = int(ontvangers[int(maand) - 1])
    gestopt = max(int(ontvangers.max()) - int(ontvangers[-1]), 0)
    return min(in_betaalmaand + gestopt, int(ontvangers.max()))


def _loon_bij_ontvanger(simulatie, tbs, variabele: str, jaar) -> bool:
    """Does someone earn a wage in a month in which their own gezin (or huishouden) receives the scheme paid
    through `variabele`? (A form for income from work concerns the recipients, not a co-resident's job.)"""
    if variabele not in tbs.variables or "brutoloon" not in tbs.variables:
        return False
    entiteit = tbs.variables[variabele].entity.key
    personen = simulatie.populations["persoon"]
    for maand in jaar.get_subperiods(periods.DateUnit.MONTH):
        bedrag = simulatie.calculate(variabele, maand)
        ontvangt = (bedrag if entiteit == "persoon" else getattr(personen, entiteit).project(bedrag)) > DREMPEL
        if np.any(ontvangt & (simulatie.calculate("brutoloon", maand) > DREMPEL)):
            return True
    return False


def samenloopparen(simulatie, ontvangen: list, reg: Register | None = None) -> pd.DataFrame:
    """For every ordered pair of received schemes: does the first one's amount feed the second one's, in
    this household's own computation (trace)? Income concepts (toetsingsinkomen, loon) count as intermediates
    here, so bijstand → zorgtoeslag holds via toetsingsinkomen."""
    reg = reg or register()
    tbs = simulatie.tax_benefit_system
    graaf = _zonder_analyse(afhankelijkheden_uit_trace(simulatie))
    knopen = {k: v for k, v in knoop_per_variabele(reg, tbs, met_knooppunten=False).items() if v in ontvangen}
    randen = samentrekken(graaf, knopen)
    begrip = knoop_per_variabele(reg, tbs)
    gevonden = {}
    for a, b, via in zip(randen["van"], randen["naar"], randen["via"]):
        stappen = [s for s in via.split(" → ") if s]
        begrippen = [begrip[s] for s in stappen if begrip.get(s) not in (None, a, b)]
        gevonden[(a, b)] = (", ".join(dict.fromkeys(begrippen)), via)
    rijen = []
    for a in ontvangen:
        for b in ontvangen:
            if a != b:
                via, pad = gevonden.get((a, b), ("", ""))
                rijen.append({"van": a, "naar": b, "voedt": (a, b) in gevonden, "via": via, "via_variabelen": pad})
    return pd.DataFrame(rijen, columns=["van", "naar", "voedt", "via", "via_variabelen"])


def scorekaart(situatie, periode=None, tbs=None) -> Scorekaart:
    """The household's samenloop scorecard for the month `periode` and its calendar year.

    `aantal_regelingen` and `aantal_instanties` are the model's variables for the month. The per-year
    figures compute every month of the year: a scheme's payments per year follow from its rhythm in the
    registry (monthly: one per month with an amount, plus yearly extras such as the vakantietoeslag;
    quarterly: one per quarter with an amount); toeslag voorschotten add one definitieve berekening per
    scheme after the year. Reporting duties, applications, forms and the organisations to inform per life
    event are those of the schemes received in the year.
    """
    tbs = tbs or basissysteem()
    reg = register()
    maand = als_maand(periode or huidige_maand())
    jaar = maand.this_year
    situatie = laad_situatie(situatie, tbs)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        simulatie = bouw_simulatie(tbs, situatie, maand)
        simulatie.trace = True
        ontvangen = _ontvangen_per_maand(simulatie, tbs, reg.uitkeringen, jaar)
        aantal_regelingen = int(np.sum(simulatie.calculate("aantal_regelingen", maand)))
        aantal_instanties = int(np.sum(simulatie.calculate("aantal_instanties", maand)))
        loon_bij_ontvanger = {
            r.naam: _loon_bij_ontvanger(simulatie, tbs, betaalvariabele(r), jaar) for r in reg.uitkeringen
        }

    rijen = []
    betalingen_per_ritme = collections.Counter()
    afrekeningen = 0
    for regeling in reg.uitkeringen:
        if regeling.naam not in ontvangen or not ontvangen[regeling.naam].any():
            continue
        ontvangers = ontvangen[regeling.naam].to_numpy()
        maanden = ontvangers > 0
        if regeling.ritme == "kwartaal":
            # One payment per recipient per quarter with an amount (paid after the quarter).
            betalingen = int(sum(ontvangers[k:k + 3].max() for k in range(0, 12, 3)))
            betalingen_per_ritme["kwartaal"] += betalingen
        else:
            betalingen = int(ontvangers.sum())
            betalingen_per_ritme["maand"] += betalingen
        extra = sum(_jaarlijkse_betalingen(ontvangers, item) for item in regeling.betaling.get("jaarlijks") or [])
        betalingen += extra
        if extra:
            betalingen_per_ritme["jaar"] += extra
        if regeling.betaling.get("definitieve_berekening"):
            afrekeningen += 1
        rijen.append({
            "regeling": regeling.naam, "label": regeling.label, "instantie": regeling.instantie,
            "ritme": regeling.ritme, "maanden": int(maanden.sum()), "betalingen": betalingen,
            "definitieve_berekening": bool(regeling.betaling.get("definitieve_berekening")),
            "aanvraag": regeling.aanvraag_nodig, "meldplichten": ", ".join(regeling.meldplichten),
        })
    tabel = pd.DataFrame(rijen, columns=[
        "regeling", "label", "instantie", "ritme", "maanden", "betalingen", "definitieve_berekening", "aanvraag",
        "meldplichten",
    ]).set_index("regeling")
    ontvangen_namen = list(tabel.index)
    ontvangen_regelingen = [reg.regeling(n) for n in ontvangen_namen]

    sleutels = list(dict.fromkeys(m for r in ontvangen_regelingen for m in r.meldplichten))
    meldplichten = [reg.meldplichten.get(m, m) for m in sleutels]
    aanvragen = [r.naam for r in ontvangen_regelingen if r.aanvraag_nodig]
    formulieren, periodiek = [], 0
    for r in ontvangen_regelingen:
        for formulier in r.formulieren:
            voorwaarde = formulier.get("alleen_met")
            if voorwaarde == "brutoloon" and not loon_bij_ontvanger.get(r.naam, False):
                continue
            if formulier["moment"] == "aanvraag" and not r.aanvraag_nodig:
                continue
            if formulier["naam"] not in formulieren:
                formulieren.append(formulier["naam"])
                if formulier["moment"] == "periodiek":
                    periodiek += int(formulier.get("per_jaar", 0))
    bij_gebeurtenis = {}
    for sleutel, gebeurtenis in reg.gebeurtenissen.items():
        raakt = set(gebeurtenis.get("raakt") or ())
        instanties = [r.instantie for r in ontvangen_regelingen if raakt & set(r.meldplichten)]
        bij_gebeurtenis[gebeurtenis.get("label", sleutel)] = list(dict.fromkeys(instanties))

    paren = samenloopparen(simulatie, ontvangen_namen, reg)
    return Scorekaart(
        situatie=situatie.naam, periode=str(maand), jaar=str(jaar),
        aantal_regelingen=aantal_regelingen, aantal_instanties=aantal_instanties,
        regelingen=tabel, betalingen_per_jaar=int(tabel["betalingen"].sum()) if not tabel.empty else 0,
        betalingen_per_ritme=dict(betalingen_per_ritme), afrekeningen_per_jaar=afrekeningen,
        meldplichten=meldplichten, aanvragen=aanvragen, formulieren=formulieren, formulieren_per_jaar=periodiek,
        instanties_bij_gebeurtenis=bij_gebeurtenis, paren=paren,
        instanties=list(dict.fromkeys(tabel["instantie"])) if not tabel.empty else [],
    )


__all__ = [
    "Knooppunt", "Regeling", "Register", "Samenloopkaart", "Scorekaart", "afhankelijkheden",
    "afhankelijkheden_uit_trace", "getraceerde_simulatie", "register", "samenloopkaart", "samenloopparen",
    "samentrekken", "scorekaart",
]
