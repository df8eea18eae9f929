"""The installed package finds its schemas and vocabulary also from a wheel, not only a checkout."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
import zipfile

import pytest

from pipeline.terms import builtin_terms

from .conftest import ROOT

pytestmark = pytest.mark.slow  # subprocesses or a real browser: `make test-fast` skips them


def test_wheel_ships_schemas_and_loads_them_outside_the_checkout(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(tmp_path / "dist"), str(ROOT)],
        check=True, capture_output=True,
    )
    wheel = next((tmp_path / "dist").glob("*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    schemas = sorted(p.name for p in (ROOT / "schemas").glob("*.schema.json"))
    assert sorted(n.rsplit("/", 1)[1] for n in names if n.startswith("pipeline/schemas/")
                  and n.endswith(".schema.json")) == schemas
    assert "pipeline/data/schemaorg-vocabulary.json" in names
    assert "pipeline/data/medical-terms.json" in names
    assert {"pipeline/reports/html.py", "pipeline/reports/sarif.py"} <= set(names)
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    probe = ("from pipeline.schema_store import registry, validator; "
             "from pipeline.vocabulary import members; "
             "from pipeline.terms import builtin_terms; "
             "from pipeline.reports import FORMATS; import pipeline.cli; "
             f"import pipeline; assert str(pipeline.__file__).startswith({str(target)!r}); "
             "validator('graph'); print(len(members('MedicalSpecialty')), len(builtin_terms()))")
    env = {**os.environ, "PYTHONPATH": str(target)}
    out = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, env=env,
                         capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["42", str(len(builtin_terms()))]


def test_sdist_and_wheel_build_and_pass_twine_check(tmp_path):
    """What `make dist` does (PyPA's `build`, then `twine check --strict`), without build
    isolation so the suite needs no network: the metadata PyPI would show is valid, the
    licence travels with both archives, and the sdist holds what a rebuild needs."""
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(dist),
                    str(ROOT)], check=True, capture_output=True)
    archives = sorted(p.name for p in dist.iterdir())
    assert archives == ["healthld-0.1.0-py3-none-any.whl", "healthld-0.1.0.tar.gz"]
    check = subprocess.run([sys.executable, "-m", "twine", "check", "--strict",
                            *map(str, sorted(dist.iterdir()))], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout.count("PASSED") == 2
    with tarfile.open(dist / "healthld-0.1.0.tar.gz") as sdist:
        names = {n.split("/", 1)[1] for n in sdist.getnames() if "/" in n}
    assert {"LICENSE", "README.md", "pyproject.toml", "schemas/config.schema.json",
            "pipeline/data/medical-terms.json"} <= names
    wheel = zipfile.ZipFile(dist / "healthld-0.1.0-py3-none-any.whl")
    meta = wheel.read("healthld-0.1.0.dist-info/METADATA").decode()
    assert "License-Expression: MIT" in meta
    assert "healthld-0.1.0.dist-info/licenses/LICENSE" in wheel.namelist()


def test_licence_is_the_mit_text_pyproject_names():
    text = (ROOT / "LICENSE").read_text()
    assert text.startswith("MIT License") and "healthld contributors" in text
    assert 'license = "MIT"' in (ROOT / "pyproject.toml").read_text()


def test_constraints_pin_every_dependency_exactly():
    """CI installs with `-c constraints.txt` (Makefile): each runtime and test dependency
    named in pyproject.toml has exactly one `==` pin there."""
    pins = {}
    for line in (ROOT / "constraints.txt").read_text().splitlines():
        if line and not line.startswith("#"):
            name, _, version = line.partition("==")
            assert version, f"not an exact pin: {line}"
            pins[name.lower().replace("_", "-")] = version
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = project["dependencies"] + project["optional-dependencies"]["test"]
    names = {re.split(r"[<>=\[ ]", spec, maxsplit=1)[0].lower() for spec in wanted}
    assert names - pins.keys() == set()
    assert "-c $(CONSTRAINTS)" in (ROOT / "Makefile").read_text()


def test_make_rebuilds_a_venv_made_by_a_too_old_python(tmp_path):
    """A .venv whose python is older than 3.11 is removed when make reads the Makefile,
    and `install` makes a new one (dry run: nothing is installed)."""
    for name in ("Makefile", "pyproject.toml", "constraints.txt"):
        shutil.copy(ROOT / name, tmp_path / name)
    fake = tmp_path / ".venv" / "bin" / "python"
    fake.parent.mkdir(parents=True)
    fake.write_text("#!/bin/sh\necho False\n")  # what Python 3.10 answers to the probe
    fake.chmod(0o755)
    (tmp_path / ".venv" / ".installed-stamp").touch()
    run = subprocess.run(["make", "-n", "install"], cwd=tmp_path, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert ".venv was made by a Python older than 3.11, or is broken" in run.stdout
    assert not (tmp_path / ".venv").exists()
    assert "python3 -m venv .venv" in run.stdout
    # a good .venv is kept: the stamp is newer than its inputs, nothing to do
    fake.parent.mkdir(parents=True)
    fake.write_text("#!/bin/sh\necho True\n")
    fake.chmod(0o755)
    (tmp_path / ".venv" / ".installed-stamp").touch()
    run = subprocess.run(["make", "-n", "install"], cwd=tmp_path, capture_output=True, text=True)
    assert "older than" not in run.stdout and "-m venv" not in run.stdout


def test_make_validate_and_clean_honour_output():
    """The issue: `make validate` and `make clean` looked in output/ whatever OUTPUT= said."""
    for target, wanted in (("validate", "find elsewhere -name"),
                           ("clean", "find elsewhere -mindepth")):
        run = subprocess.run(["make", "-n", target, "OUTPUT=elsewhere"], cwd=ROOT,
                             capture_output=True, text=True)
        assert wanted in run.stdout and "find output" not in run.stdout, run.stdout
