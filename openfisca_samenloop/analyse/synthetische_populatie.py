"""A synthetic, weighted population of Dutch households, and what the rules give it.

`genereer(n, jaar, seed)` draws `n` households (deterministic for a seed, any n) whose composition, ages,
incomes, housing, assets and take-up follow the published figures in `openfisca_samenloop/data/bevolking/*.yaml`
(each with its CBS StatLine table or other source, and its status where a figure is not confirmed). Every
household carries a weight; the weights reproduce the official number of households per type and the number of
owner-occupied and rented homes (raking over both margins).

`bereken(populatie, periode)` runs the rules over the population with OpenFisca's array route, in blocks (so
memory stays bounded), optionally partitioned over dask (`engine="dask"`): one row per household with every
scheme's amount for the month, the counts, the social minimum and the household's characteristics.
`kosten_en_ontvangers`, `verdeling`, `marginale_druk`, `onder_sociaal_minimum`, `winnaars_verliezers`,
`hervorming_effect` and `validatie` turn those rows into the tables of `samenloop populatie` (`analyseer`) and of
the report (`rapport_sectie`); `als_situatie` gives one household as a situation for `samenloop simuleer`.

Simplifications (each also named in docs/populatie.md):
- Income other than wages is not in the rules except the AOW: working-age households without wages live on
  bijstand when the means test allows it (their share per decile is CBS's share with bijstand as main income
  source); WW, WIA and self-employment income are modelled as wages of the same size.
- Pensioners' aanvullend pensioen counts for the AIO means test (`overig_netto_inkomen`) and in the Awir
  toetsingsinkomen (set as AOW + pension for households where everyone has AOW-age), but not in the income tax
  (the rules have no pension input): their net income is the model's besteedbaar inkomen plus the net pension.
- An adult child at home is its own gezin in the huishouden (as the interface prescribes for co-residents).
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import gc
import os
import sys
import time

import numpy as np
import pandas as pd
import yaml
from openfisca_core import periods

from openfisca_samenloop.invoer.arrays import PopulatieArrays, bouw_simulatie_uit_arrays

TYPEN = [
    "alleenstaande", "alleenstaande_aow", "eenouder", "paar", "paar_aow", "paar_met_kinderen", "overig",
]
TYPE_LABEL = {
    "alleenstaande": "Alleenstaande (< AOW-leeftijd)",
    "alleenstaande_aow": "Alleenstaande (AOW)",
    "eenouder": "Eenoudergezin",
    "paar": "Paar zonder kinderen (< AOW-leeftijd)",
    "paar_aow": "Paar zonder kinderen (AOW)",
    "paar_met_kinderen": "Paar met kinderen",
    "overig": "Overig meerpersoonshuishouden",
}
# The schemes of the population tables: variable, entity of the amount, paying organisation.
REGELINGEN = {
    "bijstand": "gemeente",
    "aio": "SVB",
    "aow": "SVB",
    "kinderbijslag": "SVB",
    "zorgtoeslag": "Dienst Toeslagen",
    "huurtoeslag": "Dienst Toeslagen",
    "kindgebonden_budget": "Dienst Toeslagen",
    "kinderopvangtoeslag": "Dienst Toeslagen",
}
AOW_LEEFTIJD = 67  # 2024-2027 (AOW art. 7a; parameter aow.pensioengerechtigde_leeftijd)
GEBRUIK = ("trekking", "verwacht", "uit")


class PopulatieFout(ValueError):
    """Bad input for the population analysis (one line naming the field)."""


def data_map() -> str:
    return os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", "bevolking")


@functools.lru_cache(maxsize=None)
def laad_data() -> dict:
    """The data files of data/bevolking, by file stem."""
    uit = {}
    for naam in sorted(os.listdir(data_map())):
        if naam.endswith(".yaml"):
            with open(os.path.join(data_map(), naam), encoding="utf-8") as handle:
                uit[naam[:-5]] = yaml.safe_load(handle)
    return uit


def type_doelen(jaar: int = 2024) -> dict[str, float]:
    """Official number of households per type (CBS 71486ned, 1 January 2024; split by AOW-age with CBS 83932NED
    shares). The same counts serve 2025 (see huishoudens.yaml)."""
    h = laad_data()["huishoudens"]
    een = h["eenpersoonshuishoudens"]["waarde"]
    paren = h["niet_gehuwde_paren"]["waarde"] + h["gehuwde_paren"]["waarde"]
    eenouder = h["eenouderhuishoudens"]["waarde"]
    paar_kind = h["meerpersoonshuishoudens_met_kinderen"]["waarde"] - eenouder
    paar_zonder = paren - paar_kind
    overig = h["totaal_particuliere_huishoudens"]["waarde"] - een - paren - eenouder
    aow_een = h["aandeel_aow"]["alleenstaande"]["waarde"]
    aow_paar = h["aandeel_aow"]["paar_zonder_kinderen"]["waarde"]
    return {
        "alleenstaande": een * (1 - aow_een),
        "alleenstaande_aow": een * aow_een,
        "eenouder": float(eenouder),
        "paar": paar_zonder * (1 - aow_paar),
        "paar_aow": paar_zonder * aow_paar,
        "paar_met_kinderen": float(paar_kind),
        "overig": float(overig),
    }


def koop_doel() -> float:
    """Share of owner-occupied homes in the stock (CBS 82900NED, 1 January 2023)."""
    w = laad_data()["wonen"]["woningvoorraad_2023"]
    return w["koopwoningen"] / (w["koopwoningen"] + w["huur_corporatie"] + w["huur_overig"])


@dataclasses.dataclass
class Populatie:
    """A synthetic population: the OpenFisca inputs as arrays, one weight and the characteristics per household,
    and per person the extra toetsingsinkomen (gross pension) of pensioners."""

    arrays: PopulatieArrays
    huishoudens: pd.DataFrame  # type, deciel, woning, gewicht, netto_pensioen, ...
    pensioen_bruto_jaar: np.ndarray  # per person
    jaar: int
    seed: int
    gebruik: str

    @property
    def n(self) -> int:
        return self.arrays.aantal_huishoudens


def _verdeel_aantallen(n: int, aandelen: np.ndarray) -> np.ndarray:
    """n split over cells in proportion (largest remainder), each cell at least 1 when n allows."""
    ruw = n * aandelen / aandelen.sum()
    aantal = np.floor(ruw).astype(int)
    if n >= len(aandelen):
        aantal = np.maximum(aantal, 1)
    while aantal.sum() > n:
        aantal[np.argmax(aantal)] -= 1
    rest = n - aantal.sum()
    if rest > 0:
        volgorde = np.argsort(-(ruw - np.floor(ruw)), kind="stable")
        aantal[volgorde[:rest]] += 1
    return aantal


def genereer(n: int, jaar: int = 2024, seed: int = 0, gebruik: str = "trekking") -> Populatie:
    """`n` households for `jaar` (2024 or 2025), deterministic for `seed`. `gebruik`: 'trekking' (seeded take-up
    draws set the neemt_*_af inputs), 'verwacht' (everyone claims; `samenvatting` multiplies the amounts of the
    toeslagen and AIO by the take-up rate), 'uit' (entitlements only)."""
    if not isinstance(n, (int, np.integer)) or isinstance(n, bool) or n <= 0:
        raise PopulatieFout(f"--huishoudens: must be a whole number above 0, got {n!r}")
    if jaar not in (2024, 2025, 2026):
        raise PopulatieFout(f"--periode: the population is built for 2024 and 2025 (2026 uses 2025), got {jaar}")
    if gebruik not in GEBRUIK:
        raise PopulatieFout(f"--gebruik: '{gebruik}' is not one of {', '.join(GEBRUIK)}")
    data = laad_data()
    rng = np.random.default_rng([seed, jaar])
    doelen = type_doelen(jaar)
    aantallen = _verdeel_aantallen(int(n), np.array([doelen[t] for t in TYPEN]))
    type_ = np.repeat(np.arange(len(TYPEN)), aantallen)
    n = len(type_)
    T = {t: i for i, t in enumerate(TYPEN)}
    naam = type_  # integer codes (string comparisons over a million rows are slow)
    aow_hh = np.isin(naam, [T["alleenstaande_aow"], T["paar_aow"]])

    # --- income decile (CBS: households per decile and type) and standardised income
    ink = data["inkomen"]
    dec_tabel = ink["decielen_per_type"]
    bron_type = {
        "alleenstaande": "eenpersoons", "alleenstaande_aow": "eenpersoons", "eenouder": "eenouder",
        "paar": "paar_zonder_kinderen", "paar_aow": "paar_zonder_kinderen", "paar_met_kinderen": "paar_met_kinderen",
        "overig": "overig",
    }
    deciel = np.zeros(n, dtype=int)
    u = rng.random(n)
    for i, t in enumerate(TYPEN):
        kans = np.cumsum(dec_tabel[bron_type[t]])
        kans = kans / kans[-1]
        sel = type_ == i
        deciel[sel] = np.searchsorted(kans, u[sel], side="right") + 1
    deciel = np.minimum(deciel, 10)
    grenzen = np.array([8000.0] + ink["decielgrenzen_gestandaardiseerd"]["waarden"])
    positie = rng.random(n)
    gestandaardiseerd = np.where(
        deciel < 10,
        grenzen[np.minimum(deciel - 1, 8)] + positie * (grenzen[np.minimum(deciel, 9)] - grenzen[np.minimum(deciel - 1, 8)]),
        grenzen[9] + rng.exponential(ink["decielgrenzen_gestandaardiseerd"]["bovenste_deciel_mediaan"] - grenzen[9], n) / np.log(2),
    )

    # --- composition: partners, children, adult children at home
    h = data["huishoudens"]
    twee = np.isin(naam, [T["paar"], T["paar_aow"], T["paar_met_kinderen"], T["overig"]])
    met_kind = np.isin(naam, [T["eenouder"], T["paar_met_kinderen"]])
    kinderen = np.zeros(n, dtype=int)
    for t, sleutel in (("eenouder", "eenouder"), ("paar_met_kinderen", "paar_met_kinderen")):
        sel = naam == T[t]
        verdeling = h["aantal_kinderen"][sleutel]
        waarden = np.array(sorted(verdeling), dtype=int)
        kans = np.array([verdeling[k] for k in sorted(verdeling)], dtype=float)
        kinderen[sel] = rng.choice(waarden, size=sel.sum(), p=kans / kans.sum())
    aandeel_18 = np.where(naam == T["eenouder"], h["aandeel_met_kind_18_plus"]["eenouder"]["waarde"],
                          h["aandeel_met_kind_18_plus"]["paar_met_kinderen"]["waarde"])
    volwassen_kind = met_kind & (rng.random(n) < aandeel_18)
    minderjarig = kinderen - volwassen_kind
    # ages
    leeftijd_1 = np.where(aow_hh, AOW_LEEFTIJD + np.minimum(rng.exponential(9.0, n), 33).astype(int),
                          np.where(met_kind, rng.integers(25, 58, n), rng.integers(19, AOW_LEEFTIJD, n)))
    leeftijd_1 = np.where(volwassen_kind, np.maximum(leeftijd_1, 45 + rng.integers(0, 15, n)), leeftijd_1)
    leeftijd_1 = np.where(met_kind, np.minimum(leeftijd_1, AOW_LEEFTIJD - 1), leeftijd_1)
    verschil = np.round(rng.normal(0, 3, n)).astype(int)
    leeftijd_2 = np.where(aow_hh, np.maximum(leeftijd_1 + verschil, AOW_LEEFTIJD),
                          np.clip(leeftijd_1 + verschil, 19, AOW_LEEFTIJD - 1))
    leeftijd_2 = np.where(naam == T["overig"], rng.integers(19, AOW_LEEFTIJD, n), leeftijd_2)
    p27 = h["aandeel_thuiswonend_kind_27_plus"]["waarde"]
    leeftijd_kind_volw = np.where(rng.random(n) < p27, rng.integers(27, 36, n), rng.integers(18, 27, n))

    # --- wages: target net household income from the standardised income, then gross
    eq = ink["equivalentiefactor"]
    factor = np.where(twee & (naam != T["overig"]), eq["volwassenen_2"], eq["volwassene_1"]) + eq["per_kind"] * minderjarig
    netto_doel = gestandaardiseerd * factor
    verh = ink["netto_bruto_verhouding"]
    ratio = np.array(verh["verhouding"])[np.searchsorted(verh["grenzen_netto"], netto_doel)]
    # Working households' net wage is at least 10 % above their bijstand norm: CBS's lowest decile is largely
    # students, self-employed with a loss and non-claimants, whom the rules cannot tell apart; on a low wage the
    # model would top every one of them up with bijstand. Households living on bijstand are drawn separately
    # below (CBS: bijstand as main income source per decile).
    from openfisca_samenloop.systeem import basissysteem

    normen = basissysteem().parameters(f"{jaar}-07-01").participatiewet.norm_21_tot_aow_leeftijd
    vloer = 12 * 1.1 * np.where(twee & (naam != T["overig"]), normen.gehuwden, normen.alleenstaande)
    netto_doel = np.maximum(netto_doel, vloer)
    ratio = np.array(verh["verhouding"])[np.searchsorted(verh["grenzen_netto"], netto_doel)]
    bruto_hh = netto_doel / ratio
    bij = np.array(ink["bijstand_als_hoofdbron"]["waarden"]) / np.array(ink["huishoudens_per_deciel"]["waarden"])
    zonder_loon = (~aow_hh) & (rng.random(n) < bij[deciel - 1])
    bruto_hh = np.where(aow_hh | zonder_loon, 0.0, bruto_hh)
    vp = ink["verdeling_paar"]
    eenverdiener = rng.random(n) < vp["aandeel_eenverdieners"]
    deel_1 = np.where(twee & (naam != T["overig"]), np.where(eenverdiener, 1.0, vp["aandeel_eerste_partner"]), 1.0)
    loon_1 = bruto_hh * deel_1
    loon_2 = np.where(naam == T["overig"], bruto_hh * 0.8, bruto_hh * (1 - deel_1))
    kv = ink["kind_volwassen_loon"]
    # An adult child at home has its own wage, at least 10 % above a kostendeler's bijstand norm (half the norm for
    # gehuwden): those without earnings are mostly students, whom the Participatiewet excludes (art. 13 lid 2
    # onder c), an exclusion the rules do not model; without this floor each of them would count as a bijstand
    # recipient. Status afgeleid; see docs/populatie.md.
    loon_kind = np.exp(np.log(kv["mediaan"]) + kv["sigma"] * rng.normal(size=n))
    loon_kind = np.maximum(loon_kind, 12 * 1.1 * 0.5 * normen.gehuwden / 0.85)

    # --- pensioners: AOW insurance years and aanvullend pensioen
    pz = ink["pensioen"]
    gekort = aow_hh & (rng.random(n) < 0.115)  # SVB Q4 2023: 10,4 % of all recipients live in NL with a reduced AOW
    verzekerd = np.where(gekort, rng.integers(5, 49, n), 50)
    geen_pensioen = rng.random(n) < np.where(gekort, pz["aandeel_zonder_pensioen_bij_onvolledige_aow"], pz["aandeel_zonder_pensioen"])
    mediaan = np.where(naam == T["paar_aow"], pz["mediaan_paar"], pz["mediaan_alleenstaande"])
    pensioen = np.where(aow_hh & ~geen_pensioen, np.exp(np.log(mediaan) + pz["sigma"] * rng.normal(size=n)), 0.0)
    pensioen = np.where(gekort, pensioen * 0.4, pensioen)

    # --- housing (CBS: tenure per decile) and rents
    wonen = data["wonen"]
    ws = wonen["woonsituatie_per_deciel"]
    p_koop = np.array(ws["eigen_woning"]) / (np.array(ws["eigen_woning"]) + np.array(ws["huur"]))
    koop = rng.random(n) < p_koop[deciel - 1]
    voorraad = wonen["woningvoorraad_2023"]
    corporatie = (~koop) & (rng.random(n) < voorraad["huur_corporatie"] / (voorraad["huur_corporatie"] + voorraad["huur_overig"]))
    hc, ho = wonen["huur"]["corporatie"], wonen["huur"]["overig"]
    huur = np.where(
        koop, 0.0,
        np.where(corporatie, np.clip(rng.normal(hc["gemiddeld"], hc["sd"], n), hc["min"], hc["max"]),
                 np.clip(np.exp(np.log(ho["mediaan"]) + ho["sigma"] * rng.normal(size=n)), ho["min"], ho["max"])),
    )
    servicekosten = np.where(koop, 0.0, wonen["huur"]["servicekosten"])
    if jaar >= 2025:
        huur = huur * 1.05  # rents of 2024 raised by the 2025 maximum increase for social housing (5 %): status afgeleid

    # --- financial assets (first partner)
    vm = data["vermogen"]
    mediaan_vm = np.where(aow_hh, vm["mediaan_gepensioneerden"], np.array(vm["mediaan_per_deciel"])[deciel - 1])
    vermogen = np.exp(np.log(mediaan_vm) + vm["sigma"] * rng.normal(size=n))
    vermogen = np.where(zonder_loon, rng.uniform(0, 5000, n), vermogen)

    # --- persons: partner 1, partner 2, adult child, minor children (in that order per household)
    n_p = 1 + twee + volwassen_kind + minderjarig
    start = np.concatenate([[0], np.cumsum(n_p)[:-1]])
    aantal_personen = int(n_p.sum())
    hh = np.repeat(np.arange(n), n_p)
    plek = np.arange(aantal_personen) - start[hh]
    is_p2 = (plek == 1) & twee[hh]
    is_kv = (plek == 1 + twee[hh]) & volwassen_kind[hh]
    is_kind = plek >= 1 + twee[hh] + volwassen_kind[hh]
    # gezinnen: one per household, plus one for the adult child and one for the co-resident of 'overig'
    eigen_gezin = is_kv | (is_p2 & (naam[hh] == T["overig"]))
    gezin_nummer = np.cumsum(np.where(plek == 0, 1, 0) + eigen_gezin) - 1
    gezin = np.where(is_kind, 0, gezin_nummer)
    # children join their parents' gezin (the household's first gezin)
    eerste_gezin = gezin_nummer[start]
    gezin = np.where(is_kind, eerste_gezin[hh], gezin_nummer)
    rol = is_kind.astype(np.int16)
    aantal_gezinnen = int(gezin.max()) + 1

    leeftijd = np.where(plek == 0, leeftijd_1[hh], np.where(is_p2, leeftijd_2[hh], np.where(is_kv, leeftijd_kind_volw[hh], 0)))
    ouder = leeftijd_1[hh]
    kind_leeftijd = rng.integers(0, 18, aantal_personen)
    kind_leeftijd = np.minimum(kind_leeftijd, np.maximum(ouder - 18, 0))
    leeftijd = np.where(is_kind, kind_leeftijd, leeftijd)
    # born on a random day of the year before `jaar` - leeftijd, so the age on 1 January of `jaar` is leeftijd
    dagen = rng.integers(0, 365, aantal_personen)
    jaren = (jaar - leeftijd).astype(np.int64)
    geboren = (jaren - 1970).astype("datetime64[Y]").astype("datetime64[D]") - dagen.astype("timedelta64[D]")

    loon = np.where(plek == 0, loon_1[hh], np.where(is_p2, loon_2[hh], np.where(is_kv, loon_kind[hh], 0.0)))
    loon = np.where(leeftijd >= AOW_LEEFTIJD, 0.0, loon)
    jaren_verzekerd = np.where(leeftijd >= AOW_LEEFTIJD, verzekerd[hh], 50)
    # pension: split over AOW-age partners
    aow_personen = (leeftijd >= AOW_LEEFTIJD) & ~is_kind
    n_aow = np.bincount(hh, weights=aow_personen, minlength=n)
    pensioen_p = np.where(aow_personen, pensioen[hh] / np.maximum(n_aow[hh], 1), 0.0)
    vermogen_p = np.where(plek == 0, vermogen[hh], 0.0)

    arrays = PopulatieArrays(
        gezin=gezin.astype(np.int64), huishouden=hh.astype(np.int64), rol_gezin=rol,
        aantal_gezinnen=aantal_gezinnen, aantal_huishoudens=n,
    )
    arrays.zet("geboortedatum", "ETERNITY", geboren)
    arrays.zet("aow_verzekerde_jaren", "ETERNITY", jaren_verzekerd)
    arrays.zet("vermogen", str(jaar), vermogen_p.astype(np.float32))
    maanden = [f"{jaar}-{m:02d}" for m in range(1, 13)]
    loon_maand = (loon / 12).astype(np.float32)
    netto_pensioen_maand = (pensioen_p * 0.8 / 12).astype(np.float32)  # net ≈ 80 % of gross: status afgeleid
    huur_m = huur.astype(np.float32)
    service_m = servicekosten.astype(np.float32)
    for m in maanden:
        arrays.zet("brutoloon", m, loon_maand)
        arrays.zet("overig_netto_inkomen", m, netto_pensioen_maand)
        arrays.zet("huur", m, huur_m)
        arrays.zet("servicekosten", m, service_m)

    # --- childcare: households with children under 13 where every adult partner works
    werkt_alles = np.where(twee & (naam != T["overig"]), (loon_1 > 0) & (loon_2 > 0), loon_1 > 0)
    gebruikt_opvang = met_kind & werkt_alles & (rng.random(n) < 0.35)  # status onbevestigd
    jong = is_kind & (kind_leeftijd < 13) & gebruikt_opvang[hh]
    dagopvang = jong & (kind_leeftijd < 4)
    uren = np.where(dagopvang, 70.0, np.where(jong, 40.0, 0.0)).astype(np.float32)
    prijs = np.where(dagopvang, 9.50, 8.20).astype(np.float32) * (1.0 if jaar == 2024 else 1.05)
    soort = _soort_opvang(dagopvang)
    for m in maanden:
        arrays.zet("kinderopvang_uren", m, uren)
        arrays.zet("kinderopvang_uurprijs", m, prijs.astype(np.float32))
        arrays.zet("kinderopvang_soort", m, soort)

    # --- take-up: seeded draws per gezin (huishouden for huurtoeslag)
    ng = laad_data()["regelingen"]["niet_gebruik"]
    if gebruik == "trekking":
        trek = np.random.default_rng([seed, jaar, 7])
        for regeling, entiteit in (("zorgtoeslag", "gezin"), ("kindgebonden_budget", "gezin"), ("aio", "gezin"),
                                   ("huurtoeslag", "huishouden"), ("kinderopvangtoeslag", "gezin")):
            aantal = aantal_gezinnen if entiteit == "gezin" else n
            neemt = trek.random(aantal) >= ng[regeling]["waarde"]
            for m in maanden:
                arrays.zet(f"neemt_{regeling}_af", m, neemt)

    huishoudens = pd.DataFrame({
        "type": pd.Categorical.from_codes(type_, TYPEN),
        "deciel_invoer": deciel,
        "woning": np.where(koop, "koop", np.where(corporatie, "huur_corporatie", "huur_overig")),
        "aow_huishouden": aow_hh,
        "zonder_loon": zonder_loon,
        "personen": n_p,
        "netto_pensioen": np.bincount(hh, weights=netto_pensioen_maand, minlength=n),
    })
    huishoudens["gewicht"] = raking(huishoudens, doelen)
    return Populatie(arrays=arrays, huishoudens=huishoudens, pensioen_bruto_jaar=pensioen_p, jaar=jaar, seed=seed, gebruik=gebruik)


def _soort_opvang(dagopvang: np.ndarray):
    """kinderopvang_soort as an EnumArray of item indices (dagopvang, else buitenschoolse_opvang): OpenFisca takes
    it as it is, without encoding a million strings for each month."""
    from openfisca_core.indexed_enums import EnumArray

    from openfisca_samenloop.wetten.kinderopvang import KinderopvangSoort

    codes = np.where(dagopvang, KinderopvangSoort.dagopvang.index, KinderopvangSoort.buitenschoolse_opvang.index)
    return EnumArray(codes.astype(np.int16), KinderopvangSoort)


def raking(huishoudens: pd.DataFrame, doelen: dict[str, float], iteraties: int = 100) -> np.ndarray:
    """Weights that reproduce the official households per type and the share of owner-occupied homes (iterative
    proportional fitting over the two margins). Every household in a cell (type × koop/huur) gets the same weight,
    so the fitting runs on the 2 × 7 table of cell counts."""
    codes = {t: i for i, t in enumerate(doelen)}
    type_ = huishoudens["type"].map(codes).to_numpy()
    koop = (huishoudens["woning"] == "koop").to_numpy().astype(int)
    cel = type_ * 2 + koop
    aantal = np.bincount(cel, minlength=2 * len(codes)).reshape(len(codes), 2).astype(float)
    factor = np.ones_like(aantal)
    doel_type = np.array(list(doelen.values()))
    totaal = doel_type.sum()
    doel_koop = np.array([totaal * (1 - koop_doel()), totaal * koop_doel()])
    for _ in range(iteraties):
        gewogen = aantal * factor
        rij = gewogen.sum(axis=1)
        factor *= np.where(rij > 0, doel_type / np.where(rij > 0, rij, 1), 1)[:, None]
        gewogen = aantal * factor
        kolom = gewogen.sum(axis=0)
        factor *= np.where(kolom > 0, doel_koop / np.where(kolom > 0, kolom, 1), 1)[None, :]
    gewicht = factor.reshape(-1)[cel]
    # with very few households a margin can have empty cells; the total still holds
    return gewicht * (totaal / gewicht.sum())


# ---------------------------------------------------------------------------------------------------------
# Computing the population

PER_HUISHOUDEN = list(REGELINGEN) + [
    "aow_vakantie_uitkering", "besteedbaar_inkomen", "aantal_regelingen", "aantal_instanties", "brutoloon",
    "bijstandsnorm",
]


def _voortgang(tekst: str, stil: bool) -> None:
    if not stil:
        sys.stderr.write(tekst + "\n")
        sys.stderr.flush()


def bereken_blok(arrays: PopulatieArrays, pensioen_bruto: np.ndarray, periode: str, hervorming=None,
                 loonstap: float = 0.0) -> pd.DataFrame:
    """The rules over one block of households: one row per household with every scheme's amount for the month.

    `loonstap` (euro per month) is added to the first partner's wage in every month of the year (for the
    marginale druk). Households in which everyone has AOW-age and has an aanvullend pensioen get the Awir
    toetsingsinkomen AOW + pension; that is set once their AOW is computed (nothing that depends on the
    toetsingsinkomen has been computed then)."""
    tbs = _systeem(hervorming)
    maand = periods.period(periode)
    jaar = maand.this_year
    if loonstap:
        arrays = _met_loonstap(arrays, loonstap, jaar)
    simulatie = bouw_simulatie_uit_arrays(tbs, arrays)
    if pensioen_bruto is not None and np.any(pensioen_bruto > 0):
        _zet_pensioen_toetsingsinkomen(simulatie, arrays, pensioen_bruto, jaar)
    return per_huishouden(simulatie, tbs, maand, arrays)


def _met_loonstap(arrays: PopulatieArrays, stap: float, jaar) -> PopulatieArrays:
    nieuw = dataclasses.replace(arrays, invoer=dict(arrays.invoer))
    eerste = np.zeros(arrays.aantal_personen, dtype=bool)
    eerste[np.unique(arrays.huishouden, return_index=True)[1]] = True
    per = dict(arrays.invoer.get("brutoloon", {}))
    for m in jaar.get_subperiods(periods.DateUnit.MONTH):
        basis = per.get(str(m), np.zeros(arrays.aantal_personen, dtype=np.float32))
        per[str(m)] = (basis + np.where(eerste, stap, 0.0)).astype(np.float32)
    nieuw.invoer["brutoloon"] = per
    return nieuw


def _zet_pensioen_toetsingsinkomen(simulatie, arrays: PopulatieArrays, pensioen_bruto: np.ndarray, jaar) -> None:
    """Toetsingsinkomen = AOW of the year (incl. vakantie-uitkering) + gross pension. Only called for a block of
    households in which everyone has AOW-age (`_partities`), before anything that depends on it is computed.
    The AIO, taxable as well, is left out of it (its gross amount would need the toetsingsinkomen's own
    computation); see docs/populatie.md."""
    aow = simulatie.calculate_add("aow", jaar) + simulatie.calculate_add("aow_vakantie_uitkering", jaar)
    simulatie.set_input("toetsingsinkomen", jaar, (aow + pensioen_bruto).astype(np.float32))


@functools.lru_cache(maxsize=8)
def _systeem(hervorming):
    from openfisca_samenloop.systeem import basissysteem

    if not hervorming:
        return basissysteem()
    from openfisca_samenloop.invoer.hervorming import systeem_met_hervorming

    return systeem_met_hervorming(hervorming)


def per_huishouden(simulatie, tbs, maand, arrays: PopulatieArrays) -> pd.DataFrame:
    """Per household: the schemes' monthly amounts, besteedbaar inkomen, counts, social minimum, and the number of
    persons receiving bijstand, AOW and AIO."""
    from openfisca_samenloop.invoer.periodes import periode_voor

    uit = {}
    for naam in PER_HUISHOUDEN:
        if naam not in tbs.variables:
            continue
        variabele = tbs.variables[naam]
        waarden = np.asarray(simulatie.calculate(naam, periode_voor(variabele, maand)), dtype=np.float64)
        entiteit = variabele.entity.key
        if entiteit == "huishouden":
            uit[naam] = waarden
        elif entiteit == "persoon":
            uit[naam] = np.bincount(arrays.huishouden, weights=waarden, minlength=arrays.aantal_huishoudens)
            if naam == "aow":
                uit["aow_personen"] = np.bincount(arrays.huishouden, weights=waarden > 0, minlength=arrays.aantal_huishoudens)
        else:
            # gezin → huishouden: each gezin once (through its first member)
            hh_van_gezin = np.zeros(arrays.aantal_gezinnen, dtype=np.int64)
            hh_van_gezin[arrays.gezin] = arrays.huishouden
            uit[naam] = np.bincount(hh_van_gezin, weights=waarden, minlength=arrays.aantal_huishoudens)
            if naam in ("bijstand", "aio"):
                partners = np.bincount(arrays.gezin, weights=arrays.rol_gezin == 0, minlength=arrays.aantal_gezinnen)
                uit[f"{naam}_personen"] = np.bincount(hh_van_gezin, weights=(waarden > 0) * partners, minlength=arrays.aantal_huishoudens)
    return pd.DataFrame(uit)


def _blokken(n: int, grootte: int) -> list[np.ndarray]:
    return [np.arange(i, min(i + grootte, n)) for i in range(0, n, grootte)]


def _partities(populatie: Populatie, blokgrootte: int) -> list[np.ndarray]:
    """Household index sets: pensioner-only households with a pension (their toetsingsinkomen is set) apart from
    the rest, each cut in blocks of at most `blokgrootte`."""
    arrays = populatie.arrays
    heeft_pensioen = np.bincount(arrays.huishouden, weights=populatie.pensioen_bruto_jaar > 0, minlength=populatie.n) > 0
    aow_only = populatie.huishoudens["aow_huishouden"].to_numpy() & heeft_pensioen
    uit = []
    for groep in (np.flatnonzero(aow_only), np.flatnonzero(~aow_only)):
        for deel in _blokken(len(groep), blokgrootte):
            uit.append(groep[deel])
    return uit


def bereken(populatie: Populatie, periode: str, hervorming=None, loonstap: float = 0.0, engine: str = "lokaal",
            scheduler: str | None = None, blokgrootte: int = 125_000, stil: bool = False, werkers: int | None = None,
            client=None) -> pd.DataFrame:
    """Every household's amounts for the month `periode` (YYYY-MM), in household order, with the household
    characteristics and weight. `engine`: 'lokaal' (blocks one after another) or 'dask' (blocks over
    dask.distributed: a LocalCluster, or the scheduler at `scheduler`)."""
    if engine not in ("lokaal", "dask"):
        raise PopulatieFout(f"--engine: '{engine}' is not one of lokaal, dask")
    delen = _partities(populatie, blokgrootte)
    taken = []
    for index in delen:
        deel = populatie.arrays.deel(index, _systeem(hervorming)) if len(delen) > 1 else populatie.arrays
        pensioen = _pensioen_voor(populatie, index) if len(delen) > 1 else populatie.pensioen_bruto_jaar
        heeft = np.bincount(deel.huishouden, weights=pensioen > 0, minlength=deel.aantal_huishoudens) > 0
        if not (populatie.huishoudens["aow_huishouden"].to_numpy()[index].all() and heeft.all()):
            pensioen = None
        taken.append((index, deel, pensioen))
    begin = time.perf_counter()
    if engine == "lokaal":
        uitkomsten = []
        for nummer, (index, deel, pensioen) in enumerate(taken, start=1):
            uitkomsten.append(bereken_blok(deel, pensioen, periode, hervorming, loonstap))
            gc.collect()  # a block's simulation holds every intermediate array: free it before the next block
            _voortgang(f"  blok {nummer}/{len(taken)}: {len(index):,} huishoudens ({time.perf_counter() - begin:.1f} s)", stil or len(taken) == 1)
    else:
        uitkomsten = _bereken_dask(taken, periode, hervorming, loonstap, scheduler, stil, werkers, client)
    tabel = pd.concat([u.set_index(pd.Index(t[0])) for u, t in zip(uitkomsten, taken)]).sort_index()
    for kolom in populatie.huishoudens.columns:
        tabel[kolom] = populatie.huishoudens[kolom].to_numpy()
    tabel["huishoudinkomen"] = tabel["besteedbaar_inkomen"] + tabel["netto_pensioen"]
    return tabel


def _pensioen_voor(populatie: Populatie, index: np.ndarray) -> np.ndarray:
    houd = np.zeros(populatie.n, dtype=bool)
    houd[index] = True
    return populatie.pensioen_bruto_jaar[houd[populatie.arrays.huishouden]]


def _bereken_dask(taken, periode, hervorming, loonstap, scheduler, stil, werkers, client=None):
    if client is None:
        with dask_client(scheduler, werkers) as eigen:
            return _bereken_dask(taken, periode, hervorming, loonstap, scheduler, stil, werkers, eigen)
    futures = [client.submit(bereken_blok, deel, pensioen, periode, hervorming, loonstap, pure=False)
               for _, deel, pensioen in taken]
    uitkomsten = []
    begin = time.perf_counter()
    for nummer, future in enumerate(futures, start=1):
        uitkomsten.append(future.result())
        _voortgang(f"  dask blok {nummer}/{len(futures)} ({time.perf_counter() - begin:.1f} s)", stil)
    return uitkomsten


@contextlib.contextmanager
def dask_client(scheduler: str | None = None, werkers: int | None = None):
    """A dask.distributed Client: on the scheduler at `scheduler`, or on a LocalCluster of `werkers` processes
    (default: as many as cores, at most 2) that is closed afterwards. Imports dask only here."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise PopulatieFout("--engine dask: dask.distributed is not installed (pip install 'openfisca-samenloop[dask]')") from None
    if scheduler:
        try:
            client = Client(scheduler, timeout="5s")
        except (OSError, TimeoutError) as fout:
            raise PopulatieFout(f"--scheduler: cannot reach the dask scheduler at {scheduler} ({type(fout).__name__})") from None
        with client:
            yield client
        return
    import logging

    cluster = LocalCluster(n_workers=werkers or min(2, os.cpu_count() or 1), threads_per_worker=1, processes=True,
                           dashboard_address=None, silence_logs=logging.ERROR)
    try:
        with Client(cluster) as client:
            yield client
    finally:
        cluster.close()


# ---------------------------------------------------------------------------------------------------------
# Tables

TOESLAGEN = ["zorgtoeslag", "huurtoeslag", "kindgebonden_budget", "kinderopvangtoeslag"]
MET_GEBRUIK = TOESLAGEN + ["aio"]


def _gebruiksfactor(gebruik: str) -> dict[str, float]:
    """Per scheme the factor applied to amounts and recipients: 1, or the take-up rate under 'verwacht'."""
    if gebruik != "verwacht":
        return {}
    ng = laad_data()["regelingen"]["niet_gebruik"]
    return {naam: 1.0 - ng[naam]["waarde"] for naam in MET_GEBRUIK if naam in ng}


def jaarbedrag(tabel: pd.DataFrame, regeling: str) -> pd.Series:
    """A scheme's yearly amount per household: the month × 12 (AOW: plus the vakantie-uitkering accrued)."""
    maand = tabel[regeling]
    if regeling == "aow" and "aow_vakantie_uitkering" in tabel:
        maand = maand + tabel["aow_vakantie_uitkering"]
    return 12 * maand


def kosten_en_ontvangers(tabel: pd.DataFrame, gebruik: str = "trekking") -> pd.DataFrame:
    """Per scheme: weighted households receiving it, persons (bijstand, AIO, AOW) and yearly cost in euro."""
    factor = _gebruiksfactor(gebruik)
    w = tabel["gewicht"]
    rijen = []
    for regeling, instantie in REGELINGEN.items():
        if regeling not in tabel:
            continue
        f = factor.get(regeling, 1.0)
        personen = tabel.get(f"{regeling}_personen")
        rijen.append({
            "regeling": regeling,
            "instantie": instantie,
            "huishoudens": f * float((w * (tabel[regeling] > 0)).sum()),
            "personen": f * float((w * personen).sum()) if personen is not None else np.nan,
            "kosten_per_jaar": f * float((w * jaarbedrag(tabel, regeling)).sum()),
        })
    return pd.DataFrame(rijen).set_index("regeling")


def verdeling(tabel: pd.DataFrame, kolom: str) -> pd.Series:
    """Weighted share of households per value of `kolom` (e.g. aantal_regelingen)."""
    w = tabel["gewicht"]
    return (w.groupby(tabel[kolom].round().astype(int)).sum() / w.sum()).rename("aandeel")


def gestandaardiseerd(tabel: pd.DataFrame) -> pd.Series:
    """Household income per year divided by the CBS equivalence factor (see inkomen.yaml)."""
    eq = laad_data()["inkomen"]["equivalentiefactor"]
    twee = tabel["type"].isin(["paar", "paar_aow", "paar_met_kinderen"])
    kinderen = np.maximum(tabel["personen"] - 1 - twee, 0)
    factor = np.where(twee, eq["volwassenen_2"], eq["volwassene_1"]) + eq["per_kind"] * kinderen
    return 12 * tabel["huishoudinkomen"] / factor


def inkomensdecielen(tabel: pd.DataFrame) -> pd.Series:
    """Weighted deciles (1..10) of the standardised household income of the model."""
    waarde = gestandaardiseerd(tabel).to_numpy()
    volgorde = np.argsort(waarde, kind="stable")
    cum = np.cumsum(tabel["gewicht"].to_numpy()[volgorde])
    deciel = np.empty(len(waarde), dtype=int)
    deciel[volgorde] = np.minimum((10 * cum / cum[-1] - 1e-9).astype(int) + 1, 10)
    return pd.Series(deciel, index=tabel.index, name="deciel")


def onder_sociaal_minimum(tabel: pd.DataFrame) -> pd.Series:
    """True where the household's income without toeslagen and child benefits (net wages, AOW, bijstand/AIO and
    net pension) is below the sum of its gezinnen's bijstand norms (the social minimum of the Participatiewet)."""
    zonder = tabel["huishoudinkomen"] - tabel[[k for k in TOESLAGEN + ["kinderbijslag"] if k in tabel]].sum(axis=1)
    return zonder < tabel["bijstandsnorm"] - 1.0


def marginale_druk(basis: pd.DataFrame, met_stap: pd.DataFrame, stap: float) -> pd.Series:
    """1 − Δ household income / Δ gross wage per household (NaN for pensioner households, who have no wage)."""
    druk = 1.0 - (met_stap["huishoudinkomen"] - basis["huishoudinkomen"]) / stap
    return druk.where(~basis["aow_huishouden"])


def druk_tabel(tabel: pd.DataFrame, druk: pd.Series) -> pd.DataFrame:
    w = tabel["gewicht"]
    geldig = druk.notna()
    return pd.DataFrame({
        "huishoudens": [float((w * geldig).sum()), float((w * (druk > 0.8)).sum()), float((w * (druk > 1.0)).sum())],
    }, index=pd.Index(["met loon (gemeten)", "marginale druk > 80 %", "marginale druk > 100 %"], name="groep"))


@dataclasses.dataclass
class PopulatieUitkomst:
    """Everything `samenloop populatie` shows: per-household rows and the tables."""

    periode: str
    n: int
    gebruik: str
    basis: pd.DataFrame
    kosten: pd.DataFrame
    regelingen_verdeling: pd.Series
    instanties_verdeling: pd.Series
    druk: pd.DataFrame
    onder_minimum: float
    hervorming: str | None = None
    hervormd: pd.DataFrame | None = None
    kosten_hervormd: pd.DataFrame | None = None
    effect: dict | None = None
    duur: float = 0.0

    def als_tekst(self) -> str:
        from openfisca_samenloop.opmaak import getal, procent

        def mln(x):
            if not np.isfinite(x):
                return "–"
            return f"{x / 1e6:,.1f}".replace(",", "_").replace(".", ",").replace("_", ".")

        def groepen(tabel):
            from openfisca_samenloop.opmaak import euro

            return pd.DataFrame({
                "winnaars": tabel["winnaars"].round().map(getal),
                "gem. winst/mnd": tabel["gem_winst_per_maand"].map(euro),
                "verliezers": tabel["verliezers"].round().map(getal),
                "gem. verlies/mnd": tabel["gem_verlies_per_maand"].map(euro),
            }).to_string()

        regels = [f"Synthetische populatie: {getal(self.n)} huishoudens (gewogen {getal(round(self.basis['gewicht'].sum()))}), "
                  f"periode {self.periode}, gebruik: {self.gebruik}"]
        regels.append("")
        regels.append(f"{'regeling':<22}{'instantie':<18}{'huishoudens':>14}{'personen':>12}{'€ mln/jaar':>13}")
        for naam, rij in self.kosten.iterrows():
            regels.append(f"{naam:<22}{rij['instantie']:<18}{getal(round(rij['huishoudens'])):>14}"
                          f"{(getal(round(rij['personen'])) if np.isfinite(rij['personen']) else '–'):>12}{mln(rij['kosten_per_jaar']):>13}")
        regels.append("")
        regels.append("Aantal regelingen per huishouden: " + ", ".join(
            f"{k}: {procent(v)}" for k, v in self.regelingen_verdeling.items()))
        regels.append("Aantal instanties per huishouden: " + ", ".join(
            f"{k}: {procent(v)}" for k, v in self.instanties_verdeling.items()))
        regels.append("Marginale druk (loonstap van de eerste partner): " + "; ".join(
            f"{k}: {getal(round(v))}" for k, v in self.druk["huishoudens"].items()))
        regels.append(f"Onder het sociaal minimum (zonder toeslagen): {getal(round(self.onder_minimum))} huishoudens")
        if self.effect:
            e = self.effect
            regels.append("")
            regels.append(f"Hervorming {self.hervorming}: extra kosten {mln(e['extra_kosten'])} mln/jaar; "
                          f"winnaars {getal(round(e['winnaars']))}, verliezers {getal(round(e['verliezers']))}")
            regels.append(f"  boven het sociaal minimum gekomen: {getal(round(e['boven_minimum']))}; "
                          f"eronder gezakt: {getal(round(e['onder_minimum']))}")
            regels.append(f"  kliffen (druk > 100 %) weg: {getal(round(e['kliffen_weg']))}; nieuw: {getal(round(e['kliffen_nieuw']))}")
            regels.append("")
            regels.append("Per inkomensdeciel (gestandaardiseerd huishoudinkomen van de basis):")
            regels.append(groepen(e["per_deciel"]))
            regels.append("")
            regels.append("Per huishoudtype:")
            regels.append(groepen(e["per_type"]))
        return "\n".join(regels)


def winnaars_verliezers(basis: pd.DataFrame, hervormd: pd.DataFrame, groep: pd.Series) -> pd.DataFrame:
    """Per group: weighted winners and losers (more than € 1 a month difference) and their average gain/loss."""
    delta = hervormd["huishoudinkomen"] - basis["huishoudinkomen"]
    w = basis["gewicht"]
    wint, verliest = delta > 1.0, delta < -1.0
    df = pd.DataFrame({"w": w, "d": delta, "win": wint, "ver": verliest, "groep": groep})
    uit = df.groupby("groep").apply(lambda g: pd.Series({
        "winnaars": (g.w * g.win).sum(),
        "gem_winst_per_maand": (g.w * g.d * g.win).sum() / max((g.w * g.win).sum(), 1e-9) if g.win.any() else 0.0,
        "verliezers": (g.w * g.ver).sum(),
        "gem_verlies_per_maand": (g.w * g.d * g.ver).sum() / max((g.w * g.ver).sum(), 1e-9) if g.ver.any() else 0.0,
    }), include_groups=False)
    return uit.round(2)


def hervorming_effect(basis, hervormd, druk_basis, druk_hervormd, kosten_basis, kosten_hervormd) -> dict:
    w = basis["gewicht"]
    delta = hervormd["huishoudinkomen"] - basis["huishoudinkomen"]
    onder_b, onder_h = onder_sociaal_minimum(basis), onder_sociaal_minimum(hervormd)
    deciel = inkomensdecielen(basis)
    kosten = pd.DataFrame({
        "basis": kosten_basis["kosten_per_jaar"], "hervorming": kosten_hervormd["kosten_per_jaar"],
    })
    kosten["verschil"] = kosten["hervorming"] - kosten["basis"]
    return {
        "kosten": kosten,
        "extra_kosten": float(kosten["verschil"].sum()),
        "winnaars": float((w * (delta > 1.0)).sum()),
        "verliezers": float((w * (delta < -1.0)).sum()),
        "boven_minimum": float((w * (onder_b & ~onder_h)).sum()),
        "onder_minimum": float((w * (~onder_b & onder_h)).sum()),
        "kliffen_weg": float((w * ((druk_basis > 1.0) & ~(druk_hervormd > 1.0))).sum()),
        "kliffen_nieuw": float((w * (~(druk_basis > 1.0) & (druk_hervormd > 1.0))).sum()),
        "per_deciel": winnaars_verliezers(basis, hervormd, deciel),
        "per_type": winnaars_verliezers(basis, hervormd, basis["type"].map(TYPE_LABEL)),
    }


def analyseer(n: int = 100_000, periode: str = "2025-07", hervorming: str | None = None, seed: int = 0,
              gebruik: str = "trekking", engine: str = "lokaal", scheduler: str | None = None, loonstap: float = 100.0,
              stil: bool = False, blokgrootte: int = 125_000, werkers: int | None = None, client=None) -> PopulatieUitkomst:
    """The whole population analysis of `samenloop populatie`: baseline, wage step, and with a reform the same
    for the reformed system."""
    if engine == "dask" and client is None:  # one cluster for the baseline, the wage step and the reform
        with dask_client(scheduler, werkers) as eigen:
            return analyseer(n, periode, hervorming, seed, gebruik, engine, scheduler, loonstap, stil, blokgrootte,
                             werkers, eigen)
    begin = time.perf_counter()
    maand = periods.period(str(periode))
    _voortgang(f"populatie: {n:,} huishoudens genereren ({maand.start.year}, seed {seed})", stil)
    populatie = genereer(n, maand.start.year, seed=seed, gebruik=gebruik)
    opties = dict(engine=engine, scheduler=scheduler, stil=stil, blokgrootte=blokgrootte, werkers=werkers, client=client)
    _voortgang("populatie: basis berekenen", stil)
    basis = bereken(populatie, str(maand), **opties)
    _voortgang("populatie: marginale druk (loonstap)", stil)
    stap = bereken(populatie, str(maand), loonstap=loonstap, **opties)
    druk_b = marginale_druk(basis, stap, loonstap)
    uit = PopulatieUitkomst(
        periode=str(maand), n=populatie.n, gebruik=gebruik, basis=basis.assign(marginale_druk=druk_b),
        kosten=kosten_en_ontvangers(basis, gebruik),
        regelingen_verdeling=verdeling(basis, "aantal_regelingen"),
        instanties_verdeling=verdeling(basis, "aantal_instanties"),
        druk=druk_tabel(basis, druk_b),
        onder_minimum=float((basis["gewicht"] * onder_sociaal_minimum(basis)).sum()),
    )
    if hervorming:
        _voortgang(f"populatie: hervorming {hervorming} berekenen", stil)
        hervormd = bereken(populatie, str(maand), hervorming=hervorming, **opties)
        stap_h = bereken(populatie, str(maand), hervorming=hervorming, loonstap=loonstap, **opties)
        druk_h = marginale_druk(hervormd, stap_h, loonstap)
        uit.hervorming = hervorming
        uit.hervormd = hervormd.assign(marginale_druk=druk_h)
        uit.kosten_hervormd = kosten_en_ontvangers(hervormd, gebruik)
        uit.effect = hervorming_effect(basis, hervormd, druk_b, druk_h, uit.kosten, uit.kosten_hervormd)
    uit.duur = time.perf_counter() - begin
    return uit


def validatie(tabel: pd.DataFrame, gebruik: str = "trekking") -> pd.DataFrame:
    """Model against official figures per scheme: recipients (in the source's unit) and yearly spending, with the
    relative gap and the source."""
    officieel = laad_data()["regelingen"]["officieel"]
    bronnen = laad_data()["regelingen"]["bronnen"]
    kosten = kosten_en_ontvangers(tabel, gebruik)
    rijen = []
    for regeling, o in officieel.items():
        if regeling == "toeslagen_totaal":
            w = tabel["gewicht"]
            model = float((w * (tabel[TOESLAGEN].sum(axis=1) > 0)).sum())
            rijen.append({"regeling": regeling, "grootheid": "huishoudens", "model": model, "officieel": o.get("ontvangers"),
                          "bron": bronnen.get(o.get("bron"), {}).get("href", ""), "status": o.get("status", "")})
            continue
        if regeling not in kosten.index:
            continue
        if o.get("ontvangers") is not None or o.get("uitgaven") is None:
            eenheid = o.get("eenheid", "huishoudens")
            model = kosten.loc[regeling, "personen" if eenheid == "personen" else "huishoudens"]
            rijen.append({"regeling": regeling, "grootheid": eenheid, "model": float(model), "officieel": o.get("ontvangers"),
                          "bron": bronnen.get(o.get("bron"), {}).get("href", ""), "status": o.get("status", "")})
        if o.get("uitgaven") is not None:
            rijen.append({"regeling": regeling, "grootheid": "euro per jaar", "model": float(kosten.loc[regeling, "kosten_per_jaar"]),
                          "officieel": o.get("uitgaven"), "bron": bronnen.get(o.get("bron"), {}).get("href", ""),
                          "status": o.get("status", "")})
    df = pd.DataFrame(rijen)
    df["afwijking"] = (df["model"] / df["officieel"].astype(float) - 1.0).where(df["officieel"].notna())
    return df


def rapport_sectie(n: int = 20_000, periode: str = "2025-07", seed: int = 0) -> dict:
    """The data of the report's population section: cost and recipients per scheme, the distribution of schemes
    and agencies per household, and the validation table (at a size that keeps the report under a minute)."""
    uitkomst = analyseer(n, periode, seed=seed, stil=True)
    return {
        "titel": f"Synthetische populatie ({getal_nl(n)} huishoudens, gewogen naar CBS-totalen)",
        "kosten": uitkomst.kosten,
        "regelingen_verdeling": uitkomst.regelingen_verdeling,
        "instanties_verdeling": uitkomst.instanties_verdeling,
        "druk": uitkomst.druk,
        "onder_minimum": uitkomst.onder_minimum,
        "validatie": validatie(uitkomst.basis),
    }


def getal_nl(x) -> str:
    from openfisca_samenloop.opmaak import getal

    return getal(x)


def als_situatie(populatie: Populatie, index: int, toetsingsinkomen: dict | None = None) -> dict:
    """Household `index` of the population as an OpenFisca situation (the `/calculate` and `samenloop simuleer`
    format), to compute or explain it on its own. `toetsingsinkomen`: {person id: yearly amount} to give."""
    arrays = populatie.arrays
    personen_idx = np.flatnonzero(arrays.huishouden == index)
    gezinnen_idx = sorted(set(arrays.gezin[personen_idx].tolist()))
    ids = {int(p): f"p{k}" for k, p in enumerate(personen_idx)}
    situatie = {"personen": {ids[int(p)]: {} for p in personen_idx}, "gezinnen": {}, "huishoudens": {"huishouden": {"bewoners": list(ids.values())}}}
    for g in gezinnen_idx:
        leden = [int(p) for p in personen_idx if arrays.gezin[p] == g]
        gezin = {"partners": [ids[p] for p in leden if arrays.rol_gezin[p] == 0]}
        kinderen = [ids[p] for p in leden if arrays.rol_gezin[p] == 1]
        if kinderen:
            gezin["kinderen"] = kinderen
        situatie["gezinnen"][f"g{g}"] = gezin
    from openfisca_samenloop.systeem import basissysteem

    tbs = basissysteem()
    for naam, per in arrays.invoer.items():
        entiteit = tbs.variables[naam].entity.key
        for periode, waarden in per.items():
            if entiteit == "persoon":
                doelen = [(ids[int(p)], int(p), situatie["personen"]) for p in personen_idx]
            elif entiteit == "gezin":
                doelen = [(f"g{g}", g, situatie["gezinnen"]) for g in gezinnen_idx]
            else:
                doelen = [("huishouden", index, situatie["huishoudens"])]
            for ident, i, plek in doelen:
                waarde = waarden[i]
                keuzes = getattr(tbs.variables[naam], "possible_values", None)
                if keuzes is not None:
                    waarde = list(keuzes)[int(np.asarray(waarden)[i])].name if np.issubdtype(np.asarray(waarden).dtype, np.integer) else str(waarde)
                elif isinstance(waarde, np.datetime64):
                    waarde = str(waarde)
                elif isinstance(waarde, (np.bool_, bool)):
                    waarde = bool(waarde)
                else:
                    waarde = float(waarde)
                plek[ident].setdefault(naam, {})[periode] = waarde
    for ident, bedrag in (toetsingsinkomen or {}).items():
        situatie["personen"][ident]["toetsingsinkomen"] = {str(populatie.jaar): float(bedrag)}
    return situatie


def validatie_markdown(v: pd.DataFrame) -> str:
    """The validation table as Markdown (docs/populatie.md)."""
    from openfisca_samenloop.opmaak import getal, procent

    regels = ["| regeling | grootheid | model | officieel | afwijking | bron |", "|---|---|---:|---:|---:|---|"]
    for _, r in v.iterrows():
        officieel = getal(round(float(r["officieel"]))) if pd.notna(r["officieel"]) else f"– ({r['status']})"
        afwijking = procent(r["afwijking"]) if pd.notna(r["afwijking"]) else "–"
        bron = f"[bron]({r['bron']})" if str(r["bron"]).startswith("http") else (r["bron"] or "–")
        regels.append(f"| {r['regeling']} | {r['grootheid']} | {getal(round(float(r['model'])))} | {officieel} | {afwijking} | {bron} |")
    return "\n".join(regels)
