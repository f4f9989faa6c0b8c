"""Hardheidsclausule per wet: each law (Participatiewet, Awir toeslagen) gets a clause that a household can invoke
when that law's outcome is "onbillijk van overwegende aard".

Seed (000_f92b545ebd236cc8.txt) L340-345, L1969-1974, L2085-2089 (definition), L2216-2221 (the Pw clause in
theory allows individual maatwerk), L2106-2125 (not every citizen can invoke it; beleidserosie); moties Van Brenk
(35 510 nr. 37, "als regel") and Ploumen & Jetten (35 510 nr. 24). Digest §1A #9, §1H #78 and #81, R1.

What it changes: adds `doenvermogen` (persoon input, 1-5, default 3), `beroept_zich_op_hardheidsclausule`
(gezin, settable; default doenvermogen ≥ hardheid.doenvermogen.drempel_hardheidsclausule), the loss and excess
per hard limit (`hardheid_verlies__<grens>`, `hardheid_overschrijding__<grens>`), the gap to the minimum
(`hardheid_tekort_sociaal_minimum`) and the relief `hardheidsclausule_tegemoetkoming` (huishouden), which is
added to `besteedbaar_inkomen`. Each law tests only its own outcome. See openfisca_samenloop/wetten/hardheid.py.
"""

from openfisca_core.reforms import Reform

from openfisca_samenloop.wetten.hardheid import pas_ontwerp_toe


class HardheidsclausulePerWet(Reform):
    name = "Hardheidsclausule per wet (seed L340-345, L1969-1974, L2106-2125)"

    def apply(self):
        pas_ontwerp_toe(self, "hardheidsclausule")
