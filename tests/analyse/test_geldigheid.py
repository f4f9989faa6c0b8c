"""A computation for a date past a parameter's last_value_still_valid_on warns once, naming the parameter."""

import warnings

from openfisca_core import periods
from openfisca_core.parameters import ParameterNode

from openfisca_samenloop.geldigheid import GeldigheidsBewaking, VerouderdeParameterWaarschuwing


def boom():
    return ParameterNode("", data={
        "regeling": {
            "norm": {
                "metadata": {"last_value_still_valid_on": "2026-06-30"},
                "values": {"2026-01-01": {"value": 100}},
            },
            "grens": {
                "metadata": {"last_value_still_valid_on": "2026-12-31"},
                "values": {"2026-01-01": {"value": 5}},
            },
        }
    })


def test_waarschuwt_eenmaal_met_naam():
    bewaking = GeldigheidsBewaking(boom())
    with warnings.catch_warnings(record=True) as gevangen:
        warnings.simplefilter("always")
        bewaking.controleer(periods.instant("2026-06-01"))
        assert gevangen == []
        bewaking.controleer(periods.instant("2026-07-01"))
        bewaking.controleer(periods.period("2026-08"))
    meldingen = [w for w in gevangen if issubclass(w.category, VerouderdeParameterWaarschuwing)]
    assert len(meldingen) == 1
    assert "'regeling.norm'" in str(meldingen[0].message) and "2026-06-30" in str(meldingen[0].message)


def test_verlopen_op():
    bewaking = GeldigheidsBewaking(boom())
    assert bewaking.verlopen_op(periods.instant("2026-12-01")) == ["regeling.norm"]
    assert bewaking.verlopen_op(periods.instant("2026-01-01")) == []
