"""Awb-evenredigheidstoets (art. 3:4 lid 2) als vangnet: one general test of the combined outcome, after the
decisions, also where the law leaves no discretion (gebonden bevoegdheid).

Seed (000_f92b545ebd236cc8.txt) L180-185 (the cabinet's choice for a vangnet in the Awb instead of clauses in
every law; "of dit ook voldoende soelaas biedt … zal nog moeten blijken"), L1936-1939 and L2037-2039 (the text
of art. 3:4 lid 2), L2133-2141 and L2161-2164 (bestuur, then the rechter "als laatste redmiddel"). Digest §1H
#77, #79, #80, R2.

What it changes: adds `doenvermogen` (persoon input, 1-5, default 3), `beroept_zich_op_evenredigheidstoets`
(gezin, settable; default doenvermogen ≥ hardheid.doenvermogen.drempel_evenredigheidstoets, 4: bezwaar and
beroep ask more than a request to the uitvoerder), the loss and excess per hard limit, the gap to the minimum,
and the relief `evenredigheidstoets_tegemoetkoming` (huishouden), added to `besteedbaar_inkomen`. The losses of
all limits are added before the test. Applied together with `hardheidsclausule_per_wet`, it pays only what the
clauses left. See openfisca_samenloop/wetten/hardheid.py.
"""

from openfisca_core.reforms import Reform

from openfisca_samenloop.wetten.hardheid import pas_ontwerp_toe


class AwbEvenredigheidstoets(Reform):
    name = "Awb-evenredigheidstoets als vangnet (art. 3:4 lid 2; seed L180-185, L2133-2141)"

    def apply(self):
        pas_ontwerp_toe(self, "evenredigheidstoets")
