"""Bundled reforms: one module per structural reform (a `Reform` subclass), or a YAML parametric reform file.

Importable as `openfisca_samenloop.reforms.<module>.<Class>`; usable by name from the CLI
(`--hervorming <module>`) and in YAML tests (`reforms: openfisca_samenloop.reforms.<module>.<Class>`).
"""
