"""Baseline against a reform: one household scheme by scheme, or many households at once.

`vergelijk(situatie, hervorming, periode)` — the analysis behind `samenloop vergelijk`:

- `bedragen`: one row per scheme of the registry (`regelingen.yaml`: what it adds to the household's net
  income, negative for tax), the hardship reliefs where the reform has them, and `besteedbaar_inkomen`;
  columns `basis`, `hervorming`, `verschil` (euros per month, summed over the household).
- `kliffen`: the cliffs of a scan of `brutoloon` of the first partner (the scan engine, `scan.scan` with
  `kliffen.vind_kliffen`), before and after: one row per cliff with `systeem` (basis / hervorming) and `status`
  (`blijft`, `verdwenen`, `nieuw`; a cliff "stays" when a cliff of the other system overlaps its wage range).
- `samenloop`: the samenloop counts (`samenloop.scorekaart`) before and after: schemes and organisations in the
  month, payments, applications, reporting duties and forms per year.

`vergelijk_populatie(situaties, hervorming, periode)` — many households in one batched simulation per system
(`populatie.bereken_populatie`), and one batched cliff scan per system (OpenFisca axes over the joined
situation, one parallel axis per household's first partner and month): per household the change, band and
relief, and a summary with winners and losers per band, the average change, the monthly cost (sum of the
changed payments) and the households relieved by a hardship design, and the cliffs removed and created.
"""

from __future__ import annotations

import dataclasses
import warnings

import numpy as np
import pandas as pd
from openfisca_core import periods

from openfisca_samenloop.invoer.hervorming import systeem_met_hervorming
from openfisca_samenloop.invoer.periodes import als_maand, huidige_maand
from openfisca_samenloop.invoer.situatie import laad_situatie

NETTO = "besteedbaar_inkomen"
SYSTEMEN = ("basis", "hervorming")

# Wage scan for the cliffs: gross monthly wage of the first partner, € 0 … € 5.000 in steps of € 50, as a
# lasting change (every month of the year; the toeslagen react in full).
SCAN_VAN, SCAN_TOT, SCAN_PUNTEN = 0.0, 5000.0, 101

# Bands of the monthly change in besteedbaar inkomen (euros), for winners and losers.
BANDEN = [
    (-np.inf, -100, "verliest meer dan € 100"),
    (-100, -25, "verliest € 25 – € 100"),
    (-25, -0.5, "verliest tot € 25"),
    (-0.5, 0.5, "geen verandering"),
    (0.5, 25, "wint tot € 25"),
    (25, 100, "wint € 25 – € 100"),
    (100, np.inf, "wint meer dan € 100"),
]


def _tegemoetkomingen(tbs) -> list[str]:
    from openfisca_samenloop.wetten.hardheid import TEGEMOETKOMINGEN

    return [naam for naam in TEGEMOETKOMINGEN.values() if naam in tbs.variables]


def _registry(tbs) -> list[dict]:
    from openfisca_samenloop.analyse.scan import regelingen

    return regelingen(tbs)


def _rijen(registry, tegemoetkomingen) -> list[tuple[str, list[str], dict]]:
    """(row name, amount variables, {variable: sign}) for the amounts table. The signs are the registry's
    `tekens` (`teken` may be one number or a mapping per variable, see `scan._met_tekens`)."""
    rijen = [(item["naam"], list(item["variabelen"]), dict(item["tekens"])) for item in registry]
    rijen += [(naam, [naam], {naam: 1.0}) for naam in tegemoetkomingen]
    return rijen


def _is_betaling(tekens: dict) -> bool:
    """A row that pays the household (its signs add up to +); a tax row's add up to − or 0 (withheld tax −,
    a refund inside it +)."""
    return sum(tekens.values()) > 0


def _bedragen_tabel(situaties, maand, basis, hervormd) -> tuple[pd.DataFrame, pd.DataFrame, list]:
    """Per system a population table (rows = households) with a column per row of `_rijen` and NETTO."""
    from openfisca_samenloop.analyse.populatie import bereken_populatie
    from openfisca_samenloop.invoer.situatie import alleen_bekende_variabelen

    tegemoet = _tegemoetkomingen(hervormd)
    rijen = _rijen(_registry(hervormd), tegemoet)
    tabellen = []
    for tbs in (basis, hervormd):
        variabelen = sorted({v for _, namen, _ in rijen for v in namen if v in tbs.variables} | {NETTO})
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ruw = bereken_populatie([alleen_bekende_variabelen(s, tbs) for s in situaties], maand, tbs, variabelen)
        tabel = pd.DataFrame(index=ruw.index)
        for naam, namen, tekens in rijen:
            aanwezig = [v for v in namen if v in ruw.columns]
            tabel[naam] = sum(tekens[v] * ruw[v] for v in aanwezig) if aanwezig else 0.0
        tabel[NETTO] = ruw[NETTO]
        tabellen.append(tabel)
    return tabellen[0], tabellen[1], rijen


# ======================================================================================= one household
@dataclasses.dataclass
class Vergelijking:
    """Baseline against reform for one household in one month (all tables are DataFrames)."""

    situatie: str
    periode: str
    hervorming: str
    bedragen: pd.DataFrame      # index: scheme / relief / besteedbaar_inkomen; columns basis, hervorming, verschil
    kliffen: pd.DataFrame       # one row per cliff: systeem, status, begin, eind, diepte, …
    samenloop: pd.DataFrame     # index: count; columns basis, hervorming, verschil

    def als_tekst(self) -> str:
        from openfisca_samenloop.opmaak import euro

        regels = [f"Vergelijking: {self.situatie}   periode: {self.periode}   hervorming: {self.hervorming}", ""]
        tabel = self.bedragen.copy()
        regels.append("Bedragen per maand (wat elke regeling aan het besteedbaar inkomen toevoegt)")
        regels.append(tabel.apply(lambda kolom: kolom.map(euro)).to_string())
        regels.append("")
        regels.append(f"Kliffen (scan van het brutoloon van de eerste partner, € {SCAN_VAN:,.0f} – € {SCAN_TOT:,.0f} per maand)")
        if self.kliffen.empty:
            regels.append("  geen kliffen, voor noch na de hervorming")
        else:
            for _, k in self.kliffen.iterrows():
                regels.append(
                    f"  {k['systeem']:<10} {k['status']:<9} brutoloon {euro(k['begin'])} → {euro(k['eind'])}: "
                    f"netto {euro(-k['diepte'])}"
                )
        regels.append("")
        regels.append("Samenloop (tellingen)")
        regels.append(self.samenloop.to_string())
        return "\n".join(regels)


def _hervorming_naam(hervorming) -> str:
    from openfisca_samenloop.invoer.hervorming import namen

    return "+".join(namen(hervorming))


def vergelijk(situatie, hervorming, periode=None, scan_kliffen: bool = True, samenloop: bool = True) -> Vergelijking:
    """Baseline and `hervorming` (name, path, 'a+b' or list) side by side for one household (see module doc)."""
    from openfisca_samenloop.systeem import basissysteem

    basis = basissysteem()
    hervormd = systeem_met_hervorming(hervorming)
    maand = als_maand(periode or huidige_maand())
    situatie = laad_situatie(situatie, hervormd)
    b, h, _ = _bedragen_tabel([situatie], maand, basis, hervormd)
    bedragen = pd.DataFrame({"basis": b.iloc[0], "hervorming": h.iloc[0]})
    bedragen["verschil"] = bedragen["hervorming"] - bedragen["basis"]
    bedragen.index.name = "regeling"

    kliffen = _klifvergelijking(situatie, maand, basis, hervormd) if scan_kliffen else _lege_kliffen()
    tellingen = _samenloopvergelijking(situatie, maand, basis, hervormd) if samenloop else pd.DataFrame()
    return Vergelijking(situatie=situatie.naam, periode=str(maand), hervorming=_hervorming_naam(hervorming),
                        bedragen=bedragen, kliffen=kliffen, samenloop=tellingen)


KLIF_KOLOMMEN = ["systeem", "status", "begin", "eind", "diepte", "netto_begin", "netto_eind", "herstel"]


def _lege_kliffen() -> pd.DataFrame:
    return pd.DataFrame(columns=KLIF_KOLOMMEN)


def _alleen_kliffen(kliffen) -> list:
    return [k for k in kliffen if k.soort == "klif"]


def _overlapt(a, b) -> bool:
    return a.begin <= b.eind and b.begin <= a.eind


def _markeer(voor: list, na: list) -> pd.DataFrame:
    rijen = []
    for systeem, eigen, ander in (("basis", voor, na), ("hervorming", na, voor)):
        for k in eigen:
            blijft = any(_overlapt(k, o) for o in ander)
            status = "blijft" if blijft else ("verdwenen" if systeem == "basis" else "nieuw")
            rijen.append({"systeem": systeem, "status": status, "begin": k.begin, "eind": k.eind, "diepte": k.diepte,
                          "netto_begin": k.netto_begin, "netto_eind": k.netto_eind, "herstel": k.herstel})
    return pd.DataFrame(rijen, columns=KLIF_KOLOMMEN)


def _klifvergelijking(situatie, maand, basis, hervormd) -> pd.DataFrame:
    from openfisca_samenloop.analyse.kliffen import vind_kliffen
    from openfisca_samenloop.analyse.scan import scan

    gevonden = []
    for tbs in (basis, hervormd):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tabel = scan(situatie, "brutoloon", SCAN_VAN, SCAN_TOT, SCAN_PUNTEN, periode=str(maand), tbs=tbs, weergave="jaar")
        gevonden.append(_alleen_kliffen(vind_kliffen(tabel)))
    return _markeer(*gevonden)


def _samenloopvergelijking(situatie, maand, basis, hervormd) -> pd.DataFrame:
    from openfisca_samenloop.analyse.samenloop import scorekaart

    rijen = {}
    for kolom, tbs in zip(SYSTEMEN, (basis, hervormd)):
        kaart = scorekaart(situatie, str(maand), tbs=tbs)
        rijen[kolom] = {
            "aantal_regelingen": kaart.aantal_regelingen,
            "aantal_instanties": kaart.aantal_instanties,
            "betalingen_per_jaar": kaart.betalingen_per_jaar,
            "aanvragen": kaart.aantal_aanvragen,
            "meldplichten": kaart.aantal_meldplichten,
            "formulieren": len(kaart.formulieren),
            "formulieren_per_jaar": kaart.formulieren_per_jaar,
        }
    tabel = pd.DataFrame(rijen)
    tabel["verschil"] = tabel["hervorming"] - tabel["basis"]
    tabel.index.name = "telling"
    return tabel


# ==================================================================================== many households
def scan_populatie(situaties, periode, tbs=None, van=SCAN_VAN, tot=SCAN_TOT, punten=SCAN_PUNTEN) -> pd.DataFrame:
    """Net income of every household at every wage point, in one simulation: rows = wage points (monthly gross
    wage of each household's first partner, every month of the year), columns = households.

    OpenFisca axes over the joined situation: one parallel axis per household's first partner and month, so all
    households move together along the same wage grid."""
    from openfisca_samenloop.analyse.populatie import SCHEIDER, samenvoegen
    from openfisca_samenloop.invoer.situatie import bouw_simulatie
    from openfisca_samenloop.systeem import basissysteem

    tbs = tbs or basissysteem()
    maand = als_maand(periode)
    from openfisca_samenloop.invoer.situatie import alleen_bekende_variabelen

    situaties = [alleen_bekende_variabelen(laad_situatie(s, tbs), tbs) for s in situaties]
    samen, namen = samenvoegen(situaties)
    personen = list(samen.entiteiten["personen"])
    indices = [personen.index(f"{s.naam}{SCHEIDER}{s.eerste_partner()}") for s in situaties]
    maanden = list(maand.this_year.get_subperiods(periods.DateUnit.MONTH))
    axes = [[
        {"name": "brutoloon", "count": int(punten), "min": float(van), "max": float(tot), "period": str(m), "index": i}
        for i in indices for m in maanden
    ]]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        simulatie = bouw_simulatie(tbs, samen, maand, axes=axes)
        netto = np.asarray(simulatie.calculate(NETTO, maand), dtype=float)
    return pd.DataFrame(netto.reshape(int(punten), len(namen)), index=pd.Index(np.linspace(van, tot, int(punten)), name="brutoloon"),
                        columns=namen)


def kliffen_per_huishouden(netto: pd.DataFrame) -> dict:
    """{household: [Klif, …]} for a `scan_populatie` table (cliffs only, no plateaus)."""
    from openfisca_samenloop.analyse.kliffen import vind_kliffen

    resultaat = {}
    x = netto.index.to_numpy(dtype=float)
    for naam in netto.columns:
        tabel = pd.DataFrame({"invoer": x, NETTO: netto[naam].to_numpy(dtype=float)})
        tabel.attrs.update(geld=True, inkomen=True)
        resultaat[naam] = _alleen_kliffen(vind_kliffen(tabel))
    return resultaat


@dataclasses.dataclass
class PopulatieVergelijking:
    hervorming: str
    periode: str
    per_huishouden: pd.DataFrame   # one row per household: basis, hervorming, verschil, band, ontlast_*, kliffen
    banden: pd.DataFrame           # winners and losers per band: aantal, aandeel
    per_regeling: pd.DataFrame     # change per scheme: totaal per maand, huishoudens met verandering
    samenvatting: dict             # aantallen, gemiddelde verandering, kosten per maand, ontlast, kliffen

    def als_tekst(self) -> str:
        from openfisca_samenloop.opmaak import euro

        s = self.samenvatting
        regels = [
            f"Hervorming {self.hervorming} over {s['huishoudens']} huishoudens, {self.periode}",
            f"  winnaars: {s['winnaars']}   verliezers: {s['verliezers']}   gelijk: {s['gelijk']}",
            f"  gemiddelde verandering: {euro(s['gemiddelde_verandering'])} per maand",
            f"  kosten (som van de veranderde betalingen): {euro(s['kosten_per_maand'])} per maand",
        ]
        for naam, aantal in s["ontlast"].items():
            regels.append(f"  ontlast door {naam}: {aantal} huishoudens")
        if "kliffen_verdwenen" in s:
            regels.append(f"  kliffen verdwenen: {s['kliffen_verdwenen']}   nieuw: {s['kliffen_nieuw']}")
        regels.append("")
        regels.append(self.banden.to_string())
        return "\n".join(regels)


def _band(verschil: np.ndarray) -> list[str]:
    labels = []
    for waarde in verschil:
        for onder, boven, label in BANDEN:
            if onder <= waarde < boven:
                labels.append(label)
                break
    return labels


def vergelijk_populatie(situaties=None, hervorming=None, periode=None, kliffen: bool = True,
                        van=SCAN_VAN, tot=SCAN_TOT, punten=SCAN_PUNTEN) -> PopulatieVergelijking:
    """Apply `hervorming` to many households at once (default: every bundled situation with one huishouden).

    `situaties` is a list of situations (names, paths, dicts or Situatie, e.g. `populatie.raster()`)."""
    from openfisca_samenloop.systeem import basissysteem

    basis = basissysteem()
    hervormd = systeem_met_hervorming(hervorming)
    maand = als_maand(periode or huidige_maand())
    if situaties is None:
        situaties = _gebundeld_met_een_huishouden(hervormd)
    situaties = [laad_situatie(s, hervormd) for s in situaties]
    b, h, rijen = _bedragen_tabel(situaties, maand, basis, hervormd)

    per = pd.DataFrame({"basis": b[NETTO], "hervorming": h[NETTO]})
    per["verschil"] = per["hervorming"] - per["basis"]
    per["band"] = _band(per["verschil"].to_numpy())
    ontlast = {}
    for naam in _tegemoetkomingen(hervormd):
        per[naam] = h[naam]
        per[f"ontlast_door_{naam}"] = h[naam] > 0.005
        ontlast[naam] = int(per[f"ontlast_door_{naam}"].sum())

    per_regeling = pd.DataFrame({
        "basis_per_maand": b[[r for r, _, _ in rijen]].sum(),
        "hervorming_per_maand": h[[r for r, _, _ in rijen]].sum(),
    })
    per_regeling["verschil_per_maand"] = per_regeling["hervorming_per_maand"] - per_regeling["basis_per_maand"]
    per_regeling["huishoudens_met_verandering"] = (
        (h[[r for r, _, _ in rijen]] - b[[r for r, _, _ in rijen]]).abs() > 0.005
    ).sum()
    per_regeling.index.name = "regeling"
    betalingen = [r for r, _, tekens in rijen if _is_betaling(tekens)]
    kosten = float((h[betalingen] - b[betalingen]).sum().sum())
    belasting = [r for r, _, tekens in rijen if not _is_betaling(tekens)]
    belastingeffect = float(-(h[belasting] - b[belasting]).sum().sum()) if belasting else 0.0

    banden = per["band"].value_counts().reindex([label for _, _, label in BANDEN], fill_value=0).to_frame("aantal")
    banden["aandeel"] = banden["aantal"] / max(len(per), 1)
    banden.index.name = "band"
    samenvatting = {
        "huishoudens": len(per),
        "winnaars": int((per["verschil"] >= 0.5).sum()),
        "verliezers": int((per["verschil"] <= -0.5).sum()),
        "gelijk": int((per["verschil"].abs() < 0.5).sum()),
        "gemiddelde_verandering": float(per["verschil"].mean()) if len(per) else 0.0,
        "kosten_per_maand": kosten,
        "minder_belasting_per_maand": belastingeffect,
        "ontlast": ontlast,
    }
    if kliffen:
        voor = kliffen_per_huishouden(scan_populatie(situaties, maand, basis, van, tot, punten))
        na = kliffen_per_huishouden(scan_populatie(situaties, maand, hervormd, van, tot, punten))
        verdwenen, nieuw = [], []
        for naam in per.index:
            tabel = _markeer(voor[naam], na[naam])
            verdwenen.append(int((tabel["status"] == "verdwenen").sum()))
            nieuw.append(int((tabel["status"] == "nieuw").sum()))
        per["kliffen_basis"] = [len(voor[n]) for n in per.index]
        per["kliffen_hervorming"] = [len(na[n]) for n in per.index]
        per["kliffen_verdwenen"] = verdwenen
        per["kliffen_nieuw"] = nieuw
        samenvatting["kliffen_verdwenen"] = int(sum(verdwenen))
        samenvatting["kliffen_nieuw"] = int(sum(nieuw))
    return PopulatieVergelijking(hervorming=_hervorming_naam(hervorming), periode=str(maand), per_huishouden=per,
                                 banden=banden, per_regeling=per_regeling, samenvatting=samenvatting)


def _gebundeld_met_een_huishouden(tbs) -> list:
    from openfisca_samenloop.invoer.situatie import gebundelde_situaties

    situaties = [laad_situatie(naam, tbs) for naam in gebundelde_situaties()]
    return [s for s in situaties if len(s.entiteiten["huishoudens"]) == 1]


def vergelijk_ontwerpen(situaties=None, periode=None, ontwerpen=("hardheidsclausule_per_wet", "awb_evenredigheidstoets"),
                        kliffen: bool = False) -> pd.DataFrame:
    """The hardship designs side by side on the same households: one row per household, per design the relief
    and whether it was relieved (and the summary per design in `attrs['samenvatting']`)."""
    tabellen, samenvattingen = [], {}
    for ontwerp in ontwerpen:
        uitkomst = vergelijk_populatie(situaties, ontwerp, periode, kliffen=kliffen)
        kolommen = uitkomst.per_huishouden[["basis", "verschil"]].rename(columns={"verschil": f"verschil:{ontwerp}"})
        tabellen.append(kolommen if not tabellen else kolommen.drop(columns=["basis"]))
        samenvattingen[ontwerp] = uitkomst.samenvatting
    tabel = pd.concat(tabellen, axis=1)
    tabel.attrs["samenvatting"] = samenvattingen
    return tabel


__all__ = [
    "PopulatieVergelijking", "Vergelijking", "kliffen_per_huishouden", "scan_populatie", "vergelijk",
    "vergelijk_ontwerpen", "vergelijk_populatie",
]
