"""Check mode: `healthld check` and `make check` compare a build in memory with the output
folder and write nothing; exit 0 when up to date, 1 when an output would change or a page
fails, 2 for usage errors."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.cli import main

from .conftest import INPUT, ROOT
from .helpers import page

SEED_REL = "blog/ketamine-for-chronic-pain.html"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main([*argv, "--config", str(ROOT / "pipeline.toml"), "--today", "2026-11-26"], out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def site(tmp_path):
    """A copy of the sample export, built into tmp/output."""
    src, out = tmp_path / "input", tmp_path / "output"
    shutil.copytree(INPUT, src)
    assert run("build", str(src), "--out", str(out))[0] == 0
    return src, out


def snapshot(folder):
    return {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.rglob("*")) if p.is_file()}


def test_check_passes_on_a_fresh_build_and_writes_nothing(site):
    src, out = site
    before = snapshot(out)
    code, text, _ = run("check", str(src), "--out", str(out))
    assert code == 0, text
    assert "3 pages: 0 would change, 0 missing, 3 up to date, 0 failed" in text
    assert text.rstrip().endswith("check passed")
    assert snapshot(out) == before


def test_check_fails_when_an_input_page_changed_and_names_it(site):
    src, out = site
    page_file = src / SEED_REL
    page_file.write_text(page_file.read_text(encoding="utf-8").replace(
        "Ketamine", "Esketamine", 1), encoding="utf-8")
    before = snapshot(out)
    code, text, _ = run("check", str(src), "--out", str(out))
    assert code == 1
    line = next(ln for ln in text.splitlines() if ln.startswith("WOULD CHANGE"))
    assert line.endswith(str(out / SEED_REL))
    assert "OUTPUT_STALE" in text and "check failed: 1 of 3 pages" in text
    assert snapshot(out) == before


def test_check_reports_missing_outputs(site):
    src, out = site
    (out / SEED_REL).unlink()
    code, text, _ = run("check", str(src), "--out", str(out))
    assert code == 1
    assert f"MISSING      {out / SEED_REL}" in text and "OUTPUT_MISSING" in text
    assert not (out / SEED_REL).exists()


def test_diff_shows_the_jsonld_that_would_change(site):
    src, out = site
    page_file = src / SEED_REL
    html = page_file.read_text(encoding="utf-8")
    assert "last reviewed June 2026" in html
    page_file.write_text(html.replace("last reviewed June 2026", "last reviewed July 2026"),
                         encoding="utf-8")
    code, text, _ = run("check", str(src), "--out", str(out), "--diff")
    assert code == 1
    assert f"--- {out / SEED_REL} (JSON-LD in the output)" in text
    assert '-      "lastReviewed": "2026-06",' in text
    assert '+      "lastReviewed": "2026-07",' in text
    # only the changed page is diffed
    assert text.count("+++ ") == 1


def test_diff_says_when_only_bytes_outside_the_jsonld_changed(site):
    src, out = site
    page_file = src / SEED_REL
    page_file.write_bytes(page_file.read_bytes() + b"<!-- footer note -->\n")
    code, text, _ = run("check", str(src), "--out", str(out), "--diff")
    assert code == 1
    assert "(the JSON-LD is the same; other bytes of the page differ)" in text


def test_fail_on_warning_turns_warnings_into_a_failure(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "unreviewed.html").write_bytes(page(
        "<main><h1>Ketamine aftercare</h1><p>Rest for the day.</p></main>"))
    assert run("build", str(src), "--out", str(out))[0] == 0
    code, text, _ = run("check", str(src), "--out", str(out))
    assert code == 0 and "REVIEW_MISSING" in text and text.startswith("WARN")
    code, text, _ = run("check", str(src), "--out", str(out), "--fail-on", "warning")
    assert code == 1 and "check failed: 1 of 1 page (--fail-on warning)" in text


def test_an_error_finding_fails_the_check(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "future.html").write_bytes(page(
        "<main><h1>T</h1><p>Medically reviewed by Ann Lee, MD — last reviewed March 2031.</p></main>"))
    code, text, _ = run("check", str(src), "--out", str(tmp_path / "out"))
    assert code == 1 and "REVIEW_IN_FUTURE" in text and text.startswith("ERROR")


def test_check_usage_errors_exit_2(tmp_path):
    assert run("check", str(tmp_path / "missing"))[0] == 2
    assert run("check", str(INPUT), "--fail-on", "info")[0] == 2
    assert run("check", str(INPUT), "--report", str(tmp_path / "r.txt"))[0] == 2


def make(target, src, out) -> subprocess.CompletedProcess:
    # `-o install` and BIN: use the suite's own environment, never reinstall it from a test.
    return subprocess.run(["make", "-s", "-o", "install", target, f"INPUT={src}", f"OUTPUT={out}",
                           f"BIN={Path(sys.executable).parent}"],
                          cwd=ROOT, capture_output=True, text=True, check=False)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("make") is None, reason="needs make (apt-get install make)")
def test_make_check_exits_0_after_make_build_and_1_after_an_input_page_changes(tmp_path):
    src, out = tmp_path / "input", tmp_path / "output"
    shutil.copytree(INPUT, src)
    build = make("build", src, out)
    assert build.returncode == 0, build.stdout + build.stderr
    first = make("check", src, out)
    assert first.returncode == 0, first.stdout + first.stderr
    page_file = src / SEED_REL
    page_file.write_text(page_file.read_text(encoding="utf-8").replace(
        "Frequently asked questions", "Frequently asked questions about ketamine", 1),
        encoding="utf-8")
    second = make("check", src, out)
    assert second.returncode != 0
    assert "WOULD CHANGE" in second.stdout


def test_check_compares_with_the_existing_policy_the_output_was_built_with(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    block = ('{"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": [{"@type": '
             '"Question", "name": "Does it hurt?", "acceptedAnswer": {"@type": "Answer", '
             '"text": "No, not really."}}]}')
    (src / "other-tool.html").write_bytes(page(
        "<main><h1>T</h1><p>Medically reviewed by Rainier Guiang, MD — last reviewed October 2, "
        "2026</p><h2>FAQ</h2><h3>Does it hurt?</h3><p>No, not really.</p></main>",
        head=f'<title>T</title><script type="application/ld+json">{block}</script>'))
    assert run("build", str(src), "--out", str(out), "--existing", "replace")[0] == 0
    code, text, _ = run("check", str(src), "--out", str(out), "--existing", "keep")
    assert code == 1 and "WOULD CHANGE" in text
    code, text, _ = run("check", str(src), "--out", str(out), "--existing", "replace")
    assert code == 0, text
    code, text, _ = run("check", str(src), "--out", str(out))  # the manifest's policy
    assert code == 0, text


def test_check_in_place_compares_each_page_built_in_place_with_itself(tmp_path):
    site = tmp_path / "site"
    shutil.copytree(INPUT, site)
    assert run("build", str(site), "--in-place")[0] == 0
    code, text, _ = run("check", str(site), "--in-place")
    assert code == 0, text
    page_file = site / SEED_REL
    page_file.write_text(page_file.read_text(encoding="utf-8").replace(
        "last reviewed June 2026", "last reviewed July 2026"), encoding="utf-8")
    before = page_file.read_bytes()
    code, text, _ = run("check", str(site), "--in-place", "--diff")
    assert code == 1 and f"WOULD CHANGE {page_file}" in text
    assert '+      "lastReviewed": "2026-07",' in text
    assert page_file.read_bytes() == before
    assert run("check", str(site), "--in-place", "--out", str(tmp_path / "o"))[0] == 2


@pytest.mark.slow
def test_check_in_worker_processes_prints_the_same_as_in_one(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    for i in range(24):  # more than a chunk per worker, so the pool really starts
        target = src / f"p{i:02d}.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(INPUT / SEED_REL, target)
    assert run("build", str(src), "--out", str(out), "--jobs", "1")[0] == 0
    (src / "p05.html").write_text((src / "p05.html").read_text(encoding="utf-8").replace(
        "last reviewed June 2026", "last reviewed July 2026"), encoding="utf-8")
    one = run("check", str(src), "--out", str(out), "--jobs", "1", "--diff")
    two = run("check", str(src), "--out", str(out), "--jobs", "2", "--diff")
    assert one == two
    assert one[0] == 1 and "24 pages: 1 would change, 0 missing, 23 up to date" in one[1]
    assert run("check", str(src), "--out", str(out), "--jobs", "0")[0] == 2
