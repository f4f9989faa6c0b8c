"""The README shows real commands with their real output, and stays true.

Every ```console block of README.md starts with `$ samenloop …`; the rest of the block is that command's
standard output. This test runs each command (in a temporary folder) and compares. After a change that moves
the numbers, regenerate the blocks with:

    python tests/test_readme.py --bijwerken
"""

import os
import re
import shlex
import subprocess
import sys

import pytest

README = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "README.md")
BLOK = re.compile(r"```console\n\$ (?P<opdracht>[^\n]+)\n(?P<uitvoer>.*?)```", re.DOTALL)


def blokken(tekst):
    return [(m.group("opdracht"), m.group("uitvoer")) for m in BLOK.finditer(tekst)]


def genormaliseerd(tekst):
    regels = [regel.rstrip() for regel in tekst.splitlines()]
    while regels and not regels[-1]:
        regels.pop()
    return "\n".join(regels)


def voer_uit(opdracht, map_):
    argumenten = shlex.split(opdracht)
    assert argumenten[0] == "samenloop"
    uitkomst = subprocess.run(
        [sys.executable, "-m", "openfisca_samenloop.cli", *argumenten[1:]],
        capture_output=True, text=True, cwd=map_, timeout=600,
    )
    assert uitkomst.returncode == 0, f"{opdracht}: {uitkomst.stderr}"
    return genormaliseerd(uitkomst.stdout)


def test_readme_heeft_voorbeelden():
    with open(README, encoding="utf-8") as handle:
        assert len(blokken(handle.read())) >= 5


@pytest.mark.parametrize("opdracht,uitvoer", blokken(open(README, encoding="utf-8").read()))
def test_readme_uitvoer_klopt(opdracht, uitvoer, tmp_path):
    assert voer_uit(opdracht, str(tmp_path)) == genormaliseerd(uitvoer), (
        f"README output of `{opdracht}` is out of date: run `python tests/test_readme.py --bijwerken`"
    )


def bijwerken():
    import tempfile

    with open(README, encoding="utf-8") as handle:
        tekst = handle.read()

    def vervang(match):
        with tempfile.TemporaryDirectory() as map_:
            uitvoer = voer_uit(match.group("opdracht"), map_)
        print(f"bijgewerkt: {match.group('opdracht')}", file=sys.stderr)
        return f"```console\n$ {match.group('opdracht')}\n{uitvoer}\n```"

    with open(README, "w", encoding="utf-8") as handle:
        handle.write(BLOK.sub(vervang, tekst))


if __name__ == "__main__":
    if sys.argv[1:] == ["--bijwerken"]:
        bijwerken()
    else:
        sys.exit("usage: python tests/test_readme.py --bijwerken")
