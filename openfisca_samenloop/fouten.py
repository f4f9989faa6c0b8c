"""The one error type users see: bad input, told in one line that names the field and the problem."""


class InvoerFout(ValueError):
    """Bad input (situation, period, reform, option). `str()` is the one line the CLI prints."""

    def __init__(self, veld: str, probleem: str):
        self.veld = veld
        self.probleem = probleem
        super().__init__(f"{veld}: {probleem}" if veld else probleem)
