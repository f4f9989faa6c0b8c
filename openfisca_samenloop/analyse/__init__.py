"""Analyses: they take a tax-benefit system and situations or populations and return data (DataFrames and small
dataclasses). Amounts (`bedragen`), the scan and its cliffs (`scan`, `kliffen`, `attributie`, `armoedeval`),
samenloop counts and the map's data (`samenloop`), populations (`populatie`), comparisons (`vergelijk`), the
income-concept table (`inkomensbegrippen`) and the list of unconfirmed figures (`onbevestigd`).

Analyses never import a face (`cli/`, `rapport/`); `tests/code_health/test_importgraaf.py` checks it. Kept light:
importing this package imports none of its modules (and no matplotlib)."""
