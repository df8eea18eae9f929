"""The pre-commit hook (.pre-commit-hooks.yaml), run the way pre-commit runs it: the
staged files that match `files` are appended to `entry` (and the user's `args`), in
one batch or several; the hook fails when any run exits non-zero."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from .conftest import INPUT, ROOT

pytestmark = pytest.mark.slow  # subprocesses or a real browser: `make test-fast` skips them

HOOKS = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
HOOK = next(h for h in HOOKS if h["id"] == "healthld-check")
ARGS = ["--today", "2026-11-26"]  # what a site would put under `args:` in its config


def _git(repo: Path, *argv: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *argv], check=True, capture_output=True,
                          text=True).stdout


@pytest.fixture
def repo(tmp_path) -> Path:
    """A site repository with its pages built and committed, as the hook expects."""
    shutil.copytree(INPUT, tmp_path / "input")
    shutil.copy(ROOT / "pipeline.toml", tmp_path / "pipeline.toml")
    (tmp_path / "README.html").write_text("<p>not a page of the site</p>")
    subprocess.run([sys.executable, "-m", "pipeline", "build", *ARGS], cwd=tmp_path,
                   check=True, capture_output=True)
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "add", "-A")
    return tmp_path


def run_hook(repo: Path, batches: int) -> list[subprocess.CompletedProcess[str]]:
    """The staged files `files` matches, split into `batches` runs of `entry`."""
    staged = _git(repo, "diff", "--cached", "--name-only").split()
    files = sorted(f for f in staged if re.search(HOOK["files"], f))
    assert HOOK["pass_filenames"] is True and files
    entry = [str(Path(sys.executable).parent / "healthld"), *shlex.split(HOOK["entry"])[1:]]
    size = -(-len(files) // batches)
    return [subprocess.run([*entry, *ARGS, *files[i:i + size]], cwd=repo, capture_output=True,
                           text=True) for i in range(0, len(files), size)]


@pytest.mark.parametrize("batches", [1, 3], ids=["together", "one by one"])
def test_the_hook_passes_on_a_built_site(repo, batches):
    runs = run_hook(repo, batches)
    assert len(runs) == batches
    for run in runs:
        assert run.returncode == 0, run.stdout + run.stderr
        assert "check passed" in run.stdout and "MISSING" not in run.stdout
    # README.html and the built pages under output/ are not the site's input pages
    assert all("README" not in run.stdout for run in runs)
    assert sum("up to date" in run.stdout for run in runs) == batches


@pytest.mark.parametrize("batches", [1, 3], ids=["together", "one by one"])
def test_the_hook_fails_when_a_changed_page_was_not_rebuilt(repo, batches):
    page = repo / "input" / "blog" / "spravato-treatment-sessions.html"
    page.write_text(page.read_text(encoding="utf-8").replace(
        "What a Treatment Session Looks Like", "A Treatment Session, Step by Step"),
        encoding="utf-8")
    _git(repo, "add", "-A")
    runs = run_hook(repo, batches)
    failing = [run for run in runs if run.returncode]
    assert len(failing) == 1
    assert "WOULD CHANGE output/blog/spravato-treatment-sessions.html" in failing[0].stdout
