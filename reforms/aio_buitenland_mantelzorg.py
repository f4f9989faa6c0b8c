"""AIO: the 13-week abroad rule does not apply to a pensioner who stays abroad to give mantelzorg.

Seed (000_f92b545ebd236cc8.txt) L3776-3793, motie Ceder & Van Baarle (34 352 nr. 70): AIO-recipients can "het
recht op AIO verliezen, bijvoorbeeld een langer verblijf dan dertien weken in het buitenland", also when they
go abroad to care for family; the motie asks for maatwerk. Digest §1E #48, R11, situation S5.

What it changes: a new person input `verblijft_in_buitenland_voor_mantelzorg` (YEAR, default False). For a
partner with the AOW age for whom it is True, the weeks abroad no longer count against the thirteen weeks of
Pw art. 13 lid 4, so `te_lang_buiten_nederland` stays False and the AIO is kept. The four-week limit
under the AOW age (art. 13 lid 1 onder e, bijstand) is not changed. Whether the stay is really mantelzorg is
the SVB's judgment; the input is that judgment.
"""

import numpy as np
from openfisca_core.periods import MONTH, YEAR
from openfisca_core.reforms import Reform
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Persoon


class verblijft_in_buitenland_voor_mantelzorg(Variable):
    value_type = bool
    default_value = False
    entity = Persoon
    definition_period = YEAR
    label = "Verblijft in het kalenderjaar in het buitenland om mantelzorg te verlenen"
    reference = "https://zoek.officielebekendmakingen.nl/kst-34352-70.html"
    documentation = (
        "Input of reform `aio_buitenland_mantelzorg`, default False: the SVB has established that the stay abroad "
        "in this calendar year is to give mantelzorg (motie Ceder & Van Baarle, Kamerstuk 34 352 nr. 70)."
    )


class te_lang_buiten_nederland(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Verblijft te lang buiten Nederland — hervorming: mantelzorg telt niet voor de AIO"
    reference = "https://wetten.overheid.nl/BWBR0015703/2026-01-01#Artikel13"
    documentation = (
        "As in the baseline (more than four weeks per calendar year, thirteen from the AOW age), except that a "
        "person with the AOW age who stays abroad for mantelzorg (`verblijft_in_buitenland_voor_mantelzorg`) is "
        "never over the limit (reform `aio_buitenland_mantelzorg`)."
    )

    def formula(persoon, period, parameters):
        p = parameters(period.start).participatiewet.verblijf_buitenland
        aow = persoon("heeft_aow_leeftijd", period)
        maximum = np.where(aow, p.max_weken_aow_leeftijd, p.max_weken)
        te_lang = persoon("weken_in_buitenland", period.this_year) > maximum
        uitgezonderd = aow * persoon("verblijft_in_buitenland_voor_mantelzorg", period.this_year)
        return te_lang * ~uitgezonderd


class AioBuitenlandMantelzorg(Reform):
    name = "AIO: dertienwekenregel niet bij mantelzorg in het buitenland (motie 34 352 nr. 70; seed L3776-3793)"

    def apply(self):
        self.add_variable(verblijft_in_buitenland_voor_mantelzorg)
        self.update_variable(te_lang_buiten_nederland)
