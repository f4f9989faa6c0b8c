"""`samenloop scan SITUATIE --variabele NAAM --van X --tot Y --punten N [...]`: vary one input, print the
marginale druk and every cliff and plateau with the schemes (and articles) that cause it.

`--weergave maand|jaar|beide` (default `beide`): the input changes this month only, or in every month of the
year (a lasting change); see `docs/kliffen.md`. `--variabele uren` scans hours worked per week at the
hourly minimum wage and also prints the armoedeval table (8/16/24/32/36 hours); the dedicated subcommand
`samenloop armoedeval SITUATIE` prints that table alone.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from openfisca_samenloop.fouten import InvoerFout
from openfisca_samenloop.opmaak import euro, getal, procent


def registreer(subparsers) -> None:
    parser = subparsers.add_parser("scan", help="varieer één invoer: marginale druk, kliffen en hun oorzaken")
    parser.add_argument("situatie", metavar="SITUATIE", help="pad naar een situatiebestand of naam van een gebundelde situatie")
    parser.add_argument("--variabele", required=True, metavar="NAAM", help="de invoer die varieert (bv. brutoloon, vermogen, huur, leeftijd, uren)")
    parser.add_argument("--van", required=True, type=float, metavar="X", help="eerste waarde")
    parser.add_argument("--tot", required=True, type=float, metavar="Y", help="laatste waarde")
    parser.add_argument("--punten", required=True, type=int, metavar="N", help="aantal punten (minstens 2)")
    parser.add_argument("--persoon", metavar="ID", help="wiens invoer varieert (standaard: de eerste partner van het eerste gezin)")
    parser.add_argument("--periode", help="maand YYYY-MM (standaard: de huidige maand)")
    parser.add_argument("--hervorming", metavar="NAAM", help="naam van een gebundelde hervorming of pad naar een hervormingsbestand")
    parser.add_argument("--weergave", choices=["maand", "jaar", "beide"], default="beide",
                        help="verandering in deze maand alleen, het hele jaar, of beide (standaard)")
    parser.add_argument("--drempel", type=float, default=0.8, help="marginale druk vanaf waar een plateau telt (standaard 0.8)")
    parser.add_argument("--zonder-oorzaken", action="store_true", help="kliffen zonder toerekening aan regelingen (sneller)")
    parser.add_argument("--csv", metavar="F", help="schrijf de tabel naar dit CSV-bestand")
    parser.add_argument("--png", metavar="F", help="teken netto-inkomen, componenten, kliffen en marginale druk in dit PNG-bestand")
    parser.set_defaults(uitvoeren=uitvoeren)


def systeem(hervorming):
    if not hervorming:
        from openfisca_samenloop.systeem import basissysteem

        return basissysteem()
    from openfisca_samenloop.invoer.hervorming import systeem_met_hervorming

    return systeem_met_hervorming(hervorming)


def uitvoeren(args) -> int:
    from openfisca_samenloop.analyse.attributie import attribueer
    from openfisca_samenloop.analyse.kliffen import vind_kliffen
    from openfisca_samenloop.analyse.scan import scan
    from openfisca_samenloop.invoer.situatie import laad_situatie

    if not 0 < args.drempel <= 10:
        raise InvoerFout("--drempel", f"must be a fraction such as 0.8 (got {args.drempel})")
    tbs = systeem(args.hervorming)
    situatie = laad_situatie(args.situatie, tbs)
    weergaven = ["maand", "jaar"] if args.weergave == "beide" else [args.weergave]
    tabellen, kliffen = {}, {}
    for weergave in weergaven:
        tabel = scan(situatie, args.variabele, args.van, args.tot, args.punten, persoon=args.persoon,
                     periode=args.periode, tbs=tbs, weergave=weergave)
        if tabel.attrs["weergave"] != weergave:  # a YEAR input: one view only
            tabellen = {tabel.attrs["weergave"]: tabel}
        else:
            tabellen[weergave] = tabel
    for weergave, tabel in tabellen.items():
        gevonden = vind_kliffen(tabel, drempel=args.drempel)
        if not args.zonder_oorzaken:
            attribueer(tabel, gevonden, situatie=situatie, tbs=tbs)
        kliffen[weergave] = gevonden

    print_scan(tabellen, kliffen)
    if tabellen[next(iter(tabellen))].attrs.get("uren"):
        from openfisca_samenloop.analyse.armoedeval import armoedeval

        print()
        print_armoedeval(armoedeval(situatie, persoon=args.persoon, periode=args.periode, tbs=tbs))
    if args.csv:
        schrijf_csv(tabellen, args.csv)
        print(f"\nTabel geschreven naar {args.csv}")
    if args.png:
        from openfisca_samenloop.rapport.grafieken import teken_scan

        teken_scan(tabellen, kliffen, args.png)
        print(f"Grafiek geschreven naar {args.png}")
    return 0


# ------------------------------------------------------------------------------------------------ text
UITLEG = {
    "maand": "verandering in deze maand alleen (bijstand reageert, toeslagen via het jaarinkomen voor 1/12)",
    "jaar": "blijvende verandering in alle maanden van het jaar (toeslagen reageren volledig)",
}


def print_scan(tabellen: dict, kliffen: dict) -> None:
    from openfisca_samenloop.analyse.kliffen import samenvatting

    eerste = next(iter(tabellen.values())).attrs
    print(f"Scan van {eerste['variabele']} (persoon {eerste['persoon']}) in situatie {eerste['situatie']}, periode {eerste['periode']}")
    for weergave, tabel in tabellen.items():
        s = samenvatting(tabel)
        print()
        print(f"Weergave {weergave}: {UITLEG[weergave]}")
        print(f"  besteedbaar inkomen: {euro(s['netto_van'])} bij {getal(s['van'])} → {euro(s['netto_tot'])} bij {getal(s['tot'])}")
        if tabel.attrs.get("inkomen"):
            print(f"  marginale druk: gemiddeld {procent(s['gemiddelde_druk'])}, hoogste {procent(s['hoogste_druk'])}, laagste {procent(s['laagste_druk'])}")
        else:
            stap = tabel["netto_per_stap"].to_numpy(dtype=float)[1:]
            print(f"  verandering netto per stap: grootste daling {euro(np.min(stap))}, grootste stijging {euro(np.max(stap))}")
        gevonden = kliffen.get(weergave, [])
        if not gevonden:
            print("  geen kliffen of plateaus gevonden")
        for nummer, klif in enumerate(gevonden, start=1):
            print_klif(nummer, klif, tabel.attrs.get("inkomen"))


def print_klif(nummer, klif, geld) -> None:
    """One cliff or plateau, then per scheme: its Shapley share of the change in net income (with knock-on
    effects, adding up with the direct effect to the change), the share in %, and the change of the scheme's
    own amount (without knock-on effects) for comparison."""
    druk = f", marginale druk {procent(klif.marginale_druk)}" if geld else ""
    if klif.soort == "klif":
        herstel = (
            f"; herstel bij {getal(klif.herstel)} (nog {getal(klif.extra_nodig)} extra nodig)"
            if klif.herstel is not None else "; geen herstel binnen het bereik"
        )
        print(f"  {nummer}. KLIF {getal(klif.begin)} → {getal(klif.eind)}: netto {euro(-klif.diepte)}{druk}{herstel}")
    else:
        print(f"  {nummer}. plateau {getal(klif.begin)} → {getal(klif.eind)}: netto {euro(-klif.diepte)}{druk}")
    getoond = [o for o in klif.oorzaken if abs(o.bedrag) >= 0.005]
    breedte = max([len(o.label) for o in getoond] + [42])
    for oorzaak in getoond:
        print(f"       {oorzaak.label:<{breedte}} {euro(oorzaak.bedrag):>14}  ({procent(oorzaak.aandeel):>8})  "
              f"eigen bedrag {euro(oorzaak.verandering):>12}  {oorzaak.wet} {oorzaak.artikel}  {oorzaak.href}")
    for oorzaak in klif.oorzaken:
        if oorzaak.opmerking:
            print(f"       let op, {oorzaak.label}: {oorzaak.opmerking}")
    if klif.oorzaken and np.isfinite(klif.direct_effect) and abs(klif.direct_effect) >= 0.005:
        print(f"       {'de invoer zelf (alle regelingen bevroren)':<{breedte}} {euro(klif.direct_effect):>14}")


def print_armoedeval(tabel: pd.DataFrame) -> None:
    print(f"Armoedeval: baan tegen het minimumuurloon ({euro(tabel.attrs['uurloon'])} per uur; uren per maand = uren per week × 52/12), weergave {tabel.attrs['weergave']}")
    regels = []
    afgeroomd = [k for k in tabel.columns if k.startswith("afgeroomd:")]
    for _, rij in tabel.iterrows():
        if rij["uren_per_week"] == 0:
            continue
        grootste = sorted(((rij[k], k.split(":", 1)[1]) for k in afgeroomd), reverse=True)
        wie = ", ".join(f"{naam} {euro(bedrag)}" for bedrag, naam in grootste if bedrag >= 0.005)
        regels.append({
            "uren/week": getal(rij["uren_per_week"]),
            "bruto/maand": euro(rij["brutoloon"]),
            "netto erbij/maand": euro(rij["netto_winst"]),
            "netto per uur": euro(rij["netto_per_uur"]),
            "druk": procent(rij["marginale_druk"]),
            "wie neemt het verschil": wie or "–",
        })
    print(pd.DataFrame(regels).to_string(index=False))


# ------------------------------------------------------------------------------------------- csv / png
def schrijf_csv(tabellen: dict, pad: str) -> None:
    delen = []
    for weergave, tabel in tabellen.items():
        deel = tabel.rename(columns={"invoer": tabel.attrs["variabele"]}).copy()
        deel.insert(0, "weergave", weergave)
        delen.append(deel)
    try:
        pd.concat(delen, ignore_index=True).to_csv(pad, index=False)
    except OSError as fout:
        raise InvoerFout("--csv", f"cannot write '{pad}' ({fout.strerror})") from None
