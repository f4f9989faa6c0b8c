"""Load and validate a situation, and build an OpenFisca simulation from it.

This is the one place where situations enter the package, so every face (CLI, rapport, notebooks, the
analyses) gets the same clear errors: one line that names the field and the problem (`InvoerFout`).

A situation is OpenFisca's own format (as the web API's `/calculate` takes it), in YAML or JSON:

    personen:   {id: {variable: {period: value}, ...}, ...}
    gezinnen:   {id: {partners: [ids], kinderen: [ids], variable: {period: value}}, ...}
    huishoudens:{id: {bewoners: [ids], variable: {period: value}}, ...}

plus optional descriptive keys (`beschrijving`, `bron`, `toont`) that are kept as metadata.

One convenience on top of OpenFisca's format: a value given without a period (a plain number, boolean or
string) holds for every period of the computation: for a monthly variable every month of the year of the
computed month (so yearly sums such as the toetsingsinkomen see a full year), for a yearly variable that
year, for an ETERNITY variable for ever.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime
import difflib
import json
import os
from typing import Any

import numpy as np
import yaml
from openfisca_core import periods
from openfisca_core.errors import SituationParsingError
from openfisca_core.simulations import SimulationBuilder

from openfisca_samenloop.fouten import InvoerFout
from openfisca_samenloop.invoer.periodes import controleer_gedekt

META_SLEUTELS = ("beschrijving", "bron", "toont", "titel")
ENTITEITEN = ("personen", "gezinnen", "huishoudens")
ROLLEN = {"gezinnen": ("partners", "kinderen"), "huishoudens": ("bewoners",)}
ENTITEIT_VAN = {"personen": "persoon", "gezinnen": "gezin", "huishoudens": "huishouden"}

# Inputs that may legitimately be negative (a loss in box 1, debts exceeding assets, a tax settlement).
MAG_NEGATIEF = {"toetsingsinkomen", "vermogen", "ib_verrekening", "overig_inkomen", "verzamelinkomen"}


@dataclasses.dataclass
class Situatie:
    """A validated situation: the OpenFisca entities plus descriptive metadata."""

    naam: str
    entiteiten: dict
    beschrijving: str = ""
    bron: str = ""
    toont: str = ""
    titel: str = ""

    @property
    def personen(self) -> list[str]:
        return list(self.entiteiten["personen"])

    def eerste_partner(self) -> str:
        """The first partner of the first gezin: the default person for scans."""
        eerste_gezin = next(iter(self.entiteiten["gezinnen"].values()))
        return eerste_gezin["partners"][0]


def situatie_map() -> str:
    from openfisca_samenloop import locate

    return locate("situations")


def gebundelde_situaties() -> list[str]:
    """Names of the bundled situations (files in `situations/`), sorted."""
    map_ = situatie_map()
    return sorted(
        os.path.splitext(naam)[0] for naam in os.listdir(map_) if naam.endswith((".yaml", ".yml", ".json"))
    )


def _lees_bestand(pad: str) -> Any:
    naam = os.path.basename(pad)
    try:
        with open(pad, encoding="utf-8") as handle:
            tekst = handle.read()
    except OSError as fout:
        raise InvoerFout(naam, f"cannot read the file ({fout.strerror})") from None
    try:
        if pad.endswith(".json"):
            return json.loads(tekst)
        return yaml.safe_load(tekst)
    except json.JSONDecodeError as fout:
        raise InvoerFout(naam, f"not valid JSON (line {fout.lineno}: {fout.msg})") from None
    except yaml.YAMLError as fout:
        plek = getattr(fout, "problem_mark", None)
        regel = f"line {plek.line + 1}: " if plek is not None else ""
        raise InvoerFout(naam, f"not valid YAML ({regel}{getattr(fout, 'problem', None) or fout})") from None


def _vind_bestand(bron: str) -> str:
    if os.path.isfile(bron):
        return bron
    for extensie in ("", ".yaml", ".yml", ".json"):
        kandidaat = os.path.join(situatie_map(), bron + extensie)
        if os.path.isfile(kandidaat):
            return kandidaat
    bekend = gebundelde_situaties()
    suggestie = difflib.get_close_matches(bron, bekend, n=1)
    hint = f"; did you mean '{suggestie[0]}'?" if suggestie else f"; bundled situations: {', '.join(bekend)}"
    raise InvoerFout("SITUATIE", f"'{bron}' is neither a file nor a bundled situation{hint}")


def laad_situatie(bron, tbs=None) -> Situatie:
    """A validated Situatie from a path, the name of a bundled situation, a dict or a Situatie."""
    if isinstance(bron, Situatie):
        return bron
    if isinstance(bron, dict):
        naam, inhoud = "situatie", copy.deepcopy(bron)
    else:
        pad = _vind_bestand(str(bron))
        naam, inhoud = os.path.splitext(os.path.basename(pad))[0], _lees_bestand(pad)
    if tbs is None:
        from openfisca_samenloop.systeem import basissysteem

        tbs = basissysteem()
    return valideer(inhoud, tbs, naam)


def valideer(inhoud: Any, tbs, naam: str = "situatie") -> Situatie:
    """Check a situation dict against the tax-benefit system; raise InvoerFout at the first problem."""
    if not isinstance(inhoud, dict):
        raise InvoerFout(naam, "a situation must be a mapping with personen, gezinnen and huishoudens")
    meta = {sleutel: str(inhoud.pop(sleutel)).strip() for sleutel in META_SLEUTELS if sleutel in inhoud}
    for sleutel in inhoud:
        if sleutel not in ENTITEITEN:
            raise InvoerFout(sleutel, f"unknown entity (expected one of {', '.join(ENTITEITEN)})")
    for sleutel in ENTITEITEN:
        if not isinstance(inhoud.get(sleutel), dict) or not inhoud[sleutel]:
            raise InvoerFout(sleutel, "missing or empty: every situation needs at least one")

    personen = inhoud["personen"]
    for persoon_id, variabelen in personen.items():
        _valideer_variabelen(tbs, "personen", str(persoon_id), variabelen)

    for meervoud in ("gezinnen", "huishoudens"):
        gezien: dict[str, str] = {}
        for groep_id, groep in inhoud[meervoud].items():
            pad = f"{meervoud}.{groep_id}"
            if not isinstance(groep, dict):
                raise InvoerFout(pad, "must be a mapping of roles and variables")
            rollen = {k: v for k, v in groep.items() if k in ROLLEN[meervoud]}
            variabelen = {k: v for k, v in groep.items() if k not in ROLLEN[meervoud]}
            for sleutel in variabelen:
                if sleutel not in tbs.variables and _lijkt_rol(sleutel):
                    raise InvoerFout(f"{pad}.{sleutel}", f"unknown role (expected {' or '.join(ROLLEN[meervoud])})")
            _valideer_variabelen(tbs, meervoud, pad, variabelen, absolute_pad=True)
            for rol, leden in rollen.items():
                if isinstance(leden, str):
                    leden = [leden]
                    groep[rol] = leden
                if not isinstance(leden, list):
                    raise InvoerFout(f"{pad}.{rol}", "must be a list of person ids")
                if rol == "partners" and len(leden) > 2:
                    raise InvoerFout(f"{pad}.partners", f"at most 2 partners, got {len(leden)}")
                for lid in leden:
                    lid = str(lid)
                    if lid not in personen:
                        raise InvoerFout(f"{pad}.{rol}", f"unknown person '{lid}'")
                    if lid in gezien:
                        raise InvoerFout(
                            f"{pad}.{rol}", f"person '{lid}' is already in {meervoud}.{gezien[lid]}; a person belongs to exactly one"
                        )
                    gezien[lid] = str(groep_id)
            if meervoud == "gezinnen" and not rollen.get("partners"):
                raise InvoerFout(f"{pad}.partners", "every gezin needs at least one partner (the aanvrager)")
        ontbrekend = [p for p in personen if str(p) not in gezien]
        if ontbrekend:
            raise InvoerFout(f"personen.{ontbrekend[0]}", f"belongs to no {meervoud[:-2] if meervoud == 'gezinnen' else 'huishouden'}; every person needs one")

    return Situatie(naam=naam, entiteiten=inhoud, **meta)


def alleen_bekende_variabelen(situatie: Situatie, tbs) -> Situatie:
    """The situation without the variables `tbs` does not know: for computing the baseline of a comparison
    whose situations use an input that only a reform defines (such as `doenvermogen`)."""
    onbekend = any(
        n not in ROLLEN.get(meervoud, ()) and n not in tbs.variables
        for meervoud in ENTITEITEN for item in situatie.entiteiten[meervoud].values() for n in (item or {})
    )
    if not onbekend:
        return situatie
    entiteiten = copy.deepcopy(situatie.entiteiten)
    for meervoud in ENTITEITEN:
        for item in entiteiten[meervoud].values():
            for naam in [n for n in (item or {}) if n not in ROLLEN.get(meervoud, ()) and n not in tbs.variables]:
                del item[naam]
    return dataclasses.replace(situatie, entiteiten=entiteiten)


def _lijkt_rol(sleutel: str) -> bool:
    return isinstance(sleutel, str) and sleutel.lower() in {
        "partner", "kind", "bewoner", "ouders", "ouder", "leden", "members", "adults", "children", "parents",
    }


def _valideer_variabelen(tbs, meervoud: str, pad: str, variabelen: Any, absolute_pad: bool = False) -> None:
    prefix = pad if absolute_pad else f"{meervoud}.{pad}"
    if variabelen is None:
        return
    if not isinstance(variabelen, dict):
        raise InvoerFout(prefix, "must be a mapping of variables")
    for naam, waarde in variabelen.items():
        veld = f"{prefix}.{naam}"
        variabele = tbs.variables.get(naam)
        if variabele is None:
            suggestie = difflib.get_close_matches(str(naam), list(tbs.variables), n=1)
            hint = f"; did you mean '{suggestie[0]}'?" if suggestie else ""
            raise InvoerFout(veld, f"unknown variable{hint}")
        if variabele.entity.plural != meervoud:
            raise InvoerFout(veld, f"variable '{naam}' belongs to {variabele.entity.key}, not {ENTITEIT_VAN[meervoud]}")
        if isinstance(waarde, dict):
            for periode_tekst, enkele in waarde.items():
                _valideer_periode(variabele, periode_tekst, f"{veld}.{periode_tekst}")
                _valideer_waarde(variabele, enkele, f"{veld}.{periode_tekst}")
        else:
            _valideer_waarde(variabele, waarde, veld)


def _valideer_periode(variabele, periode_tekst, veld: str) -> None:
    tekst = str(periode_tekst)
    if tekst.upper() == "ETERNITY":
        if variabele.definition_period != periods.DateUnit.ETERNITY:
            raise InvoerFout(veld, f"'{variabele.name}' is defined per {variabele.definition_period}, not for ETERNITY")
        return
    try:
        periode = periods.period(tekst)
    except (ValueError, TypeError, AttributeError):
        raise InvoerFout(veld, f"'{tekst}' is not a period (write 2025, 2025-07 or ETERNITY)") from None
    if variabele.definition_period != periods.DateUnit.ETERNITY:
        controleer_gedekt(periode, veld)


def _valideer_waarde(variabele, waarde, veld: str) -> None:
    soort = variabele.value_type
    if soort in (float, int):
        if isinstance(waarde, bool) or not isinstance(waarde, (int, float)):
            raise InvoerFout(veld, f"must be a number, got {waarde!r}")
        if not np.isfinite(waarde):
            raise InvoerFout(veld, f"must be a finite number, got {waarde!r}")
        if waarde < 0 and variabele.name not in MAG_NEGATIEF:
            raise InvoerFout(veld, f"cannot be negative (got {waarde})")
    elif soort is bool:
        if not isinstance(waarde, bool):
            raise InvoerFout(veld, f"must be true or false, got {waarde!r}")
    elif soort is datetime.date:
        if isinstance(waarde, datetime.date):
            return
        try:
            datetime.date.fromisoformat(str(waarde))
        except ValueError:
            raise InvoerFout(veld, f"must be a date YYYY-MM-DD, got {waarde!r}") from None
    elif variabele.possible_values is not None:
        namen = [item.name for item in variabele.possible_values]
        if str(waarde) not in namen:
            raise InvoerFout(veld, f"'{waarde}' is not one of {', '.join(namen)}")


def _perioden_voor(variabele, periode: periods.Period) -> list[str]:
    eenheid = variabele.definition_period
    if eenheid == periods.DateUnit.ETERNITY:
        return ["ETERNITY"]
    jaar = periode.this_year
    if eenheid == periods.DateUnit.YEAR:
        return [str(jaar)]
    if eenheid == periods.DateUnit.MONTH:
        return [str(maand) for maand in jaar.get_subperiods(periods.DateUnit.MONTH)]
    return [str(periode)]


def met_perioden(situatie: Situatie, tbs, periode) -> dict:
    """The situation as a plain OpenFisca dict, with period-less values expanded for `periode`."""
    periode = periods.period(str(periode))
    resultaat = copy.deepcopy(situatie.entiteiten)
    for meervoud in ENTITEITEN:
        for item in resultaat[meervoud].values():
            for naam in list(item):
                if naam in ROLLEN.get(meervoud, ()):
                    continue
                waarde = item[naam]
                if isinstance(waarde, dict):
                    continue
                variabele = tbs.variables[naam]
                if isinstance(waarde, datetime.date):
                    waarde = waarde.isoformat()
                item[naam] = {p: waarde for p in _perioden_voor(variabele, periode)}
    return resultaat


def bouw_simulatie(tbs, situatie, periode, axes=None):
    """An OpenFisca Simulation of the situation for `periode` (a month), optionally with axes.

    A computed variable (one with a formula, such as `leeftijd` or `nettoloon`) given for only some
    instances in a period keeps its computed value for the others: OpenFisca itself would give them the
    variable's default (a parent without a given `leeftijd` would be 0 years old)."""
    situatie = laad_situatie(situatie, tbs)
    # A Situatie validated against a reform may carry an input only that reform defines (`doenvermogen`); the
    # baseline (or another reform) has no such variable and would stop with a KeyError. It does not read it either.
    situatie = alleen_bekende_variabelen(situatie, tbs)
    invoer = met_perioden(situatie, tbs, periode)
    gedeeltelijk = _haal_gedeeltelijke_invoer_weg(tbs, invoer)
    berekend = _berekend_voor_de_rest(tbs, invoer, gedeeltelijk)
    if axes:
        invoer["axes"] = axes
    simulatie = _bouw(tbs, invoer, situatie.naam)
    for (meervoud, naam, periode_), (waarden, basis) in berekend.items():
        holder = simulatie.get_holder(naam)
        aantal = len(situatie.entiteiten[meervoud])
        kopieen = simulatie.populations[ENTITEIT_VAN[meervoud]].count // aantal
        array = np.array(basis, copy=True)
        for positie, waarde in waarden.items():
            array[positie] = waarde
        bestaand = holder.get_array(periode_)
        volledig = np.tile(array, kopieen)
        if bestaand is not None:  # an axis over this variable: keep the axis values of the scanned instance
            volledig = np.where(bestaand != holder.variable.default_value, bestaand, volledig)
        holder.delete_arrays(periode_)
        holder.set_input(periode_, volledig.astype(holder.variable.dtype))
    return simulatie


def _bouw(tbs, invoer, naam):
    try:
        return SimulationBuilder().build_from_entities(tbs, invoer)
    except SituationParsingError as fout:
        raise InvoerFout(*_eerste_melding(fout.error)) from None
    except (ValueError, TypeError, KeyError) as fout:
        raise InvoerFout(naam, str(fout).splitlines()[0]) from None


def _haal_gedeeltelijke_invoer_weg(tbs, invoer) -> dict:
    """Remove, and return, the values of computed variables given for some but not all instances of their entity
    in a period: {(meervoud, variabele, periode): {position: value}}."""
    gedeeltelijk = {}
    for meervoud in ENTITEITEN:
        ids = list(invoer[meervoud])
        gegeven: dict = {}
        for positie, ident in enumerate(ids):
            for naam, waarde in (invoer[meervoud][ident] or {}).items():
                if naam in ROLLEN.get(meervoud, ()) or not isinstance(waarde, dict):
                    continue
                if tbs.variables[naam].is_input_variable() or _vult_zelf_aan(tbs.variables[naam]):
                    continue
                for periode_, enkele in waarde.items():
                    gegeven.setdefault((naam, str(periode_)), {})[positie] = enkele
        for (naam, periode_), waarden in gegeven.items():
            if len(waarden) == len(ids):
                continue
            if tbs.variables[naam].definition_period == periods.DateUnit.ETERNITY or periode_.upper() == "ETERNITY":
                continue
            gedeeltelijk[(meervoud, naam, periode_)] = waarden
            for positie in waarden:
                item = invoer[meervoud][ids[positie]]
                del item[naam][periode_]
                if not item[naam]:
                    del item[naam]
    return gedeeltelijk


def _vult_zelf_aan(variabele) -> bool:
    """True for a computed variable whose own `set_input` keeps the formula for the instances not given
    (`leeftijd`: see openfisca_samenloop.wetten.leeftijd.leeftijd_invoer), so no work-around is needed here."""
    return getattr(variabele.set_input, "vult_ontbrekende_aan", False)


def _berekend_voor_de_rest(tbs, invoer, gedeeltelijk) -> dict:
    """For each partial input: the given values and the array the formula computes for everyone else."""
    if not gedeeltelijk:
        return {}
    hulp = _bouw(tbs, copy.deepcopy(invoer), "situatie")
    uitkomst = {}
    for (meervoud, naam, periode_), waarden in gedeeltelijk.items():
        periode = periods.period(periode_)
        variabele = tbs.variables[naam]
        if periode.unit != variabele.definition_period:
            # e.g. a year given for a monthly variable: compute per sub-period is not needed for the formula's
            # own period; give the value as OpenFisca would (spread by the variable's set_input) instead.
            continue
        uitkomst[(meervoud, naam, periode_)] = (waarden, np.asarray(hulp.calculate(naam, periode)))
    return uitkomst


def _eerste_melding(fout, pad=()) -> tuple[str, str]:
    if isinstance(fout, dict) and fout:
        sleutel, waarde = next(iter(fout.items()))
        return _eerste_melding(waarde, pad + (str(sleutel),))
    return ".".join(pad), str(fout).splitlines()[0]
