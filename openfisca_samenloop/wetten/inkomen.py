"""What makes up the besteedbaar inkomen, and summing gezin amounts into the huishouden.

Imported by the variables in `variables/inkomen/`. The table of which income counts for which scheme is an
analysis: `openfisca_samenloop.analyse.inkomensbegrippen`.
"""

import numpy as np

# The components of `besteedbaar_inkomen` (huishouden, MONTH), in the order they are added, with the rhythm in
# which the money actually arrives. Every component is shown as the amount for the calendar month.
COMPONENTEN = {
    "netto_arbeidsinkomen_huishouden": "monthly wage, net (vakantiegeld is paid in May/June by most employers; the model spreads it over the months as `brutoloon` does)",
    "netto_aow_huishouden": "AOW monthly, net; the vakantie-uitkering is paid in May and shown here as accrued per month",
    "bijstand_huishouden": "monthly by the gemeente; the vakantietoeslag (part of the norm) is paid once a year, in May/June, shown here per month",
    "aio_huishouden": "monthly by the SVB, vakantietoeslag in May/June, shown per month",
    "zorgtoeslag_huishouden": "monthly voorschot by Dienst Toeslagen (around the 20th of the previous month)",
    "huurtoeslag": "monthly voorschot by Dienst Toeslagen",
    "kindgebonden_budget_huishouden": "monthly voorschot by Dienst Toeslagen",
    "kinderopvangtoeslag_huishouden": "monthly voorschot by Dienst Toeslagen",
    "kinderbijslag_huishouden": "per quarter by the SVB (in the month after each quarter); shown as one third of the quarterly amount per month",
    "ib_verrekening_huishouden": "yearly settlement of income tax by the Belastingdienst after the year (aanslag or teruggaaf; a voorlopige teruggaaf can pay it monthly); shown as one twelfth per month",
}

# Costs subtracted from the sum of the components.
KOSTEN = {
    "kinderopvang_kosten_huishouden": "monthly invoice of the childcare provider",
}

def som_gezinsbedrag(huishouden, variabele, period):
    """Sum a gezin-level amount over the gezinnen living in the huishouden.

    Each gezin's members all live in one huishouden. The gezin amount is projected to its members, weighted by
    1/number of partners for each member in the role `partner` and 0 for children, and summed over the
    bewoners: every gezin is counted exactly once (x/2 + x/2 = x exactly in binary floating point)."""
    from openfisca_samenloop.entities import Gezin

    personen = huishouden.members
    bedrag = personen.gezin(variabele, period)  # the gezin amount, projected to each of its members
    is_partner = personen.has_role(Gezin.PARTNER)
    aantal_partners = np.maximum(personen.gezin.nb_persons(Gezin.PARTNER), 1)
    return huishouden.sum(np.where(is_partner, bedrag / aantal_partners, 0))
