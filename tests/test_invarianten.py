"""Invariants of the rules over generated households (issue 16 §5).

Households are generated with numpy from a fixed seed, in batches of 1,000 (one to three partners' worth of
people, children, co-residents, wages, rent, savings, childcare), for months across 2024-01 … 2026-12. Every
batch is checked by the package's own validator (`laad_situatie`) and then computed in ONE batched OpenFisca
simulation; hypothesis chooses the batches (`derandomize=True`), and a batch is built once and shared by all
properties, so each property costs seconds.
"""

from __future__ import annotations

import copy
import datetime
import functools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openfisca_core import periods
from openfisca_core.simulations import SimulationBuilder

from openfisca_samenloop.invoer.situatie import Situatie, bouw_simulatie, laad_situatie
from openfisca_samenloop.systeem import basissysteem

AANTAL = 1000
# (seed, month): spread over 2024-01 … 2026-12, with January, July (new amounts) and a December.
BATCHES = [(2024_02, "2024-02"), (2024_07, "2024-07"), (2025_06, "2025-06"), (2026_01, "2026-01"), (2026_12, "2026-12")]
INSTELLINGEN = settings(max_examples=len(BATCHES), derandomize=True, deadline=None, database=None)
CENT = 0.011


@functools.lru_cache(maxsize=None)
def tbs():
    return basissysteem()


def _datum(rng, van: datetime.date, tot: datetime.date) -> str:
    return datetime.date.fromordinal(int(rng.integers(van.toordinal(), tot.toordinal() + 1))).isoformat()


def _jaren_terug(dag: datetime.date, jaren: int) -> datetime.date:
    return dag.replace(year=dag.year - jaren, day=min(dag.day, 28))


def genereer(seed: int, maand: str, aantal: int = AANTAL) -> dict:
    """`aantal` households in the OpenFisca situation format, values without a period (the whole year)."""
    rng = np.random.default_rng(seed)
    eerste = datetime.date.fromisoformat(maand + "-01")
    personen, gezinnen, huishoudens = {}, {}, {}
    for h in range(aantal):
        partners, kinderen, bewoners = [], [], []
        for p in range(1 + int(rng.random() < 0.5)):
            pid = f"h{h}p{p}"
            # 17 … 85 years: includes partners under 18 (Pw art. 13, 24) and the AOW birthday month
            personen[pid] = {"geboortedatum": _datum(rng, _jaren_terug(eerste, 85), _jaren_terug(eerste, 17))}
            if rng.random() < 0.6:
                personen[pid]["brutoloon"] = round(float(rng.uniform(20, 6000)), 2)
            partners.append(pid)
        if rng.random() < 0.12:
            personen[partners[0]]["vermogen"] = round(float(rng.uniform(0, 90000)), 2)
        if rng.random() < 0.5:
            for k in range(int(rng.integers(1, 4))):
                kid = f"h{h}k{k}"
                personen[kid] = {"geboortedatum": _datum(rng, _jaren_terug(eerste, 17), eerste - datetime.timedelta(days=40))}
                if rng.random() < 0.3:
                    personen[kid]["kinderopvang_uren"] = round(float(rng.uniform(10, 240)), 1)
                    personen[kid]["kinderopvang_uurprijs"] = round(float(rng.uniform(6, 13)), 2)
                kinderen.append(kid)
        gezin = {"partners": partners}
        if kinderen:
            gezin["kinderen"] = kinderen
        gezinnen[f"h{h}g"] = gezin
        bewoners += partners + kinderen
        if rng.random() < 0.2:
            for c in range(int(rng.integers(1, 3))):
                cid = f"h{h}c{c}"
                personen[cid] = {"geboortedatum": _datum(rng, _jaren_terug(eerste, 75), _jaren_terug(eerste, 18))}
                if rng.random() < 0.5:
                    personen[cid]["brutoloon"] = round(float(rng.uniform(20, 3000)), 2)
                gezinnen[f"h{h}g{c}"] = {"partners": [cid]}
                bewoners.append(cid)
        huishouden = {"bewoners": bewoners}
        if rng.random() < 0.7:
            huishouden["huur"] = round(float(rng.uniform(250, 1300)), 2)
        huishoudens[f"h{h}"] = huishouden
    return {"personen": personen, "gezinnen": gezinnen, "huishoudens": huishoudens}


def simuleer(inhoud: dict, maand: str, extra: dict | None = None):
    """One batched simulation of a generated situation.

    The situation first passes the package's validator. The simulation is built from the entities alone and
    the inputs are then set as whole arrays (the loader's per-value route is correct but slow for thousands of
    people; `test_populatie_gelijk_aan_los_huishouden` checks that both routes agree). Values without a period
    hold for every month of the year, as the loader does. `extra`: {variable: array} set for the year (YEAR) or
    every month of the year (MONTH)."""
    systeem = tbs()
    situatie = laad_situatie(copy.deepcopy(inhoud), systeem)
    skelet = {
        "personen": {p: {} for p in situatie.entiteiten["personen"]},
        "gezinnen": {g: {k: v for k, v in inhoud.items() if k in ("partners", "kinderen")} for g, inhoud in situatie.entiteiten["gezinnen"].items()},
        "huishoudens": {h: {"bewoners": inhoud["bewoners"]} for h, inhoud in situatie.entiteiten["huishoudens"].items()},
    }
    simulatie = SimulationBuilder().build_from_entities(systeem, skelet)
    jaar = periods.period(maand).this_year
    maanden = jaar.get_subperiods(periods.DateUnit.MONTH)
    meervoud_van = {"persoon": "personen", "gezin": "gezinnen", "huishouden": "huishoudens"}
    namen = {naam for ent in situatie.entiteiten.values() for item in ent.values() for naam in item if naam not in ("partners", "kinderen", "bewoners")}
    waarden = {}
    for naam in namen:
        variabele = systeem.variables[naam]
        items = situatie.entiteiten[meervoud_van[variabele.entity.key]].values()
        if variabele.value_type is datetime.date:
            array = np.array([np.datetime64(str(item.get(naam, variabele.default_value))) for item in items])
        else:
            array = np.array([item.get(naam, variabele.default_value) for item in items], dtype=variabele.dtype)
        waarden[naam] = array
    waarden.update(extra or {})
    for naam, array in waarden.items():
        eenheid = systeem.variables[naam].definition_period
        if eenheid == periods.DateUnit.ETERNITY:
            simulatie.set_input(naam, periods.period("ETERNITY"), array)
        elif eenheid == periods.DateUnit.YEAR:
            simulatie.set_input(naam, jaar, array)
        else:
            for m in maanden:
                simulatie.set_input(naam, m, array)
    return simulatie


@functools.lru_cache(maxsize=None)
def batch(seed: int, maand: str):
    inhoud = genereer(seed, maand)
    return inhoud, simuleer(inhoud, maand)


def bereken(simulatie, naam, maand):
    variabele = tbs().variables[naam]
    periode = periods.period(maand)
    if variabele.definition_period == periods.DateUnit.YEAR:
        periode = periode.this_year
    return np.asarray(simulatie.calculate(naam, periode), dtype=np.float64)


KEUZE = st.sampled_from(BATCHES)


@INSTELLINGEN
@given(KEUZE)
def test_geen_uitkering_of_toeslag_is_negatief(keuze):
    _, simulatie = batch(*keuze)
    for naam in ("bijstand", "aio", "aio_recht", "aow", "aow_vakantie_uitkering", "netto_aow", "zorgtoeslag", "huurtoeslag",
                 "kindgebonden_budget", "kinderopvangtoeslag", "kinderbijslag", "bijstandsnorm"):
        waarden = bereken(simulatie, naam, keuze[1])
        assert len(waarden) >= AANTAL or naam in ("huurtoeslag",)
        assert waarden.min() >= -0.005, (naam, waarden.min())


@INSTELLINGEN
@given(KEUZE)
def test_bijstand_en_aio_niet_boven_de_norm(keuze):
    _, simulatie = batch(*keuze)
    maand = keuze[1]
    norm = bereken(simulatie, "bijstandsnorm", maand)
    totaal = bereken(simulatie, "bijstand", maand) + bereken(simulatie, "aio_recht", maand)
    assert np.all(totaal <= norm + CENT), np.max(totaal - norm)
    # and the two add up to the algemene bijstand of art. 19 (the split in the AOW birthday month included)
    assert np.allclose(totaal, bereken(simulatie, "algemene_bijstand", maand), atol=CENT)


@INSTELLINGEN
@given(KEUZE)
def test_elke_toeslag_onder_zijn_maximum(keuze):
    _, simulatie = batch(*keuze)
    maand = keuze[1]
    gezin = simulatie.populations["gezin"]
    # zorgtoeslag: never more than the standaardpremie of the insured partners (Wzt art. 2: standaardpremie − normpremie)
    standaardpremie = tbs().parameters(maand + "-01").zorgtoeslag.standaardpremie
    partners = gezin.nb_persons(role=gezin.entity.PARTNER)
    assert np.all(bereken(simulatie, "zorgtoeslag_recht", maand) <= partners * standaardpremie / 12 + CENT)
    # huurtoeslag: never more than the rekenhuur
    assert np.all(bereken(simulatie, "huurtoeslag_recht", maand) <= bereken(simulatie, "rekenhuur", maand) + CENT)
    # kindgebonden budget: never more than its maximum for the gezin
    assert np.all(bereken(simulatie, "kindgebonden_budget_recht", maand) <= bereken(simulatie, "kindgebonden_budget_maximum", maand) + 1)
    # kinderopvangtoeslag: never more than the costs
    kosten = gezin.sum(gezin.members("kinderopvang_kosten", periods.period(maand)), role=gezin.entity.KIND)
    assert np.all(bereken(simulatie, "kinderopvangtoeslag_recht", maand) <= kosten + CENT)


@INSTELLINGEN
@given(KEUZE)
def test_aio_alleen_vanaf_de_aow_leeftijd(keuze):
    _, simulatie = batch(*keuze)
    maand = keuze[1]
    gezin = simulatie.populations["gezin"]
    aow = gezin.any(gezin.members("heeft_aow_leeftijd", periods.period(maand)), role=gezin.entity.PARTNER)
    aio = bereken(simulatie, "aio_recht", maand)
    assert not np.any((aio > 0) & ~aow)
    # and no bijstand from the gemeente for a gezin whose partner had the AOW age before this month
    deel = bereken(simulatie, "aow_deel_van_de_maand_gezin", maand)
    assert np.all(bereken(simulatie, "bijstand", maand)[deel >= 1] == 0)


@INSTELLINGEN
@given(KEUZE)
def test_besteedbaar_inkomen_is_de_som_van_zijn_delen(keuze):
    _, simulatie = batch(*keuze)
    maand = keuze[1]
    periode = periods.period(maand)
    huishouden = simulatie.populations["huishouden"]
    gezin = simulatie.populations["gezin"]

    def per_huishouden_van_gezin(naam):
        waarden = gezin.project(simulatie.calculate(naam, periode))
        eerste = gezin.members_position == 0
        return huishouden.sum(np.where(eerste, waarden, 0))

    persoon = sum(huishouden.sum(simulatie.calculate(n, periode)) for n in ("nettoloon", "netto_aow"))
    gezinnen = sum(per_huishouden_van_gezin(n) for n in ("bijstand", "aio", "zorgtoeslag", "kindgebonden_budget", "kinderopvangtoeslag", "kinderbijslag"))
    ib = -huishouden.sum(simulatie.calculate("ib_naheffing", periode))
    # the whole invoice of the childcare (hours x price, also hours above the maximum or for a child who no longer counts)
    kosten = huishouden.sum(simulatie.calculate("kinderopvang_uren", periode) * simulatie.calculate("kinderopvang_uurprijs", periode))
    verwacht = persoon + gezinnen + simulatie.calculate("huurtoeslag", periode) + ib - kosten
    assert np.allclose(bereken(simulatie, "besteedbaar_inkomen", maand), verwacht, atol=0.05)


@INSTELLINGEN
@given(KEUZE)
def test_kostendelersnorm_tussen_zijn_grenzen(keuze):
    """Pw art. 22a: per rechthebbende of 21+ the norm is (40 + 30A)/(100A) × B with A ≥ 2: between 30 % and 50 % of B."""
    _, simulatie = batch(*keuze)
    maand = keuze[1]
    pw = tbs().parameters(maand + "-01").participatiewet
    gezin = simulatie.populations["gezin"]
    periode = periods.period(maand)
    van_toepassing = bereken(simulatie, "kostendelersnorm_van_toepassing", maand).astype(bool)
    recht = gezin.members("heeft_recht_op_algemene_bijstand", periode)
    volwassen = gezin.members("leeftijd", periode) >= 21
    n = gezin.sum(recht * volwassen, role=gezin.entity.PARTNER)
    jong = gezin.sum(recht * ~volwassen, role=gezin.entity.PARTNER)
    deel = bereken(simulatie, "aow_deel_van_de_maand_gezin", maand)
    b = np.where(deel >= 1, pw.norm_aow_leeftijd.gehuwden_beiden, pw.norm_21_tot_aow_leeftijd.gehuwden)
    kiezen = van_toepassing & (n >= 1) & (jong == 0) & ((deel == 0) | (deel >= 1))
    assert kiezen.sum() > 10
    a = bereken(simulatie, "aantal_kostendelers", maand)[kiezen]
    assert np.all(a >= 2)
    factor = bereken(simulatie, "kostendelersnorm", maand)[kiezen] / (n[kiezen] * b[kiezen])
    assert np.all((factor >= 0.30 - 1e-4) & (factor <= 0.50 + 1e-4)), (factor.min(), factor.max())
    assert np.allclose(factor, (40 + 30 * a) / (100 * a), atol=1e-4)


@functools.lru_cache(maxsize=None)
def met_jonge_medebewoner(seed: int, maand: str):
    """The batch with, in every household, one more co-resident of 18-26 (own gezin, with a wage)."""
    inhoud = copy.deepcopy(batch(seed, maand)[0])
    rng = np.random.default_rng(seed + 1)
    eerste = datetime.date.fromisoformat(maand + "-01")
    for h, huishouden in inhoud["huishoudens"].items():
        pid = f"{h}jong"
        van = _jaren_terug(eerste, 27) + datetime.timedelta(days=40)
        inhoud["personen"][pid] = {"geboortedatum": _datum(rng, van, _jaren_terug(eerste, 18)), "brutoloon": round(float(rng.uniform(0, 2500)), 2)}
        inhoud["gezinnen"][f"{h}gjong"] = {"partners": [pid]}
        huishouden["bewoners"].append(pid)
    return simuleer(inhoud, maand)


@INSTELLINGEN
@given(KEUZE)
def test_jonge_medebewoner_verandert_geen_bijstand(keuze):
    """Pw art. 19a lid 1: a co-resident under 27 is no kostendelende medebewoner, so he changes no one's bijstand."""
    _, simulatie = batch(*keuze)
    ander = met_jonge_medebewoner(*keuze)
    maand = keuze[1]
    voor = bereken(simulatie, "bijstand", maand) + bereken(simulatie, "aio_recht", maand)
    na = (bereken(ander, "bijstand", maand) + bereken(ander, "aio_recht", maand))[: len(voor)]
    assert np.allclose(voor, na, atol=CENT), np.max(np.abs(voor - na))


@INSTELLINGEN
@given(KEUZE)
def test_zorgtoeslag_daalt_met_het_inkomen(keuze):
    """Wzt art. 2: the normpremie rises with the toetsingsinkomen, so the zorgtoeslag never rises with it."""
    inhoud, _ = batch(*keuze)
    maand = keuze[1]
    rng = np.random.default_rng(keuze[0] + 2)
    aantal = len(inhoud["personen"])
    laag = rng.uniform(0, 50_000, aantal)
    hoog = laag + rng.uniform(1, 5_000, aantal)
    a = simuleer(inhoud, maand, {"toetsingsinkomen": laag.astype(np.float32)})
    b = simuleer(inhoud, maand, {"toetsingsinkomen": hoog.astype(np.float32)})
    za, zb = bereken(a, "zorgtoeslag_recht", maand), bereken(b, "zorgtoeslag_recht", maand)
    assert (za > 0).sum() > 100
    assert np.all(zb <= za + CENT), np.max(zb - za)


@INSTELLINGEN
@given(KEUZE)
def test_norm_stijgt_met_de_leeftijd(keuze):
    """Pw art. 20-22: for an alleenstaande without children or co-residents the norm never falls with age
    (18-20 art. 20, 21+ art. 21, from the AOW age art. 22; the AOW birthday month lies in between)."""
    inhoud, simulatie = batch(*keuze)
    maand = keuze[1]
    gezin = simulatie.populations["gezin"]
    periode = periods.period(maand)
    alleen = (gezin.nb_persons(role=gezin.entity.PARTNER) == 1) & (gezin.nb_persons(role=gezin.entity.KIND) == 0)
    alleen &= ~bereken(simulatie, "kostendelersnorm_van_toepassing", maand).astype(bool)
    geboren = gezin.members("geboortedatum", periode)
    geboren_gezin = gezin.min(geboren.astype("datetime64[D]").astype(np.int64), role=gezin.entity.PARTNER)
    norm = bereken(simulatie, "bijstandsnorm_zonder_kostendelers", maand)
    volgorde = np.argsort(-geboren_gezin[alleen], kind="stable")  # youngest first
    reeks = norm[alleen][volgorde]
    assert len(reeks) > 100
    assert np.all(np.diff(reeks) >= -CENT), reeks[np.argmin(np.diff(reeks)):][:3]


def _losse_situaties(inhoud: dict, aantal: int) -> list[Situatie]:
    """The first `aantal` households of a generated batch, each as its own situation."""
    situaties = []
    for h, huishouden in list(inhoud["huishoudens"].items())[:aantal]:
        leden = set(huishouden["bewoners"])
        gezinnen = {g: v for g, v in inhoud["gezinnen"].items() if set(v["partners"]) <= leden}
        situaties.append(Situatie(naam=h, entiteiten=copy.deepcopy({
            "personen": {p: v for p, v in inhoud["personen"].items() if p in leden},
            "gezinnen": gezinnen,
            "huishoudens": {h: huishouden},
        })))
    return situaties


@settings(max_examples=2, derandomize=True, deadline=None, database=None)
@given(st.sampled_from(BATCHES[1:4]))
def test_populatie_gelijk_aan_los_huishouden(keuze):
    """The population route (`bereken_populatie`, one batch) and the batched route of this file give each
    household what the one-household route (`bouw_simulatie`, as `samenloop simuleer`) gives it."""
    from openfisca_samenloop.analyse.populatie import bereken_populatie

    inhoud, simulatie = batch(*keuze)
    maand = keuze[1]
    situaties = _losse_situaties(inhoud, 12)
    populatie = bereken_populatie(situaties, maand, tbs(), ["besteedbaar_inkomen", "bijstand", "zorgtoeslag"])
    batchwaarden = bereken(simulatie, "besteedbaar_inkomen", maand)[:12]
    for i, situatie in enumerate(situaties):
        los = bouw_simulatie(tbs(), situatie, maand)
        besteedbaar = float(los.calculate("besteedbaar_inkomen", maand)[0])
        assert populatie["besteedbaar_inkomen"].iloc[i] == pytest.approx(besteedbaar, abs=CENT)
        assert batchwaarden[i] == pytest.approx(besteedbaar, abs=CENT)


@settings(max_examples=2, derandomize=True, deadline=None, database=None)
@given(st.sampled_from(BATCHES[:3]))
def test_scan_gelijk_aan_simuleer(keuze):
    """At sampled points, `scan` over the wage (a lasting change, weergave "jaar") gives the besteedbaar inkomen
    the one-household route gives for a situation with that wage."""
    from openfisca_samenloop.analyse.scan import scan

    inhoud, _ = batch(*keuze)
    maand = keuze[1]
    situatie = next(s for s in _losse_situaties(inhoud, 40) if len(s.entiteiten["personen"]) >= 2)
    persoon = next(iter(situatie.entiteiten["gezinnen"].values()))["partners"][0]
    # weergave "jaar": the wage holds in all twelve months, as a period-less value in a situation does
    tabel = scan(situatie, "brutoloon", 0, 4000, 3, persoon=persoon, periode=maand, tbs=tbs(), weergave="jaar")
    for _, rij in tabel.iterrows():
        variant = copy.deepcopy(situatie.entiteiten)
        variant["personen"][persoon]["brutoloon"] = float(rij["invoer"])
        los = bouw_simulatie(tbs(), Situatie(naam="punt", entiteiten=variant), maand)
        assert rij["besteedbaar_inkomen"] == pytest.approx(float(los.calculate("besteedbaar_inkomen", maand)[0]), abs=0.05)
