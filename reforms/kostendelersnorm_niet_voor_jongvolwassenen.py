"""Importable form of `kostendelersnorm_niet_voor_jongvolwassenen.yaml` (the values, the seed line and what it changes are in that file)."""

from openfisca_samenloop.wetten.hervorming import klasse_uit_yaml

KostendelersnormNietVoorJongvolwassenen = klasse_uit_yaml(__name__, "KostendelersnormNietVoorJongvolwassenen")
