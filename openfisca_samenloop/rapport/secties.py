"""The report's analysis sections: scorecard, wage scan with its cliffs and causes, armoedeval, reforms, and
the samenloop map. Each section calls the public analysis functions (the same a notebook calls) and turns
their data into HTML; `rapport/html.py` puts the sections together.
"""

from __future__ import annotations

import functools
import html
import os

import numpy as np
import pandas as pd

from openfisca_samenloop.analyse.bedragen import Bedragen
from openfisca_samenloop.opmaak import euro, procent
from openfisca_samenloop.rapport.bouwstenen import _img, _tabel


def procent_heel(waarde) -> str:
    return procent(waarde, decimalen=0)

# The wage scan of every household: gross monthly wage of the first partner, lasting over the year.
SCAN_VAN, SCAN_TOT, SCAN_PUNTEN = 0.0, 5000.0, 251


def sectie_scorekaart(bedragen: Bedragen, map_: str, grafieken: list) -> str:
    from openfisca_samenloop.analyse.samenloop import scorekaart

    kaart = scorekaart(bedragen.situatie, bedragen.periode)
    delen = [
        "<h3>Samenloop: regelingen, instanties, betalingen en meldplichten</h3>",
        f"<p>In {kaart.periode}: <b>{kaart.aantal_regelingen}</b> regelingen van <b>{kaart.aantal_instanties}</b> "
        f"instanties. In {kaart.jaar}: <b>{kaart.betalingen_per_jaar}</b> betalingen, "
        f"<b>{kaart.aantal_meldplichten}</b> meldplichten, <b>{kaart.aantal_aanvragen}</b> aanvragen, "
        f"<b>{len(kaart.formulieren)}</b> soorten formulieren ({kaart.formulieren_per_jaar} periodiek per jaar)"
        + (f", {kaart.afrekeningen_per_jaar} definitieve berekeningen na afloop van het jaar" if kaart.afrekeningen_per_jaar else "")
        + ".</p>",
    ]
    if not kaart.regelingen.empty:
        kolommen = [k for k in ("label", "instantie", "ritme", "maanden", "betalingen", "aanvraag") if k in kaart.regelingen]
        tabel = kaart.regelingen[kolommen].copy()
        if "aanvraag" in tabel:
            tabel["aanvraag"] = tabel["aanvraag"].map({True: "aanvragen", False: "automatisch"})
        delen.append(_tabel(tabel.rename_axis("regeling"), bedragen=False))
    if kaart.instanties_bij_gebeurtenis:
        delen.append("<p><b>Wie moet het huishouden inlichten als er iets verandert?</b></p><ul>")
        for gebeurtenis, instanties in kaart.instanties_bij_gebeurtenis.items():
            delen.append(f"<li>{html.escape(gebeurtenis)}: {html.escape(', '.join(instanties) if instanties else 'niemand')}</li>")
        delen.append("</ul>")
    if not kaart.paren.empty and "voedt" in kaart.paren:
        voedend = kaart.paren[kaart.paren["voedt"]]
        if not voedend.empty:
            delen.append("<p><b>Samenloop</b> (het bedrag van de ene regeling telt mee in de andere):</p><ul>")
            for _, rij in voedend.iterrows():
                via = f" via {rij['via']}" if "via" in rij and rij["via"] else ""
                delen.append(f"<li>{html.escape(str(rij['van']))} → {html.escape(str(rij['naar']))}{html.escape(via)}</li>")
            delen.append("</ul>")
    return "\n".join(delen)


def loonscan(bedragen: Bedragen):
    """The wage scan (year view) of the household's first partner, its cliffs and their causes."""
    from openfisca_samenloop.analyse.attributie import attribueer
    from openfisca_samenloop.analyse.kliffen import vind_kliffen
    from openfisca_samenloop.analyse.scan import scan

    situatie = bedragen.situatie
    tabel = scan(situatie, "brutoloon", SCAN_VAN, SCAN_TOT, SCAN_PUNTEN, periode=bedragen.periode, weergave="jaar")
    kliffen = vind_kliffen(tabel)
    attribueer(tabel, kliffen, situatie=situatie)
    return tabel, kliffen


def sectie_loonscan(bedragen: Bedragen, map_: str, grafieken: list) -> str:
    from openfisca_samenloop.rapport.grafieken import teken_scan

    situatie = bedragen.situatie
    tabel, kliffen = loonscan(bedragen)
    pad = os.path.join(map_, f"{situatie.naam}-loonscan.png")
    teken_scan({"jaar": tabel}, {"jaar": kliffen}, pad)
    grafieken.append(pad)
    persoon = tabel.attrs.get("persoon", situatie.eerste_partner())
    delen = [
        "<h3>Meer verdienen: marginale druk en kliffen</h3>",
        f"<p>Het brutoloon van <b>{html.escape(persoon)}</b> loopt van {euro(SCAN_VAN)} tot {euro(SCAN_TOT)} per maand, "
        "als blijvende verandering over het hele jaar (de toeslagen reageren dan volledig). De bovenste grafiek toont "
        "het besteedbaar inkomen en waaruit het bestaat; de onderste de marginale druk: welk deel van een extra euro "
        "bruto verloren gaat aan belasting en lagere uitkeringen en toeslagen. Een <b>klif</b> is een traject waar het "
        "netto inkomen daalt terwijl het loon stijgt (druk boven 100 %); een <b>plateau</b> een traject waar de druk "
        "80 % of meer is.</p>",
        _img(pad, f"Loonscan van {situatie.naam}"),
    ]
    if not kliffen:
        delen.append("<p>Geen kliffen of plateaus in dit bereik.</p>")
        return "\n".join(delen)
    rijen = []
    for klif in kliffen:
        oorzaken = sorted(klif.oorzaken, key=lambda o: o.bedrag)
        belangrijkste = [
            f"{o.label} ({o.wet} {o.artikel}): {euro(o.bedrag)}" for o in oorzaken if abs(o.bedrag) >= 0.5
        ][:4]
        rijen.append({
            "soort": klif.soort,
            "van": euro(klif.begin),
            "tot": euro(klif.eind),
            "marginale druk": procent_heel(klif.marginale_druk),
            "verlies / gemiste groei": euro(klif.diepte) if klif.soort == "klif" else "–",
            "hersteld bij": euro(klif.herstel) if klif.herstel is not None else "–",
            "oorzaken (bijdrage aan de verandering)": "; ".join(belangrijkste) or "–",
        })
    frame = pd.DataFrame(rijen)
    frame.index = pd.Index(range(1, len(rijen) + 1), name="#")
    delen.append(_tabel(frame, bedragen=False))
    delen.append(
        "<p class='meta'>Oorzaken: de bijdrage van elke regeling aan de verandering van het netto inkomen over het "
        "traject, berekend met tegenfeitelijke runs (de regeling bevroren op haar waarde aan het begin) en Shapley-"
        "waarden, zodat doorwerking (bijvoorbeeld lagere bijstand → lager toetsingsinkomen → hogere toeslagen) "
        "meetelt en de bijdragen precies optellen tot de verandering.</p>"
    )
    return "\n".join(delen)


def heeft_bijstand(bedragen: Bedragen) -> bool:
    return "bijstand" in bedragen.gezinnen and float(bedragen.gezinnen["bijstand"].sum()) > 0


def sectie_armoedeval(bedragen: Bedragen, map_: str, grafieken: list) -> str:
    if not heeft_bijstand(bedragen):
        return ""
    from openfisca_samenloop.analyse.armoedeval import armoedeval

    tabel = armoedeval(bedragen.situatie, periode=bedragen.periode)
    toon = pd.DataFrame({
        "uren per week": tabel["uren_per_week"].map(lambda u: f"{u:g}"),
        "brutoloon": tabel["brutoloon"].map(euro),
        "besteedbaar inkomen": tabel["besteedbaar_inkomen"].map(euro),
        "netto erbij per maand": tabel["netto_winst"].map(euro),
        "netto per gewerkt uur": tabel["netto_per_uur"].map(euro),
        "marginale druk": tabel["marginale_druk"].map(procent_heel),
    })
    afgeroomd = [k for k in tabel.columns if k.startswith("afgeroomd:")]
    for kolom in afgeroomd:
        waarden = tabel[kolom].to_numpy(dtype=float)
        if np.abs(waarden).max() >= 0.5:
            toon["minder " + kolom.split(":", 1)[1]] = [euro(w) for w in waarden]
    toon.index = pd.RangeIndex(len(toon), name="")
    return "\n".join([
        "<h3>Armoedeval: een baan tegen het minimumloon</h3>",
        f"<p>Wat houdt dit huishouden over als de aanvrager een baan neemt tegen het wettelijk minimumloon "
        f"({euro(float(tabel.attrs.get('uurloon', np.nan)))} per uur), en welke regelingen nemen het verschil? "
        "(blijvende verandering over het jaar; uren per maand = uren per week × 52/12)</p>",
        _tabel(toon, bedragen=False),
    ])


HERVORMING_VARIABELEN = ["besteedbaar_inkomen", "bijstand", "aio", "zorgtoeslag", "huurtoeslag", "kindgebonden_budget"]


@functools.lru_cache(maxsize=8)
def _effecten_alle_situaties(situaties: tuple, periode: str) -> dict:
    """{reform: DataFrame of the situations' amounts under it}, plus the baseline under key None.

    One batched simulation per reform over all situations at once (never a loop over households)."""
    from openfisca_samenloop.invoer.hervorming import gebundelde_hervormingen, systeem_met_hervorming
    from openfisca_samenloop.analyse.populatie import bereken_populatie

    uitkomst = {None: bereken_populatie(list(situaties), periode, variabelen=HERVORMING_VARIABELEN)}
    for naam in gebundelde_hervormingen():
        uitkomst[naam] = bereken_populatie(
            list(situaties), periode, tbs=systeem_met_hervorming(naam), variabelen=HERVORMING_VARIABELEN
        )
    return uitkomst


def hervormingseffecten(bedragen: Bedragen) -> pd.DataFrame:
    """Per bundled reform: the household's besteedbaar inkomen under it, the change, and through which schemes."""
    from openfisca_samenloop.invoer.hervorming import reform_klasse
    from openfisca_samenloop.invoer.situatie import gebundelde_situaties

    naam_situatie = bedragen.situatie.naam
    if naam_situatie in gebundelde_situaties():
        alle = _effecten_alle_situaties(tuple(gebundelde_situaties()), bedragen.periode)
    else:
        alle = _effecten_alle_situaties((bedragen.situatie,), bedragen.periode)
    basis = alle[None].loc[naam_situatie]
    rijen = []
    for naam, tabel in alle.items():
        if naam is None:
            continue
        hervormd = tabel.loc[naam_situatie]
        verschil = hervormd - basis
        klasse = reform_klasse(naam)
        rijen.append({
            "hervorming": naam,
            "wat verandert": getattr(klasse, "titel", "") or getattr(klasse, "name", "") or "",
            "besteedbaar inkomen": hervormd["besteedbaar_inkomen"],
            "verschil": verschil["besteedbaar_inkomen"],
            "via": "; ".join(f"{k} {euro(v)}" for k, v in verschil.drop("besteedbaar_inkomen").items() if abs(v) >= 0.5) or "–",
        })
    return pd.DataFrame(rijen).set_index("hervorming") if rijen else pd.DataFrame()


def sectie_hervormingen(bedragen: Bedragen, map_: str, grafieken: list) -> str:
    tabel = hervormingseffecten(bedragen)
    if tabel.empty:
        return ""
    toon = tabel.copy()
    toon["besteedbaar inkomen"] = toon["besteedbaar inkomen"].map(euro)
    toon["verschil"] = toon["verschil"].map(euro)
    return "\n".join([
        "<h3>Wat de hervormingen uit de studie voor dit huishouden veranderen</h3>",
        f"<p>Besteedbaar inkomen per maand onder elke gebundelde hervorming (huidige regels: "
        f"{euro(float(bedragen.huishoudens['besteedbaar_inkomen'].sum()))}), het verschil en via welke regelingen.</p>",
        _tabel(toon, bedragen=False),
    ])


SECTIES = [sectie_scorekaart, sectie_loonscan, sectie_armoedeval, sectie_hervormingen]


def algemene_secties(map_: str, grafieken: list, maand: str) -> str:
    """Sections about the rules as a whole: the samenloop map."""
    from openfisca_samenloop.analyse.samenloop import samenloopkaart
    from openfisca_samenloop.rapport.grafieken import teken_samenloopkaart

    kaart = samenloopkaart(periode=maand)
    pad = os.path.join(map_, "samenloopkaart.png")
    teken_samenloopkaart(kaart, pad)
    grafieken.append(pad)
    kaart.naar_csv(os.path.join(map_, "samenloopkaart.csv"))
    delen = [
        "<h2>De samenloopkaart</h2>",
        "<p>Welke regeling voedt welke: een pijl van A naar B betekent dat het bedrag van A meetelt bij de berekening "
        "van B. De kaart wordt bij elke run afgeleid uit de code van de regels zelf (welke variabelen elke formule "
        "opvraagt), dus zij kan niet afwijken van wat het model rekent. Zo telt de bijstand mee in het "
        "toetsingsinkomen en daarmee in alle toeslagen, en telt het kindgebonden budget nergens als inkomen "
        "(Wet KGB art. 4).</p>",
        _img(pad, "Samenloopkaart"),
        "<p class='meta'>De kaart als tabel: samenloopkaart.csv.</p>",
    ]
    return "\n".join(delen)
