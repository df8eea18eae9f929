"""The installed package finds its schemas and vocabulary also from a wheel, not only a checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile

from pipeline.terms import builtin_terms

from .conftest import ROOT


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
             "import pipeline; assert str(pipeline.__file__).startswith(%r); "
             "validator('graph'); print(len(members('MedicalSpecialty')), len(builtin_terms()))"
             % str(target))
    env = {**os.environ, "PYTHONPATH": str(target)}
    out = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, env=env,
                         capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["42", str(len(builtin_terms()))]
