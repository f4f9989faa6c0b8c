import numpy as np

from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_samenloop.entities import Gezin, Persoon
from openfisca_samenloop.wetten.kinderopvang import rij_status_niet_bevestigd


class kinderopvangtoeslag_percentage_onbevestigd(Variable):
    value_type = bool
    entity = Persoon
    definition_period = MONTH
    label = "Het percentage kinderopvangtoeslag voor dit kind komt uit een niet-bevestigde rij van de tabel"
    reference = "https://wetten.overheid.nl/BWBR0017321/2026-01-01#Artikel6"
    documentation = (
        "True for a child whose opvang counts when the row of the kinderopvangtoeslagtabel (Besluit "
        "kinderopvangtoeslag bijlage I) used for it has a threshold or percentage whose parameter metadata status "
        "is not `bevestigd`: the official bijlage I for 2024-2026 is in no stored source, so the rows are secondary "
        "transcriptions, the package's derivation (`bron: DERIVED`) or third-party code (see "
        "parameters/kinderopvang/percentage_*.yaml). Read from the files, so it follows them when rows get confirmed. "
        "`kinderopvangtoeslag_onbevestigd` (gezin) tells a face whether a shown kinderopvangtoeslag depends on it."
    )

    def formula(persoon, period):
        gezin = persoon.simulation.populations["gezin"]
        inkomen = gezin.project(gezin("gezamenlijk_toetsingsinkomen", period.this_year))
        schalen = persoon.simulation.tax_benefit_system.parameters.kinderopvang
        eerste = rij_status_niet_bevestigd(schalen.percentage_eerste_kind, period.start, inkomen)
        volgend = rij_status_niet_bevestigd(schalen.percentage_volgend_kind, period.start, inkomen)
        onzeker = np.where(persoon("is_eerste_kind_kinderopvang", period), eerste, volgend)
        return onzeker * persoon("kinderopvang_kind_komt_in_aanmerking", period)
