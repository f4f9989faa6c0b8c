"""Input: load and validate situations and build simulations (`situatie`), name periods (`periodes`), find and
compose reforms (`hervorming`). Errors are `openfisca_samenloop.fouten.InvoerFout`.

Kept light: importing this package imports none of its modules."""
