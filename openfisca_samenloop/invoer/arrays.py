"""Populations as arrays: OpenFisca's array route (`SimulationBuilder.declare_person_entity`, `declare_entity`,
`join_with_persons`, `set_input` per variable and period), whose cost grows linearly with the number of
households. OpenFisca's dict builder (`build_from_entities`) is quadratic in the number of instances: 10,000
households took 65 s there, 95 % of it building.

`PopulatieArrays` holds one population: for each person the index of its gezin and huishouden and its role in
the gezin, and per variable and period one array over the variable's entity. `uit_situaties` converts
situations (joined side by side, as `samenvoegen` does) into it, with OpenFisca's own meaning of every input;
`bouw_simulatie_uit_arrays` builds the Simulation. A synthetic population fills the arrays directly.

Two things OpenFisca recomputes on every call are cached on the built simulation (see `_cache_rollen`): the
role masks (`persoon.has_role(...)`, a comparison of an object array of Role instances, done by every formula
that asks for partners or children) and each group's role counts.
"""

from __future__ import annotations

import dataclasses
import datetime

import numpy as np
from openfisca_core import indexed_enums, periods
from openfisca_core.simulations import SimulationBuilder

ROL_GEZIN = {"partner": 0, "kind": 1}  # index in Gezin.flattened_roles
MEERVOUD_ENTITEIT = {"personen": "persoon", "gezinnen": "gezin", "huishoudens": "huishouden"}


@dataclasses.dataclass
class PopulatieArrays:
    """One population in arrays.

    `gezin` and `huishouden`: per person, the 0-based index of its gezin and huishouden. `rol_gezin`: per person
    0 (partner) or 1 (kind). `invoer`: {variable: {period string: array over the variable's entity}}; an array
    may hold a masked value (see `gegeven`) where an instance gave nothing. `gegeven`: for inputs that not every
    instance gives, {variable: {period: bool mask}}; where the mask is False the formula (or default) holds.
    `namen`: a label per huishouden (the situation's name), optional."""

    gezin: np.ndarray
    huishouden: np.ndarray
    rol_gezin: np.ndarray
    aantal_gezinnen: int
    aantal_huishoudens: int
    invoer: dict = dataclasses.field(default_factory=dict)
    gegeven: dict = dataclasses.field(default_factory=dict)
    namen: list | None = None

    @property
    def aantal_personen(self) -> int:
        return len(self.gezin)

    def aantal(self, entiteit: str) -> int:
        return {"persoon": self.aantal_personen, "gezin": self.aantal_gezinnen, "huishouden": self.aantal_huishoudens}[entiteit]

    def zet(self, variabele: str, periode, waarden) -> None:
        """Give `variabele` for `periode` (a period string or Period) for every instance."""
        self.invoer.setdefault(variabele, {})[str(periode)] = np.asarray(waarden)

    def deel(self, huishoudens: np.ndarray, tbs) -> "PopulatieArrays":
        """The sub-population of the given huishouden indices (sorted), for partitioned runs."""
        huishoudens = np.asarray(huishoudens)
        houd_hh = np.zeros(self.aantal_huishoudens, dtype=bool)
        houd_hh[huishoudens] = True
        houd_p = houd_hh[self.huishouden]
        gezinnen_oud = np.unique(self.gezin[houd_p])
        houd_gz = np.zeros(self.aantal_gezinnen, dtype=bool)
        houd_gz[gezinnen_oud] = True
        nieuw_hh = np.cumsum(houd_hh) - 1
        nieuw_gz = np.cumsum(houd_gz) - 1
        masker = {"persoon": houd_p, "gezin": houd_gz, "huishouden": houd_hh}

        gesneden: dict = {}  # an array given for several periods (the same object) is cut once and stays shared

        def snij(naam, array):
            if naam not in tbs.variables:
                return array
            entiteit = tbs.variables[naam].entity.key
            sleutel = (id(array), entiteit)
            if sleutel not in gesneden:
                gesneden[sleutel] = (array, array[masker[entiteit]])
            return gesneden[sleutel][1]

        return PopulatieArrays(
            gezin=nieuw_gz[self.gezin[houd_p]],
            huishouden=nieuw_hh[self.huishouden[houd_p]],
            rol_gezin=self.rol_gezin[houd_p],
            aantal_gezinnen=int(houd_gz.sum()),
            aantal_huishoudens=int(houd_hh.sum()),
            invoer={n: {p: snij(n, a) for p, a in per.items()} for n, per in self.invoer.items()},
            gegeven={n: {p: snij(n, a) for p, a in per.items()} for n, per in self.gegeven.items()},
            namen=[self.namen[i] for i in huishoudens] if self.namen is not None else None,
        )


# ---------------------------------------------------------------------------------------------------------
# Situations → arrays


def _als_array_waarde(variabele, waarde):
    if variabele.value_type is datetime.date:
        return np.datetime64(str(waarde), "D")
    return waarde


def _verdeel(variabele, periode: periods.Period):
    """The sub-periods of the variable's own unit in `periode`, and whether a value is divided over them
    (set_input_divide_by_period) or copied (dispatch); None when OpenFisca would refuse it."""
    eenheid = variabele.definition_period
    if periode.unit == eenheid or eenheid == periods.DateUnit.ETERNITY:
        return [periode], False
    functie = getattr(variabele.set_input, "__name__", "") if variabele.set_input else ""
    if not functie:
        return None, False
    delen = periode.get_subperiods(eenheid)
    return delen, "divide" in functie


def uit_situaties(situaties, tbs, periode) -> PopulatieArrays:
    """The situations (each with exactly one huishouden) side by side as arrays, in the given order.

    Period-less values are expanded as `situatie.met_perioden` does; a value given for a longer period than the
    variable's own is spread over its sub-periods as the variable's `set_input` says (divided or copied), except
    for sub-periods the instance gives itself, which is what OpenFisca's dict builder does per instance."""
    from openfisca_samenloop.invoer.situatie import ROLLEN, laad_situatie, met_perioden

    maand = periods.period(str(periode))
    gezin, huishouden, rol = [], [], []
    namen = []
    tellers = {"personen": 0, "gezinnen": 0, "huishoudens": 0}
    # {(variable, period): {global index: value}} and which ones were given for a longer period
    waarden: dict = {}
    van_langer: dict = {}
    for situatie in situaties:
        situatie = laad_situatie(situatie, tbs)
        if len(situatie.entiteiten["huishoudens"]) != 1:
            raise ValueError(f"{situatie.naam}: a population row needs exactly one huishouden")
        namen.append(situatie.naam)
        invoer = met_perioden(situatie, tbs, maand)
        basis = dict(tellers)
        persoon_index = {ident: basis["personen"] + i for i, ident in enumerate(invoer["personen"])}
        n = len(persoon_index)
        eigen_gezin = [0] * n
        eigen_rol = [0] * n
        for g, groep in enumerate(invoer["gezinnen"].values()):
            for rolnaam, code in (("partners", 0), ("kinderen", 1)):
                for lid in groep.get(rolnaam) or []:
                    eigen_gezin[persoon_index[str(lid)] - basis["personen"]] = basis["gezinnen"] + g
                    eigen_rol[persoon_index[str(lid)] - basis["personen"]] = code
        gezin += eigen_gezin
        rol += eigen_rol
        huishouden += [basis["huishoudens"]] * n
        for meervoud in ("personen", "gezinnen", "huishoudens"):
            for i, (ident, item) in enumerate(invoer[meervoud].items()):
                index = basis[meervoud] + i
                for naam, per_periode in (item or {}).items():
                    if naam in ROLLEN.get(meervoud, ()):
                        continue
                    variabele = tbs.variables[naam]
                    for periode_tekst, waarde in per_periode.items():
                        p = periods.period(str(periode_tekst)) if str(periode_tekst).upper() != "ETERNITY" else periods.period("ETERNITY")
                        delen, delen_door = _verdeel(variabele, p)
                        if delen is None:
                            raise ValueError(f"{situatie.naam}: {naam} cannot be given for {periode_tekst}")
                        waarde = _als_array_waarde(variabele, waarde)
                        for deel in delen:
                            sleutel = (naam, str(deel))
                            bestaand = waarden.setdefault(sleutel, {})
                            langer = van_langer.setdefault(sleutel, set())
                            if len(delen) > 1:
                                if index in bestaand and index not in langer:
                                    continue  # the instance gave this sub-period itself
                                bestaand[index] = waarde / len(delen) if delen_door else waarde
                                langer.add(index)
                            else:
                                bestaand[index] = waarde
                                langer.discard(index)
            tellers[meervoud] += len(invoer[meervoud])

    arrays = PopulatieArrays(
        gezin=np.asarray(gezin, dtype=np.int64),
        huishouden=np.asarray(huishouden, dtype=np.int64),
        rol_gezin=np.asarray(rol, dtype=np.int16),
        aantal_gezinnen=tellers["gezinnen"],
        aantal_huishoudens=tellers["huishoudens"],
        namen=namen,
    )
    for (naam, periode_tekst), per_index in waarden.items():
        variabele = tbs.variables[naam]
        aantal = arrays.aantal(variabele.entity.key)
        standaard = _als_array_waarde(variabele, variabele.default_value) if variabele.value_type is not float else variabele.default_value
        if getattr(variabele, "possible_values", None) is not None:
            standaard = variabele.default_value.name
            array = np.full(aantal, standaard, dtype=object)
        elif variabele.value_type is datetime.date:
            array = np.full(aantal, standaard, dtype="datetime64[D]")
        else:
            array = np.full(aantal, standaard, dtype=variabele.dtype)
        index = np.fromiter(per_index.keys(), dtype=np.int64, count=len(per_index))
        array[index] = list(per_index.values())
        if array.dtype == object:
            array = array.astype(str)
        arrays.zet(naam, periode_tekst, array)
        if len(per_index) < aantal:
            masker = np.zeros(aantal, dtype=bool)
            masker[index] = True
            arrays.gegeven.setdefault(naam, {})[periode_tekst] = masker
    return arrays


# ---------------------------------------------------------------------------------------------------------
# Arrays → Simulation


class ArrayBouwer(SimulationBuilder):
    """OpenFisca's SimulationBuilder for arrays, with the same results and no Python-level copies of a million ids
    or roles.

    - `declare_person_entity` / `declare_entity` keep a numpy array of ids as it is (OpenFisca makes a list of it).
    - `join_with_persons`, when the groups are numbered 0..n−1, every group has members and the roles are given
      as indices: members_entity_id is the assignment itself (OpenFisca derives it with `np.unique`, which gives
      the same array in that case) and the roles are one fancy index into `flattened_roles` (OpenFisca's
      `members_role` setter copies them through a Python list). Any other input goes to OpenFisca's own method."""

    def declare_person_entity(self, person_singular, persons_ids) -> None:
        if not isinstance(persons_ids, np.ndarray):
            return super().declare_person_entity(person_singular, persons_ids)
        populatie = self.populations[person_singular]
        populatie.ids = persons_ids
        populatie.count = len(persons_ids)
        self.persons_plural = populatie.entity.plural

    def declare_entity(self, entity_singular, entity_ids):
        if not isinstance(entity_ids, np.ndarray):
            return super().declare_entity(entity_singular, entity_ids)
        populatie = self.populations[entity_singular]
        populatie.ids = entity_ids
        populatie.count = len(entity_ids)
        return populatie

    def join_with_persons(self, group_population, persons_group_assignment, roles) -> None:
        toewijzing, rollen = np.asarray(persons_group_assignment), np.asarray(roles)
        ids = np.asarray(group_population.ids)
        snel = (
            np.issubdtype(toewijzing.dtype, np.integer) and np.issubdtype(rollen.dtype, np.integer)
            and np.issubdtype(ids.dtype, np.integer) and np.array_equal(ids, np.arange(len(ids)))
            and len(group_population.entity.flattened_roles) > 0
            and (len(ids) == 0 or np.bincount(toewijzing, minlength=len(ids)).min() > 0)
        )
        if not snel:
            return super().join_with_persons(group_population, persons_group_assignment, roles)
        group_population.members_entity_id = toewijzing
        rollen_tabel = np.empty(len(group_population.entity.flattened_roles), dtype=object)
        rollen_tabel[:] = list(group_population.entity.flattened_roles)
        group_population._members_role = rollen_tabel[rollen]


def _bouw_kaal(tbs, arrays: PopulatieArrays):
    builder = ArrayBouwer()
    builder.create_entities(tbs)
    builder.declare_person_entity("persoon", np.arange(arrays.aantal_personen))
    gezinnen = builder.declare_entity("gezin", np.arange(arrays.aantal_gezinnen))
    builder.join_with_persons(gezinnen, arrays.gezin, arrays.rol_gezin)
    huishoudens = builder.declare_entity("huishouden", np.arange(arrays.aantal_huishoudens))
    builder.join_with_persons(huishoudens, arrays.huishouden, np.zeros(arrays.aantal_personen, dtype=np.int16))
    simulatie = builder.build(tbs)
    _cache_rollen(simulatie)
    return simulatie


def _zet_invoer(simulatie, tbs, invoer: dict, overslaan=()) -> None:
    """Give every input to the simulation. A value for the variable's own period goes in with
    `holder.put_in_cache` (OpenFisca's `set_input_divide_by_period` would copy and divide a million values by one
    for every month); a value for a longer period goes through `holder.set_input` (divided or copied over the
    sub-periods as the variable says). An array given for several periods is converted to the variable's dtype
    once, not once per period."""
    for naam, per_periode in invoer.items():
        if naam not in tbs.variables:
            continue
        holder = simulatie.get_holder(naam)
        variabele = holder.variable
        omgezet: dict = {}
        for periode_tekst in sorted(per_periode, key=lambda t: (len(t), t)):
            if (naam, periode_tekst) in overslaan:
                continue
            periode = periods.period(periode_tekst)
            waarden = per_periode[periode_tekst]
            if (
                getattr(variabele, "possible_values", None) is None
                and isinstance(waarden, np.ndarray) and waarden.dtype != variabele.dtype
            ):
                if id(waarden) not in omgezet:
                    omgezet[id(waarden)] = (waarden, waarden.astype(variabele.dtype))
                waarden = omgezet[id(waarden)][1]
            eigen = (
                variabele.definition_period == periods.DateUnit.ETERNITY
                or (periode.unit == variabele.definition_period and periode.size == 1)
            ) and _standaard_set_input(variabele)
            if eigen:
                holder.put_in_cache(waarden, periode)
            else:
                holder.set_input(periode, waarden)


def _standaard_set_input(variabele) -> bool:
    """True when the variable has no `set_input` or one of OpenFisca's own (divide / dispatch by period), which
    store a value of the variable's own period as it is. A set_input of the package's own (`leeftijd`: a given age
    goes to `opgegeven_leeftijd`) must see every value."""
    functie = variabele.set_input
    return functie is None or getattr(functie, "__module__", "").startswith("openfisca_core")


def bouw_simulatie_uit_arrays(tbs, arrays: PopulatieArrays):
    """An OpenFisca Simulation of the population, built with the array route (linear in N).

    An input of a computed variable (one with a formula) that only some instances give keeps the computed value
    for the others (as `situatie.bouw_simulatie` does): those are computed first in a helper simulation without
    them, unless the variable's own set_input already does so (`leeftijd`)."""
    gedeeltelijk = {
        (naam, p): masker
        for naam, per in arrays.gegeven.items()
        for p, masker in per.items()
        if naam in tbs.variables and not tbs.variables[naam].is_input_variable()
        and not getattr(tbs.variables[naam].set_input, "vult_ontbrekende_aan", False)
    }
    invoer = arrays.invoer
    if gedeeltelijk:
        hulp = _bouw_kaal(tbs, arrays)
        _zet_invoer(hulp, tbs, invoer, overslaan=set(gedeeltelijk))
        invoer = {naam: dict(per) for naam, per in invoer.items()}
        for (naam, p), masker in gedeeltelijk.items():
            berekend = np.asarray(hulp.calculate(naam, periods.period(p)))
            invoer[naam][p] = np.where(masker, invoer[naam][p].astype(berekend.dtype), berekend)
    simulatie = _bouw_kaal(tbs, arrays)
    _zet_invoer(simulatie, tbs, invoer)
    return simulatie


def _cache_rollen(simulatie) -> None:
    """Cache the role masks on this simulation's populations.

    OpenFisca compares `members_role` (an object array of Role instances) with the role on every
    `has_role`, `project(..., role)`, `sum(..., role)` and `nb_persons(role)`: at a million households that is a
    Python-level comparison of 2.5 million objects each time a formula asks for the partners or the children.
    The membership does not change during a simulation, so the masks are computed once per role."""
    persoon = simulatie.persons
    origineel = persoon.has_role
    maskers: dict = {}

    def has_role(role):
        sleutel = (role.entity.key, role.key)
        masker = maskers.get(sleutel)
        if masker is None:
            masker = origineel(role)
            if masker is None:
                return None
            maskers[sleutel] = masker
        return masker.copy()  # formulas may change what they get in place

    persoon.has_role = has_role
    for populatie in simulatie.populations.values():
        if populatie is persoon:
            continue
        _cache_nb_persons(populatie)


def _cache_nb_persons(populatie) -> None:
    """Cache per group population what depends only on the membership: the role counts, and for
    `value_nth_person` (used by `max`, `min`, `all` and `value_from_first_person`) the index of each group's
    n-th member. OpenFisca recomputes both from scratch on every call (two permutations of every person array
    per call); the results are the same, read with one gather."""
    origineel = populatie.nb_persons
    tellingen: dict = {}
    plekken: dict = {}

    def nb_persons(role=None):
        sleutel = None if role is None else (role.entity.key, role.key)
        if sleutel not in tellingen:
            tellingen[sleutel] = origineel(role)
        return tellingen[sleutel].copy()

    def value_nth_person(n, array, default=0):
        populatie.members.check_array_compatible_with_entity(array)
        plek = plekken.get(n)
        if plek is None:
            kaart = populatie.ordered_members_map
            aanwezig = nb_persons() > n
            plek = plekken[n] = (aanwezig, kaart[populatie.members_position[kaart] == n])
        aanwezig, index = plek
        result = populatie.filled_array(default, dtype=array.dtype)
        result[aanwezig] = array[index]
        if isinstance(array, indexed_enums.EnumArray):
            result = indexed_enums.EnumArray(result, array.possible_values)
        return result

    def som(array, role=None):
        if role is None:
            return origineel_sum(array)
        populatie.entity.check_role_validity(role)
        populatie.members.check_array_compatible_with_entity(array)
        sleutel = ("sum", role.entity.key, role.key)
        plek = plekken.get(sleutel)
        if plek is None:
            masker = populatie.members.has_role(role)
            plek = plekken[sleutel] = (masker, populatie.members_entity_id[masker])
        masker, ids = plek
        return np.bincount(ids, weights=array[masker], minlength=populatie.count)

    origineel_sum = populatie.sum
    nb_persons.projectable = True  # as OpenFisca's own (projectors.projectable)
    value_nth_person.projectable = True
    som.projectable = True
    populatie.sum = som
    populatie.nb_persons = nb_persons
    populatie.value_nth_person = value_nth_person


def herhaal(arrays: PopulatieArrays, keer: int) -> PopulatieArrays:
    """The population `keer` times over (huishoudens in blocks), e.g. to time the engine at a million."""
    p, g, h = arrays.aantal_personen, arrays.aantal_gezinnen, arrays.aantal_huishoudens
    blok = np.repeat(np.arange(keer), p)
    uit = PopulatieArrays(
        gezin=np.tile(arrays.gezin, keer) + blok * g,
        huishouden=np.tile(arrays.huishouden, keer) + blok * h,
        rol_gezin=np.tile(arrays.rol_gezin, keer),
        aantal_gezinnen=g * keer,
        aantal_huishoudens=h * keer,
        namen=[f"{naam}#{k}" for k in range(keer) for naam in arrays.namen] if arrays.namen is not None else None,
    )
    uit.invoer = {n: {q: np.tile(a, keer) for q, a in per.items()} for n, per in arrays.invoer.items()}
    uit.gegeven = {n: {q: np.tile(a, keer) for q, a in per.items()} for n, per in arrays.gegeven.items()}
    return uit
