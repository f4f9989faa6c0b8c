"""The samenloop map: the model's variable graph collapsed to schemes (issue 6, §3 and §5)."""

from __future__ import annotations

import os
import warnings

import pandas as pd
import pytest

from openfisca_samenloop.analyse.samenloop import (
    afhankelijkheden, afhankelijkheden_uit_trace, getraceerde_simulatie, register, samenloopkaart, samentrekken,
)
from openfisca_samenloop.systeem import basissysteem

INKOMENSTOETSEN = {"bijstand", "aio", "toetsingsinkomen", "zorgtoeslag", "huurtoeslag", "kinderopvangtoeslag"}


@pytest.fixture(scope="module")
def kaart():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return samenloopkaart(situaties=["alleenstaande_ouder_deeltijd_bijstand"], periode="2025-07")


# --------------------------------------------------------------------------------- the algorithm
def test_contraction_goes_through_intermediates_only():
    randen = pd.DataFrame({
        "van": ["bijstand", "hulp", "toetsingsinkomen", "norm", "kinderbijslag", "norm"],
        "naar": ["hulp", "toetsingsinkomen", "zorgtoeslag_recht", "bijstand", "kgb", "aio"],
    })
    knopen = {"bijstand": "bijstand", "toetsingsinkomen": "toetsingsinkomen", "zorgtoeslag_recht": "zorgtoeslag",
              "kinderbijslag": "kinderbijslag", "kgb": "kindgebonden_budget", "aio": "aio"}
    uit = samentrekken(randen, knopen)
    paren = set(zip(uit["van"], uit["naar"]))
    assert paren == {("bijstand", "toetsingsinkomen"), ("toetsingsinkomen", "zorgtoeslag"),
                     ("kinderbijslag", "kindgebonden_budget")}
    assert uit.loc[uit["van"] == "bijstand", "via"].item() == "hulp"
    # A shared input (norm) feeding two schemes makes no edge between them.
    assert ("bijstand", "aio") not in paren


def test_static_graph_reads_formulas_of_the_model():
    graaf = afhankelijkheden(basissysteem())
    assert {"van", "naar", "map_van", "map_naar", "bron"} <= set(graaf.columns)
    assert not graaf.empty
    assert set(graaf["naar"]) <= set(basissysteem().variables)


def test_trace_graph_is_the_computation_tree():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        simulatie = getraceerde_simulatie("alleenstaande_ouder_deeltijd_bijstand", "2025-07",
                                          variabelen=["aantal_regelingen"])
    graaf = afhankelijkheden_uit_trace(simulatie)
    # The count requests every scheme of parameters/samenloop/uitvoerder.
    gevraagd = set(graaf.loc[graaf["naar"] == "aantal_regelingen", "van"])
    assert {"bijstand", "zorgtoeslag", "huurtoeslag", "kinderbijslag", "aow"} <= gevraagd


# --------------------------------------------------------------------------------- the real map
def test_map_is_data_with_nodes_from_the_registry(kaart):
    assert {"van", "naar", "via"} <= set(kaart.randen.columns)
    knopen = set(kaart.knopen["knoop"])
    assert knopen <= {r.naam for r in register().regelingen} | {k.naam for k in register().knooppunten}
    assert set(kaart.randen["van"]) | set(kaart.randen["naar"]) <= knopen
    assert not any(kaart.randen["van"] == kaart.randen["naar"])


def test_map_has_bijstand_to_toetsingsinkomen_to_toeslagen(kaart):
    assert kaart.heeft_rand("bijstand", "toetsingsinkomen")
    for toeslag in ("zorgtoeslag", "huurtoeslag", "kindgebonden_budget"):
        assert kaart.heeft_rand("toetsingsinkomen", toeslag), toeslag
    assert kaart.heeft_rand("loon", "toetsingsinkomen")
    assert kaart.heeft_rand("kinderbijslag", "kindgebonden_budget")


def test_map_has_wages_to_bijstand_and_to_tax_credits(kaart):
    assert kaart.heeft_rand("loon", "bijstand") or kaart.heeft_rand("loon", "inkomstenbelasting") and \
        kaart.heeft_rand("inkomstenbelasting", "bijstand")
    assert kaart.heeft_rand("loon", "inkomstenbelasting")


def test_no_edge_from_kindgebonden_budget_or_kinderbijslag_into_a_means_test(kaart):
    for bron in ("kindgebonden_budget", "kinderbijslag"):
        naar = set(kaart.randen.loc[kaart.randen["van"] == bron, "naar"])
        assert not naar & INKOMENSTOETSEN, f"{bron} feeds {naar & INKOMENSTOETSEN}"
    # No toeslag feeds the bijstand or the toetsingsinkomen either.
    for toeslag in ("zorgtoeslag", "huurtoeslag", "kinderopvangtoeslag"):
        naar = set(kaart.randen.loc[kaart.randen["van"] == toeslag, "naar"])
        assert not naar & {"bijstand", "aio", "toetsingsinkomen"}, f"{toeslag} feeds {naar}"


def test_map_exports_csv_and_draws_png(kaart, tmp_path):
    csv = kaart.naar_csv(str(tmp_path / "samenloopkaart.csv"))
    terug = pd.read_csv(csv)
    assert list(terug.columns[:3]) == ["van", "naar", "via"] and len(terug) == len(kaart.randen)
    png = str(tmp_path / "samenloopkaart.png")
    from openfisca_samenloop.rapport.grafieken import teken_samenloopkaart

    teken_samenloopkaart(kaart, png)
    assert os.path.getsize(png) > 5000
    with open(png, "rb") as handle:
        assert handle.read(8) == b"\x89PNG\r\n\x1a\n"


def test_map_follows_a_reform_of_the_rules():
    """Derived at run time: a reform that makes the zorgtoeslag read the kindgebonden budget shows up."""
    from openfisca_core.reforms import Reform
    from openfisca_core.variables import Variable

    basis = basissysteem()
    oud = basis.variables["zorgtoeslag"]

    class zorgtoeslag(Variable):
        value_type = float
        entity = oud.entity
        definition_period = oud.definition_period
        label = "Zorgtoeslag die het kindgebonden budget meetelt (toy reform for this test)"

        def formula(gezin, period):
            return gezin("zorgtoeslag_recht", period) - gezin("kindgebonden_budget", period) * 0.1

    class Hervorming(Reform):
        def apply(self):
            self.update_variable(zorgtoeslag)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        hervormd = samenloopkaart(Hervorming(basis), situaties=[])
    assert hervormd.heeft_rand("kindgebonden_budget", "zorgtoeslag")
