"""The three entities of the Dutch social minimum.

- `persoon`: a person.
- `gezin`: the leefeenheid of the Participatiewet and the AIO (Pw art. 4), and the aanvrager with
  toeslagpartner and children of the Awir toeslagen (Awir art. 3). Roles `partner` (at most 2) and `kind`.
- `huishouden`: everyone whose main residence is one dwelling: huurtoeslag (aanvrager + medebewoners,
  Wht art. 1) and the kostendelersnorm (Pw art. 19a, 22a). Role `bewoner`.

An adult co-resident who is not a partner (a parent, a grown-up child, a lodger) is the only partner of
their own `gezin` within the same `huishouden`.
"""

from openfisca_core.entities import build_entity

Persoon = build_entity(
    key="persoon",
    plural="personen",
    label="Persoon",
    doc="Een natuurlijk persoon.",
    is_person=True,
)

Gezin = build_entity(
    key="gezin",
    plural="gezinnen",
    label="Gezin (leefeenheid / aanvrager met toeslagpartner)",
    doc=(
        "De leefeenheid van de Participatiewet (alleenstaande, alleenstaande ouder of gehuwden, met hun "
        "minderjarige kinderen) en de aanvrager met toeslagpartner en kinderen van de Awir."
    ),
    roles=[
        {"key": "partner", "plural": "partners", "label": "Partner", "max": 2,
         "doc": "De aanvrager en, als die er is, de echtgenoot of toeslagpartner."},
        {"key": "kind", "plural": "kinderen", "label": "Kind",
         "doc": "Een kind dat tot het gezin behoort."},
    ],
)

Huishouden = build_entity(
    key="huishouden",
    plural="huishoudens",
    label="Huishouden (woning)",
    doc="Iedereen die in dezelfde woning zijn hoofdverblijf heeft.",
    roles=[
        {"key": "bewoner", "plural": "bewoners", "label": "Bewoner",
         "doc": "Iemand met hoofdverblijf in de woning."},
    ],
)

entities = [Persoon, Gezin, Huishouden]
