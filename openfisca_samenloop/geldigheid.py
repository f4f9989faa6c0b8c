"""Which parameters are past their `last_value_still_valid_on` for a date, warned once per parameter.

Every parameter file states `metadata.last_value_still_valid_on`: the last date on which its newest value
was confirmed to be in force. A computation for a later date still uses the newest value (that is how
OpenFisca works), but the user must know the figure is not confirmed for that date.
"""

import datetime
import warnings

from openfisca_core import periods
from openfisca_core.parameters import ParameterNode

# The months every rule of this package covers. Parameters start on 2024-01-01; computations outside
# this range are refused by the situation loader.
EERSTE_MAAND = "2024-01"
LAATSTE_MAAND = "2026-12"


class VerouderdeParameterWaarschuwing(UserWarning):
    """A parameter is used for a date after its last confirmed validity."""


def _as_date(value):
    if isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value))


def geldig_tot_per_parameter(node, prefix=""):
    """{parameter name: last_value_still_valid_on} for every node that states it (inherited downwards)."""
    result = {}

    def walk(item, inherited):
        metadata = getattr(item, "metadata", None) or {}
        valid_on = metadata.get("last_value_still_valid_on", inherited)
        if isinstance(item, ParameterNode):
            for child in item.children.values():
                walk(child, valid_on)
        elif valid_on is not None:
            result[item.name] = _as_date(valid_on)

    walk(node, None)
    return result


class GeldigheidsBewaking:
    """Warns once per parameter when it is used for an instant past its confirmed validity."""

    def __init__(self, parameters):
        self.geldig_tot = geldig_tot_per_parameter(parameters)
        self.gewaarschuwd = set()

    def verlopen_op(self, instant):
        """Names of the parameters not confirmed for `instant`, sorted."""
        instant = periods.instant(instant)
        datum = datetime.date(instant.year, instant.month, instant.day)
        return sorted(name for name, valid_on in self.geldig_tot.items() if datum > valid_on)

    def controleer(self, instant):
        instant = periods.instant(instant)
        for name in self.verlopen_op(instant):
            if name not in self.gewaarschuwd:
                self.gewaarschuwd.add(name)
                warnings.warn(
                    f"parameter '{name}' is only confirmed until {self.geldig_tot[name].isoformat()}; "
                    f"its last value is used for {instant}",
                    VerouderdeParameterWaarschuwing,
                    stacklevel=3,
                )
