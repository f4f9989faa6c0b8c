"""Importable form of `schenkingen_vrijlating_hoger.yaml` (the values, the seed line and what it changes are in that file)."""

from openfisca_samenloop.wetten.hervorming import klasse_uit_yaml

SchenkingenVrijlatingHoger = klasse_uit_yaml(__name__, "SchenkingenVrijlatingHoger")
