"""The two hardship designs of the study as OpenFisca reforms: a hardheidsclausule per law, and the Awb
evenredigheidstoets (art. 3:4 lid 2) as a general vangnet. Same vocabulary, different scope and burden.

Seed (000_f92b545ebd236cc8.txt) L180-185: "De regering heeft ervoor gekozen om niet in alle wetten
hardheidsclausules op te nemen, maar een vangnetbepaling in de vorm van een evenredigheidstoets in de Awb op te
nemen"; L340-345, L1969-1974 (a hardheidsclausule allows departing from a prescribed result that "zou leiden tot
een onbillijkheid van overwegende aard"); L2106-2125 ("niet iedere burger in staat is om zelf een beroep te doen
op een hardheidsclausule"); L2133-2141, L2161-2164 (the Awb test also under a gebonden bevoegdheid, by bestuur
and "als laatste redmiddel" the rechter). Digest §1H #77-81, R1, R2.

Vocabulary (`hardheid.yaml` beside this module; thresholds in `parameters/hardheid/`):

- triggers: `onder_sociaal_minimum` (the gezin's net income as the Participatiewet sees it below a share of its
  bijstandsnorm), `klif` (one hard limit — a vermogensgrens, the four/thirteen weeks abroad — costs more than
  `klif.drempel` a month and, over a year, more than `klif.verhouding` × the excess over the limit),
  `onevenredige_terugvordering` (modelled as the `klif` trigger on the toeslagen's vermogensgrenzen: the model
  has no voorschotten, see hardheid.yaml);
- reliefs: `aanvullen_tot_minimum`, `kwijtschelden` (pay what the scheme pays without the limit), `beperken`
  (keep a loss of at most the drempel);
- invoking: the gezin invokes the design only if the input `doenvermogen` (persoon, 1-5, default 3; the
  highest of the partners counts) reaches the design's drempel, unless the gezin input
  `beroept_zich_op_<ontwerp>` is set explicitly (True or False).

Design 1, `hardheidsclausule_per_wet`: each law has its own clause and looks only at its own outcome. The
Participatiewet clause relieves the larger of (a) the top-up to the minimum and (b) the cliff relief of its own
grenzen, each grens tested on its own; the Awir clause relieves each toeslag grens on its own. Invoked with
`doenvermogen` ≥ `hardheid.doenvermogen.drempel_hardheidsclausule` (default 3).

Design 2, `awb_evenredigheidstoets`: one general test over the combined outcome, after the decisions: the
losses of all grenzen of the household are added before the cliff test (two losses of € 40 together pass a
drempel of € 50 that neither passes alone), and the minimum test is made on the whole huishouden. Invoked with
`doenvermogen` ≥ `hardheid.doenvermogen.drempel_evenredigheidstoets` (default 4: bezwaar and beroep). When both
reforms are applied together the vangnet pays only what the per-law clauses left (it is subsidiary).

The relief enters `besteedbaar_inkomen` (the reform wraps its formula and adds the relief variable, keeping
every component), so YAML tests, the CLI, scans and population comparisons all see it. In a monthly static
model "after the fact" has no timing: the relief is shown in the month it relates to.

The loss of a grens is computed in the same simulation without a second run: the scheme's own formulas
(`opnieuw`) are evaluated once more through a thin proxy of the entity that answers the grens' condition with
its `opgeheven` value and passes every other variable to the simulation (cached as usual).
"""

from __future__ import annotations

import copy
import functools
import os

import numpy as np
import yaml
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin, Huishouden, Persoon

ONTWERPEN = ("hardheidsclausule", "evenredigheidstoets")
DOENVERMOGEN_STANDAARD = 3
AWB = "https://wetten.overheid.nl/BWBR0005537/2026-01-01#Artikel3:4"
ENTITEITEN = {"gezin": Gezin, "huishouden": Huishouden}


@functools.lru_cache(maxsize=1)
def vocabulaire() -> dict:
    """The triggers, reliefs and hard limits (grenzen) of `hardheid.yaml`."""
    pad = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hardheid.yaml")
    with open(pad, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def grenzen() -> dict:
    return vocabulaire()["grenzen"]


# ------------------------------------------------------------------ the excess over a limit, in euros a year
def _vermogen_boven_bijstandsgrens(populatie, periode, parameters):
    vermogen = populatie.sum(populatie.members("vermogen", periode.this_year), role=Gezin.PARTNER)
    return np.maximum(vermogen - populatie("bijstand_vermogensgrens", periode), 0)


def _vermogen_boven_zorgtoeslaggrens(populatie, periode, parameters):
    grens = parameters(periode.start).zorgtoeslag.vermogensgrens
    met_partner = populatie.nb_persons(Gezin.PARTNER) >= 2
    vermogen = populatie("gezamenlijk_vermogen", periode.this_year)
    return np.maximum(vermogen - np.where(met_partner, grens.met_partner, grens.alleenstaande), 0)


def _vermogen_boven_huurtoeslaggrens(populatie, periode, parameters):
    return np.maximum(populatie("huurtoeslag_vermogen", periode) - populatie("huurtoeslag_vermogensgrens", periode), 0)


OVERSCHRIJDING = {
    "vermogen_boven_bijstandsgrens": _vermogen_boven_bijstandsgrens,
    "vermogen_boven_zorgtoeslaggrens": _vermogen_boven_zorgtoeslaggrens,
    "vermogen_boven_huurtoeslaggrens": _vermogen_boven_huurtoeslaggrens,
}


# ------------------------------------------------------------------- a scheme recomputed with a limit lifted
class _ZonderGrens:
    """An entity population that answers `conditie` with a constant and recomputes `opnieuw` through itself."""

    def __init__(self, populatie, conditie, waarde, opnieuw, systeem, parameters):
        self._populatie = populatie
        self._conditie = conditie
        self._waarde = waarde
        self._opnieuw = set(opnieuw)
        self._systeem = systeem
        self._parameters = parameters
        self._bewaard = {}

    def __getattr__(self, naam):
        return getattr(self._populatie, naam)

    def __call__(self, naam, periode, options=None):
        if naam == self._conditie:
            dtype = self._systeem.variables[naam].dtype
            return np.full(self._populatie.count, self._waarde, dtype=dtype)
        if naam in self._opnieuw:
            sleutel = (naam, str(periode))
            if sleutel not in self._bewaard:
                formule = self._systeem.variables[naam].get_formula(periode)
                if formule.__code__.co_argcount == 2:
                    self._bewaard[sleutel] = formule(self, periode)
                else:
                    self._bewaard[sleutel] = formule(self, periode, self._parameters)
            return self._bewaard[sleutel]
        if options is None:
            return self._populatie(naam, periode)
        return self._populatie(naam, periode, options)


def _verlies_variabele(naam: str, grens: dict):
    entiteit = ENTITEITEN[grens["entiteit"]]
    betaald = grens["opnieuw"][-1]

    def formula(populatie, period, parameters):
        systeem = populatie.simulation.tax_benefit_system
        zonder = _ZonderGrens(populatie, grens["conditie"], grens["opgeheven"], grens["opnieuw"], systeem, parameters)
        return np.maximum(zonder(betaald, period) - populatie(betaald, period), 0)

    return type(f"hardheid_verlies__{naam}", (Variable,), {
        "value_type": float, "entity": entiteit, "definition_period": MONTH,
        "label": f"Verlies per maand door de grens: {grens['label']}",
        "reference": grens["href"],
        "documentation": (
            f"What `{betaald}` would pay if `{grens['conditie']}` were {grens['opgeheven']} (the limit not applied), "
            f"minus what it pays; 0 when the limit does not bite. Hardship reforms, openfisca_samenloop/wetten/hardheid.py."
        ),
        "formula": formula,
    })


def _overschrijding_variabele(naam: str, grens: dict):
    entiteit = ENTITEITEN[grens["entiteit"]]
    functie = OVERSCHRIJDING.get(grens.get("overschrijding") or "")

    def formula(populatie, period, parameters):
        if functie is None:
            return np.zeros(populatie.count)
        return functie(populatie, period, parameters)

    return type(f"hardheid_overschrijding__{naam}", (Variable,), {
        "value_type": float, "entity": entiteit, "definition_period": MONTH,
        "label": f"Overschrijding van de grens in euro: {grens['label']}",
        "reference": grens["href"],
        "documentation": "By how much the limit is exceeded, in euros (vermogen above the grens); 0 where the limit "
                         "has no euro measure (weeks abroad), so that any loss above the drempel counts as out of "
                         "proportion.",
        "formula": formula,
    })


def _klif_verlichting(verlies, overschrijding, p):
    """Relief for a loss at a limit (arrays): trigger `klif`, relief kwijtschelden or beperken."""
    onevenredig = (verlies > p.klif.drempel) & (12 * verlies > p.klif.verhouding * overschrijding)
    bedrag = np.where(p.verlichting.klif_beperken, np.maximum(verlies - p.klif.drempel, 0), verlies)
    return np.where(onevenredig, bedrag, 0)


def _grensverlichting(populatie, grens: str, period, p):
    """`_klif_verlichting` of one limit, read from the limit's loss and excess variables of `populatie`."""
    return _klif_verlichting(
        populatie(f"hardheid_verlies__{grens}", period), populatie(f"hardheid_overschrijding__{grens}", period), p
    )


# ------------------------------------------------------------------------------------------ common variables
class doenvermogen(Variable):
    value_type = int
    default_value = DOENVERMOGEN_STANDAARD
    entity = Persoon
    definition_period = MONTH
    label = "Doenvermogen: kan de persoon zelf een procedure voeren (1 = nauwelijks, 5 = zonder moeite)"
    reference = "https://www.wrr.nl/publicaties/rapporten/2017/04/24/weten-is-nog-geen-doen"
    documentation = (
        "Input of the hardship reforms, default 3. Scale: 1 cannot act on a letter without help; 2 acts with help "
        "from someone close; 3 can ask the uitvoerder for an exception himself; 4 can also object (bezwaar) and "
        "appeal (beroep) and keep it up for months; 5 handles any procedure. After WRR 'Weten is nog geen doen' "
        "(2017): doenvermogen is separate from knowing the rules, and drops under stress. The gezin counts the "
        "highest of its partners."
    )


class hardheid_minimuminkomen(Variable):
    value_type = float
    entity = Gezin
    definition_period = MONTH
    label = "Netto inkomen van het gezin zoals de Participatiewet het ziet (voor de toets aan het sociaal minimum)"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel31"
    documentation = (
        "nettoloon + netto AOW + overig netto inkomen of the partners, plus bijstand and AIO paid. Toeslagen, "
        "kinderbijslag and kindgebonden budget are left out: the law gives them for other costs and never counts "
        "them as means (Pw art. 31 lid 2, Wet KGB art. 4). Used by the trigger `onder_sociaal_minimum`."
    )

    def formula(gezin, period):
        persoon = gezin.members
        eigen = persoon("nettoloon", period) + persoon("netto_aow", period) + persoon("overig_netto_inkomen", period)
        return gezin.sum(eigen, role=Gezin.PARTNER) + gezin("bijstand", period) + gezin("aio", period)


class hardheid_tekort_sociaal_minimum(Variable):
    value_type = float
    entity = Gezin
    definition_period = MONTH
    label = "Tekort tot het sociaal minimum (trigger 'onder het sociaal minimum')"
    reference = AWB
    documentation = (
        "hardheid.minimum.factor × `bijstandsnorm` − `hardheid_minimuminkomen`, at least 0; 0 when the gezin has "
        "vermogen above the bijstand vermogensgrens (it can live on that first: that is the `klif` trigger's case) "
        "or when hardheid.verlichting.aanvullen_tot_minimum is false."
    )

    def formula(gezin, period, parameters):
        p = parameters(period.start).hardheid
        tekort = p.minimum.factor * gezin("bijstandsnorm", period) - gezin("hardheid_minimuminkomen", period)
        tekort = np.where(gezin("heeft_in_aanmerking_te_nemen_vermogen", period), 0, np.maximum(tekort, 0))
        return tekort * bool(p.verlichting.aanvullen_tot_minimum)


def _beroep_variabele(ontwerp: str):
    drempel_naam = f"drempel_{ontwerp}"

    def formula(gezin, period, parameters):
        drempel = getattr(parameters(period.start).hardheid.doenvermogen, drempel_naam)
        return gezin.max(gezin.members("doenvermogen", period), role=Gezin.PARTNER) >= drempel

    titel = "hardheidsclausule" if ontwerp == "hardheidsclausule" else "Awb-evenredigheidstoets"
    return type(f"beroept_zich_op_{ontwerp}", (Variable,), {
        "value_type": bool, "entity": Gezin, "definition_period": MONTH,
        "label": f"Het gezin doet een beroep op de {titel}",
        "reference": AWB,
        "documentation": (
            f"Settable input. When not given: True if the highest `doenvermogen` of the partners is at least "
            f"hardheid.doenvermogen.{drempel_naam}. Seed L2106-2110: not every citizen can invoke a clause himself."
        ),
        "formula": formula,
    })


def _gezin_naar_huishouden(huishouden, waarden_gezin):
    """Sum a gezin amount over the gezinnen living in each huishouden (each gezin counted once)."""
    gezin = huishouden.simulation.populations["gezin"]
    per_persoon = gezin.project(waarden_gezin)
    eerste = gezin.members_position == 0
    return huishouden.sum(np.where(eerste, per_persoon, 0))


# ----------------------------------------------------------------------------------------------- the reliefs
def _gezin_grenzen(wet=None):
    return [n for n, g in grenzen().items() if g["entiteit"] == "gezin" and (wet is None or g["wet"] == wet)]


def _huishouden_grenzen(wet=None):
    return [n for n, g in grenzen().items() if g["entiteit"] == "huishouden" and (wet is None or g["wet"] == wet)]


class hardheidsclausule_tegemoetkoming(Variable):
    value_type = float
    entity = Huishouden
    definition_period = MONTH
    label = "Tegemoetkoming op grond van de hardheidsclausules van de afzonderlijke wetten"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel18"
    documentation = (
        "Design 1 (openfisca_samenloop/wetten/hardheid.py). Per gezin that invokes (`beroept_zich_op_hardheidsclausule`): "
        "the Participatiewet clause pays the larger of the top-up to the minimum and the cliff relief of each of its "
        "own grenzen tested on its own; the Awir clause pays the cliff relief of each toeslag grens tested on its "
        "own. Summed over the gezinnen of the huishouden (the huurtoeslag grens, a huishouden scheme, is invoked when "
        "any gezin in the dwelling invokes)."
    )

    def formula(huishouden, period, parameters):
        p = parameters(period.start).hardheid
        gezin = huishouden.simulation.populations["gezin"]
        beroep = gezin("beroept_zich_op_hardheidsclausule", period)
        pw_klif = sum(
            _grensverlichting(gezin, n, period, p)
            for n in _gezin_grenzen("participatiewet")
        )
        pw = np.maximum(gezin("hardheid_tekort_sociaal_minimum", period), pw_klif)
        awir_gezin = sum(
            _grensverlichting(gezin, n, period, p)
            for n in _gezin_grenzen("awir")
        )
        per_gezin = np.where(beroep, pw + awir_gezin, 0)
        awir_huishouden = sum(
            _grensverlichting(huishouden, n, period, p)
            for n in _huishouden_grenzen()
        )
        iemand_beroep = _gezin_naar_huishouden(huishouden, beroep.astype(float)) > 0
        return _gezin_naar_huishouden(huishouden, per_gezin) + np.where(iemand_beroep, awir_huishouden, 0)


class evenredigheidstoets_tegemoetkoming(Variable):
    value_type = float
    entity = Huishouden
    definition_period = MONTH
    label = "Tegemoetkoming na de Awb-evenredigheidstoets (art. 3:4 lid 2) over de gezamenlijke uitkomst"
    reference = AWB
    documentation = (
        "Design 2 (openfisca_samenloop/wetten/hardheid.py), when any gezin of the huishouden invokes "
        "(`beroept_zich_op_evenredigheidstoets`): the larger of (a) the summed top-up to the minimum of its gezinnen "
        "and (b) the cliff relief of the summed losses of all grenzen of the huishouden against the summed excess "
        "(one test over the combined outcome). Subsidiary: minus what the per-law clauses already paid when that "
        "reform is applied too."
    )

    def formula(huishouden, period, parameters):
        p = parameters(period.start).hardheid
        gezin = huishouden.simulation.populations["gezin"]
        beroep = _gezin_naar_huishouden(huishouden, gezin("beroept_zich_op_evenredigheidstoets", period).astype(float)) > 0
        tekort = _gezin_naar_huishouden(huishouden, gezin("hardheid_tekort_sociaal_minimum", period))
        verlies = sum(_gezin_naar_huishouden(huishouden, gezin(f"hardheid_verlies__{n}", period)) for n in _gezin_grenzen())
        verlies = verlies + sum(huishouden(f"hardheid_verlies__{n}", period) for n in _huishouden_grenzen())
        # the same vermogen is tested by several limits: the excess of the combined outcome is the largest excess
        # of a limit that actually costs something
        overschrijding = np.zeros(huishouden.count)
        for n in _gezin_grenzen():
            bijt = np.where(gezin(f"hardheid_verlies__{n}", period) > 0, gezin(f"hardheid_overschrijding__{n}", period), 0)
            overschrijding = np.maximum(overschrijding, _gezin_naar_huishouden(huishouden, bijt))
        for n in _huishouden_grenzen():
            bijt = np.where(huishouden(f"hardheid_verlies__{n}", period) > 0, huishouden(f"hardheid_overschrijding__{n}", period), 0)
            overschrijding = np.maximum(overschrijding, bijt)
        bedrag = np.maximum(tekort, _klif_verlichting(verlies, overschrijding, p))
        if "hardheidsclausule_tegemoetkoming" in huishouden.simulation.tax_benefit_system.variables:
            bedrag = np.maximum(bedrag - huishouden("hardheidsclausule_tegemoetkoming", period), 0)
        return np.where(beroep, bedrag, 0)


# ------------------------------------------------------------------------------------------ building a reform
def _gemeenschappelijk(reform) -> None:
    """Add the shared vocabulary variables to a reform (once, also when both designs are applied)."""
    if "doenvermogen" in reform.variables:
        return
    reform.add_variable(doenvermogen)
    reform.add_variable(hardheid_minimuminkomen)
    reform.add_variable(hardheid_tekort_sociaal_minimum)
    for naam, grens in grenzen().items():
        reform.add_variable(_verlies_variabele(naam, grens))
        reform.add_variable(_overschrijding_variabele(naam, grens))


def _besteedbaar_met(reform, tegemoetkoming: str) -> None:
    """Wrap `besteedbaar_inkomen`: its own formula (all components) plus the relief variable."""
    origineel = reform.variables["besteedbaar_inkomen"]
    nieuw = copy.copy(origineel)
    formules = dict(origineel.formulas)

    def omhul(formule):
        def besteedbaar_inkomen(huishouden, period, parameters):
            if formule.__code__.co_argcount == 2:
                basis = formule(huishouden, period)
            else:
                basis = formule(huishouden, period, parameters)
            return basis + huishouden(tegemoetkoming, period)

        return besteedbaar_inkomen

    nieuw.formulas = type(origineel.formulas)({start: omhul(f) for start, f in formules.items()})
    nieuw.documentation = (origineel.documentation or "") + f" Plus `{tegemoetkoming}` (hardship reform)."
    reform.variables["besteedbaar_inkomen"] = nieuw


def pas_ontwerp_toe(reform, ontwerp: str) -> None:
    """Apply one hardship design (`hardheidsclausule` or `evenredigheidstoets`) inside `Reform.apply`."""
    if ontwerp not in ONTWERPEN:
        raise ValueError(f"unknown hardship design '{ontwerp}'")
    _gemeenschappelijk(reform)
    reform.add_variable(_beroep_variabele(ontwerp))
    variabele = hardheidsclausule_tegemoetkoming if ontwerp == "hardheidsclausule" else evenredigheidstoets_tegemoetkoming
    reform.add_variable(variabele)
    _besteedbaar_met(reform, variabele.__name__)


# Relief variables per design, for the analyses ("households relieved").
TEGEMOETKOMINGEN = {
    "hardheidsclausule": "hardheidsclausule_tegemoetkoming",
    "evenredigheidstoets": "evenredigheidstoets_tegemoetkoming",
}
