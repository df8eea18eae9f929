"""Cached (incremental) builds report what a full build reports: a page the manifest
skips keeps its findings, the date-dependent rules are run again against `--today`, and
`check` uses the `--existing` policy the build used (the config's, else the manifest's)."""

from __future__ import annotations

import io
import json
import re
import shutil
from pathlib import Path

import pytest

from pipeline.cli import main

from .conftest import INPUT, ROOT

STALE_FAQ = ROOT / "tests" / "fixtures" / "existing" / "yoast-graph-stale-faq.html"


def run(*argv: str, config: Path = ROOT / "pipeline.toml") -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main([*argv, "--config", str(config)], out, err)
    return code, out.getvalue() + err.getvalue()


def finding_lines(text: str) -> list[str]:
    return sorted(line.strip() for line in text.splitlines() if line.startswith("    "))


def test_a_no_op_build_reports_the_warnings_of_the_full_build(tmp_path):
    """The issue: a no-op build printed 0 warnings."""
    full = run("build", str(INPUT), "--out", str(tmp_path), "--today", "2026-11-26")[1]
    code, again = run("build", str(INPUT), "--out", str(tmp_path), "--today", "2026-11-26")
    assert code == 0 and "0 written, 3 unchanged" in again
    for out in (full, again):
        assert out.rstrip().endswith("0 errors, 1 warning")
    assert finding_lines(again) == finding_lines(full)
    seed = tmp_path / "blog" / "ketamine-for-chronic-pain.html"
    assert f"WARN   {seed}  unchanged since the last build" in again


def test_a_no_op_build_after_a_today_change_reports_review_stale_as_check_does(tmp_path):
    """The issue: `build --today 2028-01-01` on a cached output showed no REVIEW_STALE
    while check showed 4 warnings."""
    run("build", str(INPUT), "--out", str(tmp_path), "--today", "2026-11-26")
    later = ("--out", str(tmp_path), "--today", "2028-01-01")
    code, first = run("build", str(INPUT), *later)
    code2, second = run("build", str(INPUT), *later)  # now skipped: from the manifest
    _, checked = run("check", str(INPUT), *later)
    assert code == code2 == 0
    for out in (first, second, checked):
        assert out.count("REVIEW_STALE") == 3 and "4 warnings" in out
    assert "0 written, 3 unchanged" in second
    # the same lines, paths and messages as check's, the day included
    assert finding_lines(second) == finding_lines(checked)
    assert re.search(r"REVIEW_STALE \$\['@graph'\]\[0\]\.lastReviewed line \d+: the page was "
                     r"last reviewed 2026-06, which is more than 12 months before 2028-01-01",
                     second)
    manifest = json.loads((tmp_path / ".healthld-manifest.json").read_text())
    entry = manifest["pages"]["blog/ketamine-for-chronic-pain.html"]
    assert entry["dated"]["@graph"][0]["lastReviewed"] == "2026-06"
    # back to the earlier day: the stale reviews are gone again
    code, back = run("build", str(INPUT), "--out", str(tmp_path), "--today", "2026-11-26")
    assert "REVIEW_STALE" not in back and "1 warning" in back


def test_a_review_date_gone_into_the_future_fails_a_cached_build(tmp_path):
    run("build", str(INPUT), "--out", str(tmp_path), "--today", "2026-11-26")
    code, out = run("build", str(INPUT), "--out", str(tmp_path), "--today", "2026-01-01")
    assert code == 1 and out.count("REVIEW_IN_FUTURE") == 3


def test_a_skipped_pages_findings_reach_the_reports(tmp_path):
    run("build", str(INPUT), "--out", str(tmp_path / "out"), "--today", "2028-01-01")
    report = tmp_path / "r.json"
    run("build", str(INPUT), "--out", str(tmp_path / "out"), "--today", "2028-01-01",
        "--report", str(report))
    pages = json.loads(report.read_text())["pages"]
    assert {p["state"] for p in pages} == {"skipped"}
    assert sum(f["code"] == "REVIEW_STALE" for p in pages for f in p["findings"]) == 3


def test_a_damaged_recorded_finding_list_rebuilds_the_page(tmp_path):
    run("build", str(INPUT), "--out", str(tmp_path), "--today", "2026-11-26")
    path = tmp_path / ".healthld-manifest.json"
    manifest = json.loads(path.read_text())
    manifest["pages"]["blog/ketamine-for-chronic-pain.html"]["findings"] = "garbage"
    path.write_text(json.dumps(manifest))
    code, out = run("build", str(INPUT), "--out", str(tmp_path), "--today", "2026-11-26")
    assert code == 0 and "SOURCES_EMPTY" in out and "0 written, 3 unchanged" in out
    assert "MedicalWebPage+FAQPage · 3 questions" in out  # built, not taken from the entry


def test_check_uses_the_existing_policy_the_build_used(tmp_path):
    """The issue: check did not know the output was built with --existing replace and
    failed with FAQ_STALE_MARKUP."""
    out_dir = tmp_path / "out"
    code, out = run("build", str(STALE_FAQ), "--out", str(out_dir), "--existing", "replace")
    assert code == 0, out
    code, out = run("check", str(STALE_FAQ), "--out", str(out_dir))
    assert code == 0 and "FAQ_STALE_MARKUP" not in out, out
    code, out = run("check", str(STALE_FAQ), "--out", str(out_dir), "--existing", "keep")
    assert code == 1 and "FAQ_STALE_MARKUP" in out


@pytest.mark.parametrize("command", ["build", "check"])
def test_the_existing_policy_can_live_in_the_config(tmp_path, command):
    config = tmp_path / "pipeline.toml"
    config.write_text((ROOT / "pipeline.toml").read_text(encoding="utf-8")
                      + '\n[build]\nexisting = "replace"\n', encoding="utf-8")
    site = tmp_path / "pages"
    site.mkdir()
    shutil.copy(STALE_FAQ, site / STALE_FAQ.name)
    if command == "check":  # built with the flag, the manifest gone: the config says it
        assert run("build", str(site), "--out", str(tmp_path / "out"), "--existing", "replace",
                   config=config)[0] == 0
        (tmp_path / "out" / ".healthld-manifest.json").unlink()
    code, out = run(command, str(site), "--out", str(tmp_path / "out"), config=config)
    assert code == 0 and "FAQ_STALE_MARKUP" not in out, out
