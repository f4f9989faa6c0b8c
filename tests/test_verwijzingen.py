"""Every wetten.overheid.nl link in the package has an anchor of the right form for its law (issue 16 §1.7).

wetten.overheid.nl anchors an article as `#Artikel<N>` or with its place in the law's structure, e.g.
`#Hoofdstuk3_Paragraaf3.2_Artikel22`. A wrong place (art. 22 Pw in §3.3) or two different places for one
article are errors. The places the package could read in stored law texts are in openfisca_samenloop/wetten/wetten_ankers.yaml;
a full-path anchor must match it, every other article is cited with the short form.
"""

import os
import re

import pytest
import yaml

HIER = os.path.dirname(__file__)
WORTEL = os.path.dirname(HIER)
ANKERS = yaml.safe_load(open(os.path.join(WORTEL, "openfisca_samenloop", "wetten", "wetten_ankers.yaml"), encoding="utf-8"))

URL = re.compile(r"https://wetten\.overheid\.nl/[^\s\"'<>)\]]+")
VORM_URL = re.compile(r"^https://wetten\.overheid\.nl/(?P<bwb>BWBR\d{7})(?:/(?P<datum>\d{4}-\d{2}-\d{2}))?(?:#(?P<anker>[^#]+))?$")
ARTIKEL = r"[0-9]+[a-z]*(?:\.[0-9]+[a-z]*)*(?::[0-9]+[a-z]*)?"
KORT = re.compile(rf"^Artikel(?P<art>{ARTIKEL})$")
PAD = re.compile(rf"^(?P<pad>(?:(?:Hoofdstuk|Afdeling|Paragraaf|Titel|Deel)[0-9IVXLC]+[0-9a-z.]*_)+)Artikel(?P<art>{ARTIKEL})$")
ANDER = re.compile(r"^(?:Bijlage[A-Z0-9]+|Hoofdstuk[0-9IVXLC]+|ArtikelAanhef)$")

BRONMAPPEN = ("variables", "parameters", "reforms", "openfisca_samenloop")


def _alle_links():
    """(file, url) for every wetten.overheid.nl link in the package's rules, parameters and analyses."""
    for map_ in BRONMAPPEN:
        for d, _, bestanden in os.walk(os.path.join(WORTEL, map_)):
            for naam in bestanden:
                if not naam.endswith((".py", ".yaml", ".yml")):
                    continue
                pad = os.path.join(d, naam)
                with open(pad, encoding="utf-8") as handle:
                    for url in URL.findall(handle.read()):
                        yield os.path.relpath(pad, WORTEL), url.rstrip(".,;:")


def fout_in_link(url):
    """The problem with a wetten.overheid.nl link, or None."""
    m = VORM_URL.match(url)
    if not m:
        return "not of the form https://wetten.overheid.nl/BWBR#######[/YYYY-MM-DD][#anchor]"
    anker = m.group("anker")
    if anker is None or KORT.match(anker) or ANDER.match(anker):
        return None
    pad = PAD.match(anker)
    if not pad:
        return f"anchor '{anker}' is neither #Artikel<N> nor a structural path ending in _Artikel<N>"
    bekend = (ANKERS.get(m.group("bwb")) or {}).get(pad.group("art"))
    if bekend is None:
        return (f"full-path anchor '{anker}' for an article whose place was not read in a stored law text "
                f"(use #Artikel{pad.group('art')} or add it to openfisca_samenloop/wetten/wetten_ankers.yaml)")
    if pad.group("pad").rstrip("_") != bekend:
        return f"anchor '{anker}': article {pad.group('art')} is in {bekend}"
    return None


def test_elke_link_heeft_een_geldig_anker():
    fouten = sorted({f"{bestand}: {url}: {fout}" for bestand, url in _alle_links() if (fout := fout_in_link(url))})
    assert not fouten, "\n".join(fouten)


def test_een_artikel_heeft_een_anker():
    """One article, one place: the same (law, article) never with two different structural paths (the short
    #Artikel<N> may stand beside the one path)."""
    gezien = {}
    for bestand, url in _alle_links():
        m = VORM_URL.match(url)
        if not m or not m.group("anker"):
            continue
        art = PAD.match(m.group("anker"))
        if art:
            gezien.setdefault((m.group("bwb"), art.group("art")), set()).add(m.group("anker"))
    dubbel = {k: v for k, v in gezien.items() if len(v) > 1}
    assert not dubbel, dubbel


@pytest.mark.parametrize(
    "url, goed",
    [
        ("https://wetten.overheid.nl/BWBR0015703/2026-01-01#Hoofdstuk3_Paragraaf3.2_Artikel22", True),
        ("https://wetten.overheid.nl/BWBR0015703/2026-01-01#Hoofdstuk3_Paragraaf3.3_Artikel22", False),  # issue 16
        ("https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel22a", True),
        ("https://wetten.overheid.nl/BWBR0018472/2026-01-01#Hoofdstuk2_Paragraaf2_Artikel7", False),  # not read
        ("https://wetten.overheid.nl/BWBR0002221/2026-01-01#HoofdstukIII_Paragraaf1_Artikel9", True),
        ("https://wetten.overheid.nl/BWBR0017321/2026-01-01#BijlageI", True),
        ("https://wetten.overheid.nl/BWBR0005537/2026-01-01#Artikel3:4", True),
        ("https://wetten.overheid.nl/BWBR15703/2026-01-01#Artikel22", False),
        ("https://wetten.overheid.nl/BWBR0015703/2026-01-01#artikel22", False),
    ],
)
def test_de_controle_zelf(url, goed):
    assert (fout_in_link(url) is None) == goed
