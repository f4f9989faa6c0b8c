"""Importable form of `inkomstenvrijlating_hoger.yaml` (the values, the seed line and what it changes are in that file)."""

from openfisca_samenloop.wetten.hervorming import klasse_uit_yaml

InkomstenvrijlatingHoger = klasse_uit_yaml(__name__, "InkomstenvrijlatingHoger")
