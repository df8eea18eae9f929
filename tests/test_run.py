"""A run as a library call (pipeline/run.py): the same findings as the command line, the
output folder's lock, one outcome per page."""

from __future__ import annotations

import io
import shutil
from collections import Counter

import pytest

import pipeline
from pipeline.batch import OutputLockedError, lock_output
from pipeline.cli import main
from pipeline.outcome import PRUNED, SKIPPED, WRITTEN
from pipeline.run import Watcher

from .conftest import INPUT, ROOT, TODAY

DUPLICATES = ROOT / "tests" / "fixtures" / "governance" / "faq-duplicate-site"


def _cli_findings(*argv: str) -> tuple[int, Counter[tuple[str, str, str]]]:
    """The exit code and every finding line `healthld` prints, as (severity, code, rest)."""
    out = io.StringIO()
    code = main([*argv, "--config", str(ROOT / "pipeline.toml"), "--today", TODAY.isoformat(),
                 "--verbose"], out, io.StringIO())
    lines = [line.split(None, 2) for line in out.getvalue().splitlines()
             if line.startswith("    ")]
    return code, Counter((sev, code_, rest) for sev, code_, rest in lines)


def _run_findings(run: pipeline.Run) -> Counter[tuple[str, str, str]]:
    found = Counter()
    for outcome in run.pages:
        for f in outcome.result.findings:
            line = f" line {f.line}" if f.line else ""
            found[(f.severity, f.code, f"{f.path}{line}: {f.message}")] += 1
    return found


def test_the_library_and_the_cli_give_the_same_findings_with_the_site_wide_pass(tmp_path, config):
    """The issue: `build_pages` on this fixture gave no duplicate where the CLI gave two."""
    site = tmp_path / "site"
    shutil.copytree(DUPLICATES, site)
    run = pipeline.run_build([site], pipeline.Settings(config, TODAY, out=tmp_path / "lib"))
    code, printed = _cli_findings("build", str(site), "--out", str(tmp_path / "cli"))
    library = _run_findings(run)
    assert sum(n for (_, c, _), n in library.items() if c == "FAQ_DUPLICATE_SITE") == 2
    assert len(run.site) == 2
    assert library == printed
    assert code == (0 if run.passed else 1)
    code, printed = _cli_findings("check", str(site), "--out", str(tmp_path / "cli"))
    check = pipeline.run_check([site], pipeline.Settings(config, TODAY, out=tmp_path / "cli"))
    assert _run_findings(check) == printed and len(check.site) == 2


def test_a_library_build_takes_the_output_folders_lock(tmp_path, config):
    out = tmp_path / "out"
    with lock_output(out), pytest.raises(OutputLockedError):
        pipeline.run_build([INPUT], pipeline.Settings(config, TODAY, out=out))
    assert not list(out.rglob("*.html"))


def test_one_outcome_per_page_written_skipped_then_pruned(tmp_path, config):
    site = tmp_path / "site"
    shutil.copytree(INPUT, site)
    settings = pipeline.Settings(config, TODAY, out=tmp_path / "out", prune=True)
    first = pipeline.run_build([site], settings)
    assert {o.state for o in first.pages} == {WRITTEN} and first.summary.written == 3
    gone = next(site.rglob("*.html"))
    gone.unlink()
    second = pipeline.run_build([site], settings)
    assert [o.state for o in second.pages] == [SKIPPED, SKIPPED]
    assert [o.state for o in second.others] == [PRUNED] and second.summary.pruned == 1
    assert second.summary.unchanged == 2 and second.passed


def test_without_details_the_kept_results_are_slim_and_the_site_pass_still_works(tmp_path,
                                                                                   config):
    src = tmp_path / "in"
    src.mkdir()
    page = (INPUT / "blog" / "ketamine-for-chronic-pain.html").read_bytes()
    (src / "a.html").write_bytes(page)
    (src / "b.html").write_bytes(page.replace(b"ketamine-for-chronic-pain/", b"copy/"))
    seen = []

    class Watch(Watcher):
        def page(self, outcome):
            seen.append(outcome.result)

    slim = pipeline.run_build([src], pipeline.Settings(config, TODAY, out=tmp_path / "a",
                                                       keep_details=False), Watch())
    for kept, result in zip((o.result for o in slim.pages), seen, strict=True):
        assert kept.extraction is None and result.extraction is not None
        assert len(kept.graph["@graph"]) == len(result.graph["@graph"])
        assert [n for n in kept.graph["@graph"] if n] == [
            n for n in result.graph["@graph"] if n["@type"] == "Question"]
    assert {f.code for _, f in slim.site} == {"FAQ_DUPLICATE_SITE"}


def test_a_library_check_compares_with_the_policy_the_output_was_built_with(tmp_path, config):
    """As `healthld check` does: no --existing given, none in the config, so the policy the
    output folder's manifest records (replace here) is the one compared with."""
    out = tmp_path / "out"
    pipeline.run_build([INPUT], pipeline.Settings(config, TODAY, out=out, existing="replace"))
    settings = pipeline.Settings(config, TODAY, out=out)
    assert settings.checked_policy() == "replace"
    assert pipeline.Settings(config, TODAY, out=tmp_path / "none").checked_policy() == "keep"
    code, _ = _cli_findings("check", str(INPUT), "--out", str(out))
    assert pipeline.run_check([INPUT], settings).passed and code == 0
