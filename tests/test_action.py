"""The GitHub Action (action.yml) and the example workflow that uses it.

The runner is not here, so the test plays its part for a composite action: it reads
action.yml as GitHub does, substitutes `${{ inputs.* }}`, `${{ github.action_path }}` and
`${{ steps.*.outputs.* }}`, evaluates each step's `if:`, and runs every `run:` step with
`bash --noprofile --norc -eo pipefail` (GitHub's `shell: bash`), in a temporary git
repository holding a small site. `uses:` steps (setup-python, upload-sarif) are recorded
with their resolved `with:` instead of run. The install step really installs healthld
from the action's checkout, into a throw-away venv.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path
from typing import Any

import pytest
import yaml

from .conftest import INPUT, ROOT

pytestmark = pytest.mark.slow  # subprocesses or a real browser: `make test-fast` skips them

ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
CONTEXT = re.compile(r"(?:inputs|github|steps)\.[A-Za-z0-9_.-]+")


def _lookup(ref: str, inputs: dict[str, str], outputs: dict[str, dict[str, str]]) -> str:
    kind, _, rest = ref.partition(".")
    if kind == "inputs":
        return inputs[rest]
    if kind == "github":
        assert rest == "action_path", ref
        return str(ROOT)
    step, _, name = rest.partition(".outputs.")
    return outputs.get(step, {}).get(name, "")


def _substitute(text: str, inputs: dict[str, str], outputs: dict[str, dict[str, str]]) -> str:
    return re.sub(r"\$\{\{\s*(.+?)\s*\}\}",
                  lambda m: _lookup(m.group(1), inputs, outputs), text)


def _condition(expr: str | None, failed: bool, inputs: dict[str, str],
               outputs: dict[str, dict[str, str]], cwd: Path) -> bool:
    """GitHub's `if:` for the forms action.yml uses: context references, string literals,
    ==, !=, &&, always(), hashFiles(). Without always(), a step after a failure is skipped."""
    expr = expr or "success()"
    python = CONTEXT.sub(lambda m: repr(_lookup(m.group(0), inputs, outputs)), expr)
    python = python.replace("&&", " and ").replace("||", " or ")
    allowed = {"always": lambda: True, "success": lambda: not failed,
               "hashFiles": lambda path: "h" if (cwd / path).is_file() else ""}
    value = eval(python, {"__builtins__": {}}, allowed)
    return bool(value) and ("always()" in expr or not failed)


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A venv that sees the suite's packages (a .pth file) but installs into its own
    folder, so the action's `pip install` cannot touch the suite's editable install."""
    root = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(root)], check=True)
    site = next(root.glob("lib/python*/site-packages"))
    (site / "suite.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return root


def _site(tmp_path: Path) -> Path:
    repo = tmp_path / "site"
    shutil.copytree(INPUT, repo / "input")
    shutil.copy(ROOT / "pipeline.toml", repo / "pipeline.toml")
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    return repo


def run_action(repo: Path, venv: Path, given: dict[str, str]) -> dict[str, Any]:
    """Run action.yml's steps in `repo` with the inputs `given` (the rest take their
    defaults). Returns the steps' outcomes, the `uses:` steps met and the outputs."""
    spec = ACTION["inputs"]
    assert set(given) <= set(spec), set(given) - set(spec)
    inputs = {name: given.get(name, str(entry.get("default", ""))) for name, entry in spec.items()}
    outputs: dict[str, dict[str, str]] = {}
    env = {**os.environ, "PATH": f"{venv / 'bin'}{os.pathsep}{os.environ['PATH']}",
           "VIRTUAL_ENV": str(venv), "GITHUB_ACTIONS": "true",
           # pip builds healthld from the action's folder with the suite's setuptools
           # instead of fetching one into an isolated build environment.
           "PIP_NO_BUILD_ISOLATION": "0"}
    env.pop("PYTHONPATH", None)
    failed, ran, used = False, [], []
    for step in ACTION["runs"]["steps"]:
        if not _condition(step.get("if"), failed, inputs, outputs, repo):
            continue
        if "uses" in step:
            used.append((step["uses"], {k: _substitute(str(v), inputs, outputs)
                                        for k, v in step.get("with", {}).items()}))
            continue
        assert step["shell"] == "bash"
        output_file = repo.parent / "github_output"
        output_file.write_text("")
        step_env = {**env, "GITHUB_OUTPUT": str(output_file),
                    **{k: _substitute(str(v), inputs, outputs)
                       for k, v in step.get("env", {}).items()}}
        proc = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c",
                               _substitute(step["run"], inputs, outputs)],
                              cwd=repo, env=step_env, capture_output=True, text=True)
        ran.append((step["name"], proc.returncode, proc.stdout + proc.stderr))
        if "id" in step:
            outputs[step["id"]] = dict(line.split("=", 1)
                                       for line in output_file.read_text().splitlines())
        failed = failed or proc.returncode != 0
    action_outputs = {name: _substitute(str(o["value"]), inputs, outputs)
                      for name, o in ACTION["outputs"].items()}
    return {"ran": ran, "used": used, "outputs": action_outputs, "failed": failed}


def test_the_action_checks_a_built_site_and_writes_both_reports(tmp_path, venv):
    repo = _site(tmp_path)
    build = subprocess.run([sys.executable, "-m", "pipeline", "build", "input", "--out", "output",
                            "--today", "2026-11-26"], cwd=repo, capture_output=True, text=True)
    assert build.returncode == 0, build.stdout + build.stderr
    result = run_action(repo, venv, {"args": "--today 2026-11-26"})
    names = [(name, code) for name, code, _ in result["ran"]]
    assert names == [("Install healthld from the action's ref", 0),
                     ("Check the structured data", 0)], result["ran"]
    assert not result["failed"]
    # healthld came from the action's checkout, into the throw-away venv
    assert list(venv.glob("lib/python*/site-packages/healthld-0.1.0.dist-info"))
    assert (venv / "bin" / "healthld").exists()
    check_log = result["ran"][1][2]
    assert "check passed" in check_log and "::warning file=input/blog/" in check_log
    assert result["outputs"] == {"exit-code": "0", "sarif-file": "healthld.sarif",
                                 "html-report": "healthld.html"}
    sarif = json.loads((repo / "healthld.sarif").read_text())
    assert sarif["version"] == "2.1.0"
    assert (repo / "healthld.html").read_text().lstrip().lower().startswith("<!doctype html")
    assert result["used"] == [
        ("actions/setup-python@v5", {"python-version": "3.11"}),
        ("github/codeql-action/upload-sarif@v3",
         {"sarif_file": "healthld.sarif", "category": "healthld"})]


def test_a_failing_check_still_uploads_the_sarif_then_fails_the_job(tmp_path, venv):
    repo = _site(tmp_path)  # never built: every output is missing
    result = run_action(repo, venv, {"args": "--today 2026-11-26", "sarif-file": "out/h.sarif",
                                     "html-report": "", "python-version": ""})
    codes = {name: code for name, code, _ in result["ran"]}
    assert codes["Check the structured data"] == 0  # the code is kept for the last step
    assert codes["Fail when the check failed"] == 1
    assert "healthld check failed (exit code 1)" in result["ran"][-1][2]
    assert result["outputs"]["exit-code"] == "1"
    assert (repo / "out" / "h.sarif").is_file() and not (repo / "healthld.html").exists()
    assert result["used"] == [("github/codeql-action/upload-sarif@v3",
                               {"sarif_file": "out/h.sarif", "category": "healthld"})]


def test_sarif_upload_can_be_turned_off(tmp_path, venv):
    repo = _site(tmp_path)
    result = run_action(repo, venv, {"sarif": "false", "python-version": "",
                                     "args": "--today 2026-11-26"})
    assert result["used"] == []
    assert (repo / "healthld.sarif").is_file()  # written all the same, for the artifact


def test_the_example_workflow_uses_this_action_with_its_inputs():
    workflow = yaml.safe_load((ROOT / "examples" / "github-actions.yml").read_text())
    steps = workflow["jobs"]["check"]["steps"]
    ours = [s for s in steps if s.get("uses", "").endswith("/healthld@v0.1.0")]
    assert len(ours) == 1
    assert set(ours[0].get("with", {})) <= set(ACTION["inputs"])
    assert workflow["permissions"]["security-events"] == "write"
