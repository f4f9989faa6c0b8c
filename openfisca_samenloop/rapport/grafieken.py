"""Charts (matplotlib) shared by the report and the CLI. Faces only: data in, PNG out.

No backend is forced: a notebook keeps its own, a run without a display gets matplotlib's Agg."""

from __future__ import annotations

import collections

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from openfisca_samenloop.fouten import InvoerFout

KLEUREN = {
    "nettoloon": "#4c72b0",
    "netto_aow": "#8172b3",
    "ib_verrekening": "#937860",
    "bijstand": "#c44e52",
    "aio": "#da8bc3",
    "zorgtoeslag": "#55a868",
    "huurtoeslag": "#64b5cd",
    "kindgebonden_budget": "#ccb974",
    "kinderopvangtoeslag": "#8c8c8c",
    "kinderbijslag": "#dd8452",
}


def samenstelling(onderdelen: pd.Series, titel: str, pad: str) -> str:
    """A horizontal bar of what the household's monthly income is made of; returns the path written."""
    onderdelen = onderdelen[onderdelen.abs() > 0.005]
    figuur, as_ = plt.subplots(figsize=(7, 1.8 + 0.28 * max(len(onderdelen), 1)))
    if onderdelen.empty:
        as_.text(0.5, 0.5, "geen inkomen", ha="center", va="center")
        as_.set_axis_off()
    else:
        kleuren = [KLEUREN.get(naam, "#999999") for naam in onderdelen.index]
        as_.barh(list(onderdelen.index), list(onderdelen.values), color=kleuren)
        for positie, waarde in enumerate(onderdelen.values):
            as_.text(waarde, positie, f" € {waarde:,.0f}".replace(",", "."), va="center", fontsize=8)
        as_.invert_yaxis()
        as_.set_xlabel("€ per maand")
        as_.margins(x=0.18)
    as_.set_title(titel, fontsize=10)
    figuur.tight_layout()
    figuur.savefig(pad, dpi=110)
    plt.close(figuur)
    return pad


def teken_scan(tabellen: dict, kliffen: dict, pad: str) -> None:
    """Net income with its components stacked (main view: jaar if present), cliffs and plateaus shaded,
    and the marginale druk (or Δnet per step) of each view underneath."""

    hoofd = "jaar" if "jaar" in tabellen else next(iter(tabellen))
    tabel = tabellen[hoofd]
    x = tabel["invoer"].to_numpy(dtype=float)
    netto = tabel["besteedbaar_inkomen"].to_numpy(dtype=float)
    delen = {k.split(":", 1)[1]: tabel[k].to_numpy(dtype=float) for k in tabel.columns if k.startswith("regeling:")}
    delen = {k: v for k, v in delen.items() if np.abs(v).max() >= 0.005}
    rest = netto - sum(delen.values(), np.zeros_like(netto))
    if np.abs(rest).max() >= 0.005:
        delen = {"loon en overig": rest, **delen}
    figuur, (boven, onder) = plt.subplots(2, 1, figsize=(10, 7.5), sharex=True, gridspec_kw={"height_ratios": [3, 2]})
    namen = list(delen)
    positief = [np.clip(delen[n], 0, None) for n in namen]
    negatief = [np.clip(delen[n], None, 0) for n in namen]
    kleuren = plt.get_cmap("tab20").colors
    if namen:
        boven.stackplot(x, positief, labels=namen, colors=kleuren[: len(namen)], alpha=0.75)
        if any(np.any(n < 0) for n in negatief):
            boven.stackplot(x, negatief, colors=kleuren[: len(namen)], alpha=0.75)
    for weergave, andere in tabellen.items():
        stijl = "-" if weergave == hoofd else "--"
        boven.plot(andere["invoer"], andere["besteedbaar_inkomen"], color="black", linestyle=stijl, linewidth=1.5,
                   label=f"besteedbaar inkomen ({weergave})")
    for klif in kliffen.get(hoofd, []):
        kleur = "red" if klif.soort == "klif" else "orange"
        breedte = max(klif.eind - klif.begin, (x[-1] - x[0]) / 400)
        for as_ in (boven, onder):
            as_.axvspan(klif.begin, klif.begin + breedte, color=kleur, alpha=0.18 if klif.soort == "klif" else 0.12, linewidth=0)
    boven.axhline(0, color="grey", linewidth=0.5)
    boven.set_ylabel("€ per maand")
    boven.set_title(f"{tabel.attrs['situatie']}: {tabel.attrs['variabele']} ({tabel.attrs['periode']}; rood = klif, oranje = plateau, weergave {hoofd})")
    boven.legend(loc="upper left", fontsize=7, ncol=2)
    for kleur, (weergave, andere) in zip(("tab:blue", "tab:orange"), tabellen.items()):
        if andere.attrs.get("geld"):
            per_stap = 100 * np.clip(andere["marginale_druk"].to_numpy(dtype=float), -0.5, 2.5)
            venster = 100 * np.clip(andere["marginale_druk_venster"].to_numpy(dtype=float), -0.5, 2.5)
            onder.step(andere["invoer"], per_stap, where="pre", color=kleur, linewidth=0.5, alpha=0.3)
            onder.plot(andere["invoer"], venster, color=kleur, linewidth=1.5, label=f"{weergave} (over 2 % van het bereik)")
            onder.set_ylabel("marginale druk (%, afgekapt op −50…250)")
        else:
            waarde = andere["netto_per_stap"].to_numpy(dtype=float)
            onder.set_ylabel("Δ netto per stap (€)")
            onder.step(andere["invoer"], waarde, where="pre", color=kleur, label=weergave, linewidth=1)
    if next(iter(tabellen.values())).attrs.get("geld"):
        onder.axhline(100, color="red", linewidth=0.6, linestyle=":")
    onder.legend(loc="upper right", fontsize=7)
    onder.set_xlabel(tabel.attrs["variabele"])
    figuur.tight_layout()
    try:
        figuur.savefig(pad, dpi=110)
    except OSError as fout:
        raise InvoerFout("--png", f"cannot write '{pad}' ({fout.strerror})") from None
    finally:
        plt.close(figuur)


def teken_samenloopkaart(kaart, pad: str | None = None, titel: str = "Samenloopkaart: welke regeling voedt welke"):
    """Draw the samenloop map (`analyse.samenloop.Samenloopkaart`) with matplotlib (Agg): nodes in layers by dependency depth, arrows for edges.
    Returns the Figure; writes a PNG when `pad` is given."""
    knopen = list(kaart.knopen["knoop"])
    diepte = {k: 0 for k in knopen}
    for _ in range(len(knopen)):
        veranderd = False
        for van, naar in zip(kaart.randen["van"], kaart.randen["naar"]):
            if diepte.get(naar, 0) < diepte.get(van, 0) + 1 and diepte.get(van, 0) + 1 < len(knopen):
                diepte[naar] = diepte[van] + 1
                veranderd = True
        if not veranderd:
            break
    lagen = collections.defaultdict(list)
    for k in knopen:
        lagen[diepte[k]].append(k)
    positie = {}
    for laag, leden in lagen.items():
        for i, k in enumerate(sorted(leden)):
            positie[k] = (laag, -(i - (len(leden) - 1) / 2))
    breedte = max(6.0, 2.6 * (max(lagen) + 1 if lagen else 1))
    hoogte = max(4.0, 1.1 * max((len(v) for v in lagen.values()), default=1) + 1.5)
    figuur, as_ = plt.subplots(figsize=(breedte, hoogte))
    soort = dict(zip(kaart.knopen["knoop"], kaart.knopen["soort"]))
    toets = dict(zip(kaart.knopen["knoop"], kaart.knopen["inkomenstoets"]))
    for van, naar in zip(kaart.randen["van"], kaart.randen["naar"]):
        if van in positie and naar in positie:
            as_.annotate(
                "", xy=positie[naar], xytext=positie[van],
                arrowprops=dict(arrowstyle="-|>", color="#555555", lw=1.0, shrinkA=28, shrinkB=28,
                                connectionstyle="arc3,rad=0.08"),
            )
    for k, (x, y) in positie.items():
        kleur = "#f3d9a4" if soort.get(k) == "knooppunt" else ("#f4b6b6" if toets.get(k) else "#b9d7f0")
        as_.text(x, y, k.replace("_", " "), ha="center", va="center", fontsize=9,
                 bbox=dict(boxstyle="round,pad=0.4", fc=kleur, ec="#333333"))
    as_.set_xlim(-0.8, (max(lagen) if lagen else 0) + 0.8)
    ys = [y for _, y in positie.values()] or [0]
    as_.set_ylim(min(ys) - 0.8, max(ys) + 0.8)
    as_.axis("off")
    as_.set_title(titel + "\n(rood: inkomenstoets, blauw: andere regeling, geel: gedeeld inkomensbegrip)", fontsize=10)
    figuur.tight_layout()
    if pad:
        figuur.savefig(pad, dpi=110)
        plt.close(figuur)
    return figuur
