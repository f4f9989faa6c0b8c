"""The notebooks in `notebooks/` run top to bottom, and are committed without outputs.

Each notebook is executed with nbclient in a fresh Jupyter kernel, with the notebook's own folder as working
directory; any cell that raises fails the test (nbclient's CellExecutionError names the cell and the error).

The kernel: the notebooks must run in *this* Python (the one running pytest, where the package is installed with
`pip install ".[test]"`, which brings nbclient, nbformat and ipykernel). A kernel spec named `python3` found on the
Jupyter path could point at another interpreter (e.g. a user-wide `~/.local/share/jupyter/kernels/python3`), so
the fixture writes its own `python3` kernel spec, whose command is `sys.executable -m ipykernel_launcher`, into a
temporary folder and puts that folder first on `JUPYTER_PATH` (the first place jupyter_client looks). No
`python -m ipykernel install` is needed, nothing outside the temporary folder is touched, and the test works in a
fresh venv as in a developer's environment.
"""

from __future__ import annotations

import json
import os
import pathlib
import sys

import pytest

nbformat = pytest.importorskip("nbformat", reason="install the test extras: pip install '.[test]'")
nbclient = pytest.importorskip("nbclient", reason="install the test extras: pip install '.[test]'")
pytest.importorskip("ipykernel", reason="install the test extras: pip install '.[test]'")

NOTEBOOK_MAP = pathlib.Path(__file__).resolve().parent.parent / "notebooks"
NOTEBOOKS = sorted(NOTEBOOK_MAP.glob("*.ipynb"))
KERNEL = "python3"
TIMEOUT = 300  # seconds per cell


@pytest.fixture(scope="module")
def kernel_van_deze_python(tmp_path_factory):
    """A `python3` kernel spec that runs this interpreter, first on the Jupyter path for this module's tests."""
    map_ = tmp_path_factory.mktemp("jupyter")
    spec = map_ / "kernels" / KERNEL
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Python 3 (openfisca-samenloop tests)",
        "language": "python",
        "metadata": {"debugger": False},
    }), encoding="utf-8")
    monkeypatch = pytest.MonkeyPatch()
    oud = [p for p in os.environ.get("JUPYTER_PATH", "").split(os.pathsep) if p]
    monkeypatch.setenv("JUPYTER_PATH", os.pathsep.join([str(map_)] + oud))
    from jupyter_client.kernelspec import KernelSpecManager

    gevonden = KernelSpecManager().get_kernel_spec(KERNEL)
    assert gevonden.argv[0] == sys.executable, f"kernel spec {KERNEL} does not run {sys.executable}: {gevonden.argv}"
    yield KERNEL
    monkeypatch.undo()


def test_er_zijn_minstens_drie_notebooks():
    assert len(NOTEBOOKS) >= 3, f"expected at least three notebooks in {NOTEBOOK_MAP}, found {[p.name for p in NOTEBOOKS]}"


@pytest.mark.parametrize("pad", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_is_opgeslagen_zonder_uitvoer(pad):
    nb = nbformat.read(pad, as_version=nbformat.NO_CONVERT)
    assert nb.nbformat == 4, f"{pad.name}: nbformat {nb.nbformat}, expected 4"
    nbformat.validate(nb)
    for nummer, cel in enumerate(nb.cells):
        if cel.cell_type != "code":
            continue
        assert cel.get("outputs") == [], f"{pad.name}, cell {nummer}: committed with outputs (clear them)"
        assert cel.get("execution_count") is None, f"{pad.name}, cell {nummer}: committed with an execution count"


@pytest.mark.parametrize("pad", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_draait_van_boven_naar_beneden(pad, kernel_van_deze_python):
    nb = nbformat.read(pad, as_version=4)
    client = nbclient.NotebookClient(
        nb, timeout=TIMEOUT, kernel_name=kernel_van_deze_python, resources={"metadata": {"path": str(pad.parent)}},
    )
    client.execute()  # raises CellExecutionError on the first cell that fails
    for nummer, cel in enumerate(nb.cells):
        for uitvoer in cel.get("outputs", []):
            assert uitvoer.get("output_type") != "error", f"{pad.name}, cell {nummer}: {uitvoer.get('ename')}: {uitvoer.get('evalue')}"
