"""Importable form of `debiteurenbeleid.yaml` (the values, the study's section and what it changes are in that file)."""

from openfisca_samenloop.wetten.hervorming import klasse_uit_yaml

Debiteurenbeleid = klasse_uit_yaml(__name__, "Debiteurenbeleid")
