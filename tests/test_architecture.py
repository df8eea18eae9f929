"""The package's shape (tools/archcheck.py): no import cycle in pipeline/ (imports inside
functions count, TYPE_CHECKING blocks do not), no module over 400 lines, at most three
functions over 60 lines."""

from __future__ import annotations

import subprocess
import sys

from .conftest import ROOT


def test_no_import_cycle_no_big_module_few_long_functions():
    report = subprocess.run([sys.executable, str(ROOT / "tools" / "archcheck.py"),
                             str(ROOT / "pipeline")], capture_output=True, text=True, check=True)
    lines = report.stdout.splitlines()
    assert [line for line in lines if line.startswith("cycle:")] == []
    assert [line for line in lines if line.startswith("big:")] == []
    assert len([line for line in lines if line.startswith("long:")]) <= 3, lines
