"""The page budget (`limits.page_seconds`), stopping while a page is slow, and a site-wide
pass that reads no page (issue 15).

A slow stage is monkeypatched in: the FAQ reader spins for the page named slow.html. In a
pool, the workers are forked from the test process and inherit the patch; in a `healthld`
subprocess the patch is made by the `python -c` that runs the CLI.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import pipeline.extract.faq as extract_stage
from pipeline.batch import BuildOptions, discover
from pipeline.config import ConfigError, SiteConfig
from pipeline.manifest import MANIFEST_NAME
from pipeline.run import build_pages as build

from .conftest import INPUT, ROOT, TODAY

SAMPLE = INPUT / "blog" / "ketamine-for-chronic-pain.html"


def _spin_on_slow_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    real = extract_stage.find_faq

    def slow(doc, *args, **kwargs):  # type: ignore[no-untyped-def]
        if "slow" in doc.source:
            while True:  # a page stuck in Python code, as a backtracking walk would be
                pass
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(extract_stage, "find_faq", slow)


def _site(folder: Path, pages: int, slow: int) -> Path:
    folder.mkdir(parents=True)
    for i in range(pages):
        name = "slow.html" if i == slow else f"page-{i:02d}.html"
        shutil.copy(SAMPLE, folder / name)
    return folder


@pytest.mark.parametrize("jobs,pages", [(1, 3), (2, 17)])  # 17: enough pages for a pool
def test_a_page_over_its_budget_is_abandoned_and_the_batch_goes_on(tmp_path, config, monkeypatch,
                                                                   jobs, pages):
    _spin_on_slow_pages(monkeypatch)
    src, out = _site(tmp_path / "in", pages, slow=1), tmp_path / "out"
    quick = dataclasses.replace(config, page_seconds=3)  # far over a page, on a busy machine
    results = list(build(discover([src], out), quick, TODAY, BuildOptions(out=out, jobs=jobs)))
    slow = [r for r in results if Path(r.source).name == "slow.html"]
    assert [r.error for r in slow] == ["took longer than 3 s; not written"]
    assert not (out / "slow.html").exists()
    others = [r for r in results if r not in slow]
    assert len(others) == pages - 1
    assert [(r.source, r.error) for r in others if not (r.ok and r.changed)] == []
    assert sorted(p.name for p in out.glob("*.html")) == sorted(
        f"page-{i:02d}.html" for i in range(pages) if i != 1)


def test_the_budget_is_a_setting_with_a_default_and_bounds(config):
    assert config.page_seconds == 30
    base = {"site": {"base_url": "https://x.example/", "name": "X"},
            "publisher": {"name": "X", "url": "https://x.example/"}}
    assert SiteConfig.from_dict({**base, "limits": {"page_seconds": 2.5}}).page_seconds == 2.5
    for bad in (0, -1, 10 ** 9, "30"):
        with pytest.raises(ConfigError, match=r"limits\.page_seconds"):
            SiteConfig.from_dict({**base, "limits": {"page_seconds": bad}}, "site.toml")


def test_the_budget_changes_no_output_and_no_manifest_match(config):
    """A different budget writes the same bytes: it is not in the hash that decides rebuilds."""
    from pipeline.manifest import config_hash

    assert config_hash(dataclasses.replace(config, page_seconds=5)) == config_hash(config)


_RUN_SLOW = """
import sys
from pathlib import Path
import pipeline.extract.faq as stage
from pipeline.cli import main
real = stage.find_faq
def slow(doc, *args, **kwargs):
    if "slow" in doc.source:
        Path(sys.argv[1]).write_text("started")
        while True:
            pass
    return real(doc, *args, **kwargs)
stage.find_faq = slow
sys.exit(main(sys.argv[2:]))
"""


@pytest.mark.parametrize("sig,code", [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
@pytest.mark.parametrize("jobs,pages", [(1, 3), (2, 17)])
def test_a_signal_stops_the_build_while_a_page_is_slow(tmp_path, sig, code, jobs, pages):
    """SIGTERM (a cancelled CI job) and Ctrl-C (the whole process group) stop the run
    within a second or two while a page is stuck, far inside its 30 s budget."""
    src, out = _site(tmp_path / "in", pages, slow=pages - 1), tmp_path / "out"
    started = tmp_path / "started"
    proc = subprocess.Popen(
        [sys.executable, "-c", _RUN_SLOW, str(started), "build", str(src), "--out", str(out),
         "--jobs", str(jobs), "--today", "2026-11-26", "--config", str(ROOT / "pipeline.toml")],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 60
    while not started.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert started.exists(), "the slow page was never reached"
    time.sleep(0.2)
    signalled = time.monotonic()
    os.killpg(proc.pid, sig)
    try:
        _, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    stopped_after = time.monotonic() - signalled
    assert proc.returncode == code, err
    assert stopped_after < 5, f"stopped {stopped_after:.1f} s after the signal"  # generous
    assert b"Traceback" not in err, err
    assert not (out / "slow.html").exists()
    assert not [p for p in out.rglob("*.tmp")]
    left = b""
    for _ in range(30):  # a worker may take a moment to be reaped once it has exited
        left = subprocess.run(["pgrep", "-s", str(proc.pid)], capture_output=True).stdout
        if not left:
            break
        time.sleep(0.1)
    assert left == b"", f"a worker outlived the build: {left!r}"


def test_the_site_wide_pass_reads_no_page(tmp_path, config, monkeypatch):
    """The line of each duplicate question is found when its page is built and kept in the
    manifest with the question: the pass after the batch, in a full build and in a no-op
    rebuild, opens no page (it read every page again: 26 % of a no-op rebuild on a site
    that reuses its FAQ block)."""
    src, out = _site(tmp_path / "in", 3, slow=-1), tmp_path / "out"
    from pipeline import sitewide

    def results_of_a_build() -> list:
        return list(build(discover([src], out), config, TODAY, BuildOptions(out=out)))

    full = results_of_a_build()
    reads: list[str] = []
    real_read = Path.read_bytes

    def counting(self: Path) -> bytes:
        reads.append(self.name)
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", counting)
    found = sitewide.site_findings(full, config)
    assert reads == []
    source_lines = SAMPLE.read_text("utf-8").splitlines()
    for _, finding in found:  # the line that holds the question, on every page
        name = finding.message.split("'")[1]
        assert finding.line is not None and name in source_lines[finding.line - 1]
    assert len(found) == 9  # three questions on each of three pages
    monkeypatch.setattr(Path, "read_bytes", real_read)
    noop = results_of_a_build()
    assert all(r.skipped for r in noop)
    monkeypatch.setattr(Path, "read_bytes", counting)
    again = sitewide.site_findings(noop, config)
    assert reads == []
    assert {(Path(r.source).name, f.message, f.line) for r, f in again} == {
        (Path(r.source).name, f.message, f.line) for r, f in found}
    manifest = (out / MANIFEST_NAME).read_text("utf-8")
    assert '"questions"' in manifest


def test_question_lines_are_found_as_find_line_finds_them():
    """`lines_of` (no pattern per question, one pass over an FAQ in page order) gives the
    line `find_line` gives, on generated bodies with tags, entities and line breaks."""
    import random

    from pipeline.sourceline import find_line, lines_of

    words = ["how", "do", "i", "book", "<b>book</b>", "&amp;", "a", "visit?", "ketamine", "—",
             "\n", "can", "is"]  # one case: text as written and case aside agree
    rng = random.Random(3)
    for _ in range(2000):
        body = " ".join(rng.choice(words) for _ in range(60)).replace("is", "is\n")
        text = "<html><head><title>how</title></head>\n<body>\n" + body + "</body>"
        needle = " ".join(rng.choice(words[:9]) for _ in range(rng.randint(1, 10)))
        assert lines_of(text, [needle]) == [find_line(text, needle)], (text, needle)


def test_question_lines_ignore_case_when_the_page_writes_it_otherwise():
    from pipeline.sourceline import lines_of

    text = "<body>\n<p>intro</p>\n<h3>HOW DO I <b>Book</b> a visit?</h3>\n<h3>How much?</h3>"
    assert lines_of(text, ["How do I book a visit?", "How much?", "Nowhere"]) == [3, 4, None]


def test_question_lines_of_a_big_faq_take_one_pass():
    """4,000 questions sharing their first words: each is looked for from the one before
    (a search from the top per question was quadratic: minutes for the page)."""
    from pipeline import sourceline

    text = "<body>\n" + "".join(f"<h3>Question number {i} about ketamine?</h3>\n<p>A {i}</p>\n"
                                for i in range(4000))
    names = [f"Question number {i} about ketamine?" for i in range(4000)]
    checks = 0
    real = sourceline._chain_at

    def counting(*args):  # type: ignore[no-untyped-def]
        nonlocal checks
        checks += 1
        return real(*args)

    sourceline._chain_at = counting  # type: ignore[assignment]
    try:
        assert sourceline.lines_of(text, names) == [2 + 2 * i for i in range(4000)]
    finally:
        sourceline._chain_at = real  # type: ignore[assignment]
    assert checks <= 3 * len(names)
