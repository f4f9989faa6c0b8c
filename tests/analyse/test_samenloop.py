"""Samenloop: the registry, the scorecard and its counts (issue 6, §1, §2 and §5)."""

from __future__ import annotations

import warnings

import yaml

from openfisca_samenloop.analyse.samenloop import REGISTER_PAD, register, scorekaart
from openfisca_samenloop.systeem import basissysteem

MAAND = "2025-07"


def tbs():
    return basissysteem()


def kaart(situatie, periode=MAAND):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return scorekaart(situatie, periode)


# ------------------------------------------------------------------------------------------ registry
def test_registry_keeps_the_keys_other_analyses_read():
    with open(REGISTER_PAD, encoding="utf-8") as handle:
        inhoud = yaml.safe_load(handle)
    for item in inhoud["regelingen"]:
        for sleutel in ("naam", "label", "wet", "artikel", "href", "instantie", "variabelen"):
            assert item.get(sleutel), f"{item.get('naam')}: {sleutel} missing"


def test_every_paying_scheme_has_rhythm_application_duties_forms_and_sources():
    reg = register()
    assert reg.uitkeringen
    for r in reg.uitkeringen:
        assert r.ritme in {"maand", "kwartaal"}, r.naam
        assert r.betaling.get("bron"), f"{r.naam}: payment rhythm not cited"
        assert "nodig" in r.aanvraag and r.aanvraag.get("bron"), f"{r.naam}: application not cited"
        assert r.meldplichten and r.meldplichten_bron, f"{r.naam}: reporting duties not cited"
        assert r.formulieren, r.naam
        for bron in tuple(r.betaling["bron"]) + tuple(r.aanvraag["bron"]) + tuple(r.meldplichten_bron):
            assert bron.get("title") and str(bron.get("href", "")).startswith("http"), (r.naam, bron)
        for sleutel in r.meldplichten:
            assert sleutel in reg.meldplichten, f"{r.naam}: unknown reporting duty {sleutel}"
        for formulier in r.formulieren:
            assert formulier["moment"] in {"aanvraag", "wijziging", "periodiek"}, (r.naam, formulier)
    for gebeurtenis in reg.gebeurtenissen.values():
        assert set(gebeurtenis["raakt"]) <= set(reg.meldplichten)


def test_registry_and_the_rules_parameters_agree():
    """The rules floor counts with parameters/samenloop/uitvoerder (it never reads the registry): the same
    schemes, the same paying organisations, and each scheme's name is a variable of the model."""
    uitvoerder = tbs().parameters(MAAND).samenloop.uitvoerder
    in_parameters = {naam: str(uitvoerder[naam]) for naam in uitvoerder}
    in_registry = {r.naam: r.instantie for r in register().uitkeringen}
    assert in_parameters == in_registry
    for naam in in_parameters:
        assert naam in tbs().variables, f"{naam}: no variable of that name"
        assert tbs().variables[naam].definition_period == "month"


def test_uitvoerder_parameters_hold_over_the_whole_covered_range():
    for maand in ("2024-01", "2025-07", "2026-12"):
        uitvoerder = tbs().parameters(maand).samenloop.uitvoerder
        assert {str(uitvoerder[n]) for n in uitvoerder} == {"gemeente", "SVB", "Dienst Toeslagen"}


def test_registry_table_is_a_dataframe():
    tabel = register().tabel()
    assert {"instantie", "ritme", "aanvraag_nodig", "meldplichten"} <= set(tabel.columns)
    assert tabel.loc["kinderbijslag", "ritme"] == "kwartaal"
    assert bool(tabel.loc["zorgtoeslag", "definitieve_berekening"]) is True
    assert bool(tabel.loc["kindgebonden_budget", "aanvraag_nodig"]) is False


# ------------------------------------------------------------------------- scorecard, inputs given
ALLEEN_LOON_INVOER = {
    "personen": {"w": {"brutoloon": 3000, "aow": 0}},
    "gezinnen": {"g": {"partners": ["w"], "bijstand": 0, "aio": 0, "zorgtoeslag": 0, "kindgebonden_budget": 0,
                       "kinderopvangtoeslag": 0, "kinderbijslag": 0}},
    "huishoudens": {"h": {"bewoners": ["w"], "huurtoeslag": 0}},
}

OUDER_INVOER = {
    "personen": {"ouder": {"brutoloon": 1250, "aow": 0}, "k1": {"aow": 0}, "k2": {"aow": 0}},
    "gezinnen": {"g": {"partners": ["ouder"], "kinderen": ["k1", "k2"], "bijstand": 600, "aio": 0,
                       "zorgtoeslag": 130, "kindgebonden_budget": 480, "kinderopvangtoeslag": 0,
                       "kinderbijslag": 250}},
    "huishoudens": {"h": {"bewoners": ["ouder", "k1", "k2"], "huurtoeslag": 320}},
}


def test_only_a_wage_gives_an_empty_scorecard():
    k = kaart(ALLEEN_LOON_INVOER)
    assert k.aantal_regelingen == 0 and k.aantal_instanties == 0
    assert k.regelingen.empty and k.betalingen_per_jaar == 0 and k.meldplichten == [] and k.formulieren == []
    assert "Geen regeling" in k.als_tekst()


def test_single_parent_with_given_amounts_counts_payments_by_rhythm():
    k = kaart(OUDER_INVOER)
    assert k.aantal_regelingen == 5 and k.aantal_instanties == 3
    assert list(k.regelingen.index) == ["bijstand", "zorgtoeslag", "huurtoeslag", "kindgebonden_budget", "kinderbijslag"]
    # 4 monthly schemes × 12 months = 48; bijstand vakantietoeslag once a year = 1; kinderbijslag 4 quarters.
    assert k.betalingen_per_ritme == {"maand": 48, "jaar": 1, "kwartaal": 4}
    assert k.betalingen_per_jaar == 53
    # zorgtoeslag, huurtoeslag, kindgebonden budget are voorschotten with a definitieve berekening.
    assert k.afrekeningen_per_jaar == 3
    # KGB comes automatically for a parent with kinderbijslag and another toeslag.
    assert k.aanvragen == ["bijstand", "zorgtoeslag", "huurtoeslag", "kinderbijslag"]
    # With a wage the gemeente wants a monthly income statement.
    assert "Inkomstenformulier bijstand (maandelijks, bij inkomsten uit werk)" in k.formulieren
    assert k.formulieren_per_jaar == 12
    nieuwe_baan = k.instanties_bij_gebeurtenis["Nieuwe baan of meer uren werk"]
    assert nieuwe_baan == ["gemeente", "Dienst Toeslagen"]  # not the SVB: kinderbijslag is not income-tested
    assert k.instanties_bij_gebeurtenis["Huurverhoging"] == ["Dienst Toeslagen"]
    tekst = k.als_tekst()
    assert "5 regelingen van 3 instanties" in tekst and "betalingen per jaar: 53" in tekst


def test_two_aow_pensions_are_two_payments_a_month():
    invoer = {
        "personen": {"a": {"aow": 1100}, "b": {"aow": 1100}},
        "gezinnen": {"g": {"partners": ["a", "b"], "bijstand": 0, "aio": 0, "zorgtoeslag": 60,
                           "kindgebonden_budget": 0, "kinderopvangtoeslag": 0, "kinderbijslag": 0}},
        "huishoudens": {"h": {"bewoners": ["a", "b"], "huurtoeslag": 250}},
    }
    k = kaart(invoer)
    assert k.regelingen.loc["aow", "betalingen"] == 2 * 12 + 2  # monthly pensions + two vakantie-uitkeringen in May
    assert k.instanties == ["SVB", "Dienst Toeslagen"]


# ------------------------------------------------------------------------------ scorecard, real rules
def test_aow_couple_with_huurtoeslag_and_zorgtoeslag_exact_schemes_and_agencies():
    situatie = {
        "personen": {"a": {"geboortedatum": "1952-03-01"}, "b": {"geboortedatum": "1953-09-01"}},
        "gezinnen": {"paar": {"partners": ["a", "b"]}},
        "huishoudens": {"woning": {"bewoners": ["a", "b"], "huur": 650, "servicekosten": 20}},
    }
    k = kaart(situatie)
    assert list(k.regelingen.index) == ["aow", "zorgtoeslag", "huurtoeslag"]
    assert k.instanties == ["SVB", "Dienst Toeslagen"]
    assert (k.aantal_regelingen, k.aantal_instanties) == (3, 2)
    voedt = k.paren[k.paren["voedt"]]
    assert set(zip(voedt["van"], voedt["naar"])) == {("aow", "zorgtoeslag"), ("aow", "huurtoeslag")}
    assert set(voedt["via"]) == {"toetsingsinkomen"}


def test_only_a_wage_real_rules_zero_schemes():
    situatie = {
        "personen": {"w": {"geboortedatum": "1985-01-01", "brutoloon": 4500}},
        "gezinnen": {"g": {"partners": ["w"]}},
        "huishoudens": {"h": {"bewoners": ["w"]}},
    }
    k = kaart(situatie)
    assert (k.aantal_regelingen, k.aantal_instanties, k.betalingen_per_jaar) == (0, 0, 0)


# ---------------------------------------------------------------- the ombudsman's single parent (S1)
# Nationale ombudsman (2013), quoted in seed 000_f92b545ebd236cc8.txt lines 762-770: a single parent with
# two school-age children, a part-time job, top-up bijstand and a rented home has "ten minste twaalf
# verschillende inkomensbestanddelen", fills in "achttien verschillende formulieren" and receives
# "tachtig verschillende betalingen per jaar".
OMBUDSMAN = {"inkomensbestanddelen": 12, "formulieren": 18, "betalingen": 80}

# What the study's household has that this model does not: each is a payment stream, a form or an income
# component we cannot count.
NIET_GEMODELLEERD = [
    "bijzondere bijstand (gemeente, per aanvraag)",
    "gemeentelijke minimaregelingen: individuele inkomenstoeslag, kindpakket/meedoenregeling, "
    "collectieve zorgverzekering, kwijtschelding gemeentelijke belastingen",
    "voorlopige teruggaaf inkomstenbelasting (inkomensafhankelijke combinatiekorting) per maand",
    "kinderalimentatie of bijdrage van de andere ouder",
    "vakantiegeld en eindejaarsuitkering van de werkgever",
    "nabetalingen en terugvorderingen van toeslagen als aparte betalingen",
]


def test_ombudsman_single_parent_compared_with_the_study():
    k = kaart("alleenstaande_ouder_deeltijd_bijstand")
    # What we model: wage + bijstand, zorgtoeslag, huurtoeslag, kindgebonden budget, kinderbijslag.
    assert list(k.regelingen.index) == ["bijstand", "zorgtoeslag", "huurtoeslag", "kindgebonden_budget", "kinderbijslag"]
    assert k.instanties == ["gemeente", "Dienst Toeslagen", "SVB"]
    inkomensbestanddelen = 1 + len(k.regelingen)          # the wage and each scheme
    inkomensbestanddelen += k.betalingen_per_ritme.get("jaar", 0)   # the bijstand vakantietoeslag
    assert inkomensbestanddelen == 7
    assert k.betalingen_per_jaar == 53           # 4 × 12 monthly + 4 quarters of kinderbijslag + 1 vakantietoeslag
    betalingen_met_loon = k.betalingen_per_jaar + 12   # plus twelve wage payments
    formulieren_per_jaar = len(k.formulieren) + k.formulieren_per_jaar
    assert len(k.formulieren) == 8 and formulieren_per_jaar == 20
    # The honest comparison: fewer components and payments than the study, because of what we do not model.
    assert inkomensbestanddelen < OMBUDSMAN["inkomensbestanddelen"]
    assert betalingen_met_loon < OMBUDSMAN["betalingen"]
    assert OMBUDSMAN["betalingen"] - betalingen_met_loon == 15
    assert len(NIET_GEMODELLEERD) >= OMBUDSMAN["inkomensbestanddelen"] - inkomensbestanddelen - 1
    # Samenloop in this household: bijstand counts in the toetsingsinkomen of every toeslag, and the
    # kindgebonden budget needs the kinderbijslag.
    voedt = set(zip(k.paren.loc[k.paren["voedt"], "van"], k.paren.loc[k.paren["voedt"], "naar"]))
    assert {("bijstand", "zorgtoeslag"), ("bijstand", "huurtoeslag"), ("bijstand", "kindgebonden_budget"),
            ("kinderbijslag", "kindgebonden_budget")} <= voedt
    assert not any(van in {"kindgebonden_budget", "kinderbijslag", "zorgtoeslag", "huurtoeslag"} and naar == "bijstand"
                   for van, naar in voedt)
