"""Hostile and broken input (issue 4): a clear error, nothing lost, nothing injected.

Committed fixtures live in tests/fixtures/hostile/ with their expected outcome in
expected.json; files that are awkward to commit (binary junk, FIFOs, symlinks, an
oversized page, raw NUL bytes) are made in tmp_path by the tests below.
"""

from __future__ import annotations

import io
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import warnings
from pathlib import Path

import html5lib
import pytest
from html5lib.constants import DataLossWarning

from pipeline.batch import Job, discover, read_page
from pipeline.build import process_page
from pipeline.cli import main
from pipeline.errors import PageError
from pipeline.inputs import OutputPathError, output_problem
from pipeline.roundtrip import read_back
from pipeline.writeback import MARKER, locate, strip_own

from .conftest import INPUT, ROOT, TODAY

HOSTILE = ROOT / "tests" / "fixtures" / "hostile"
EXPECTED = json.loads((HOSTILE / "expected.json").read_text(encoding="utf-8"))
GOOD = sorted(n for n, e in EXPECTED.items() if e["status"] == "ok")
BAD = sorted(n for n, e in EXPECTED.items() if e["status"] == "error")


def run(*argv: str, config: Path = ROOT / "pipeline.toml") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main([*argv, "--config", str(config), "--today", TODAY.isoformat()], out, err)
    return code, out.getvalue(), err.getvalue()


def strings(value: object) -> list[str]:
    """Every string in a JSON value, depth first."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    return []


def parse5(page: bytes, encoding: str):
    """The tree a browser builds (html5lib follows the HTML standard; libxml2 leaves
    unknown-to-it elements such as <article> in the head)."""
    with warnings.catch_warnings():  # lxml cannot name an `xml:lang` attribute as is
        warnings.simplefilter("ignore", DataLossWarning)
        return html5lib.parse(page.decode(encoding), treebuilder="lxml", namespaceHTMLElements=False)


def own_scripts(page: bytes, encoding: str) -> list:
    tree = parse5(page, encoding)
    return [s for s in tree.iter("script") if MARKER in (s.get("class") or "").split()]


def assert_clean_output(raw: bytes, page: bytes, encoding: str, graph: dict) -> None:
    """The output is the input plus one pure-ASCII block that reads back exactly."""
    assert strip_own(page) == strip_own(raw)
    (start, end), = locate(page).own_blocks
    assert page[start:end].isascii()
    assert read_back(page, encoding) == graph
    scripts = own_scripts(page, encoding)
    assert len(scripts) == 1
    assert json.loads(scripts[0].text) == graph


# --- committed fixtures ------------------------------------------------------------


@pytest.mark.parametrize("name", GOOD)
def test_good_fixture_is_written_keeping_every_other_byte(name, config, tmp_path):
    expected = EXPECTED[name]
    source = HOSTILE / name
    raw = source.read_bytes()
    result = process_page(Job(source, tmp_path / name, name), config, TODAY)
    assert result.error is None and result.ok, (result.error, result.findings)
    assert [item.question for item in result.extraction.faq] == expected["questions"]
    for code in expected.get("findings", []):
        assert code in {f.code for f in result.findings}
    page = (tmp_path / name).read_bytes()
    encoding = expected.get("encoding", "utf-8")
    assert_clean_output(raw, page, encoding, result.graph)
    if locate(raw).own_blocks:  # a previous block of ours is replaced, never kept twice
        assert len(locate(page).own_blocks) == expected["own_blocks"]
    else:
        assert strip_own(page) == raw
    for kept in expected.get("keeps", []):  # other tools' markup, byte for byte
        assert raw.count(kept.encode()) == page.count(kept.encode()) == 1
    for text in expected.get("strings", []):
        assert text in strings(result.graph)
    if expected.get("in_head"):  # where a parser sees the head end: the last thing in <head>
        script, = own_scripts(page, encoding)
        head = script.getparent()
        assert head.tag == "head"
        assert expected["in_head"] == "inside" or list(head)[-1] is script
        before = parse5(raw, encoding).find("head")
        assert [e.tag for e in head if e is not script] == [e.tag for e in before]


@pytest.mark.parametrize("name", [n for n in GOOD if n.startswith("enc-")])
def test_non_ascii_text_is_decoded_in_the_pages_own_encoding(name, config, tmp_path):
    result = process_page(Job(HOSTILE / name, tmp_path / name, name), config, TODAY)
    page = (tmp_path / name).read_bytes()
    encoding = EXPECTED[name]["encoding"]
    question = EXPECTED[name]["questions"][0]
    assert question.encode(encoding) in page  # still in the page's encoding, not re-encoded
    assert question in strings(read_back(page, encoding))
    assert result.graph == read_back(page, encoding)


@pytest.mark.parametrize("name", BAD)
def test_a_file_that_is_not_a_page_is_one_clear_error_and_not_written(name, config, tmp_path):
    result = process_page(Job(HOSTILE / name, tmp_path / name, name), config, TODAY)
    assert result.error is not None and EXPECTED[name]["message"] in result.error
    assert "internal error" not in result.error and "\n" not in result.error
    assert not (tmp_path / name).exists()


# --- files made in the test ----------------------------------------------------------


def _seed_page() -> bytes:
    return (HOSTILE / "struct-crlf-line-endings.html").read_bytes()


def make_bad_entries(folder: Path, outside: Path) -> dict[str, str]:
    """Entries that cannot be committed comfortably, and the error each must give."""
    rng = random.Random(4)
    (folder / "binary-junk.html").write_bytes(bytes(rng.randrange(256) for _ in range(4096)))
    (folder / "utf16-no-bom.html").write_bytes(_seed_page().decode().encode("utf-16-le"))
    os.mkfifo(folder / "fifo.html")
    outside.write_bytes(_seed_page())
    (folder / "symlink-outside.html").symlink_to(outside)
    (folder / "symlink-dotdot.html").symlink_to(Path("..") / ".." / outside.name)
    (folder / "symlink-loop.html").symlink_to("symlink-loop.html")
    (folder / "symlink-dangling.html").symlink_to("no-such-page.html")
    return {
        "binary-junk.html": "binary data",
        "utf16-no-bom.html": "binary data",
        "fifo.html": "not a regular file",
        "symlink-outside.html": "outside the input folder",
        "symlink-dotdot.html": "outside the input folder",
        "symlink-loop.html": "cannot read: Too many levels of symbolic links",
        "symlink-dangling.html": "cannot read: No such file or directory",
    }


def test_generated_bad_entries_each_fail_alone(config, tmp_path):
    folder = tmp_path / "in" / "site"
    folder.mkdir(parents=True)
    problems = make_bad_entries(folder, tmp_path / "outside.html")
    jobs = discover([folder], tmp_path / "out")
    assert sorted(j.rel for j in jobs) == sorted(problems)  # nothing skipped in silence
    for job in jobs:
        result = process_page(job, config, TODAY)
        assert result.error and problems[job.rel] in result.error, (job.rel, result.error)
    assert not (tmp_path / "out").exists()


def test_a_page_over_the_configured_limit_is_refused(tmp_path):
    page = tmp_path / "big.html"
    page.write_bytes(_seed_page() + b"<!--" + b"x" * 5000 + b"-->")
    with pytest.raises(PageError, match=r"over the 5,000-byte limit"):
        read_page(page, 5000)
    assert read_page(page, page.stat().st_size) == page.read_bytes()


def test_unreadable_file_is_a_clear_error(tmp_path, monkeypatch):
    page = tmp_path / "secret.html"
    page.write_bytes(_seed_page())
    page.chmod(0)
    if os.access(page, os.R_OK):  # root reads any file: make the open fail as it would
        def denied(path, *args, **kwargs):
            raise PermissionError(13, "Permission denied", str(path))
        monkeypatch.setattr(os, "open", denied)
    with pytest.raises(PageError, match="cannot read: Permission denied"):
        read_page(page, 10_000)


def test_a_raw_nul_byte_in_a_question_is_text_not_a_break_out(config, tmp_path):
    source = tmp_path / "nul.html"
    raw = _seed_page().replace(b"Does it hurt?", b"Does it\x00 hurt?")
    source.write_bytes(raw)
    result = process_page(Job(source, tmp_path / "out.html", "nul.html"), config, TODAY)
    assert result.error is None and result.ok
    assert result.extraction.faq[0].question == "Does it\ufffd hurt?"  # as every parser reads it
    assert_clean_output(raw, (tmp_path / "out.html").read_bytes(), "utf-8", result.graph)


def test_nul_and_line_separators_in_configured_names_are_escaped(tmp_path):
    hostile = "A\\u0000B\\u2028C\\u2029 </script><!-- ]]>"
    cfg = tmp_path / "site.toml"
    cfg.write_text((ROOT / "pipeline.toml").read_text(encoding="utf-8")
                   .replace('name = "UPC Regenerative Medicine"', f'name = "UPC {hostile}"'),
                   encoding="utf-8")
    code, out, _ = run("build", str(HOSTILE / "struct-no-head.html"), "--out", str(tmp_path / "o"),
                       config=cfg)
    page = (tmp_path / "o" / "struct-no-head.html").read_bytes()
    graph = read_back(page, "utf-8")
    assert "UPC A\x00B\u2028C\u2029 </script><!-- ]]>" in strings(graph)
    assert len(own_scripts(page, "utf-8")) == 1 and code == 0, out


def test_extract_and_validate_refuse_a_non_page_with_one_line(tmp_path):
    junk = tmp_path / "feed.html"
    junk.write_bytes((HOSTILE / "notpage-rss-feed.html").read_bytes())
    code, out, _ = run("validate", str(junk))
    line, = [line for line in out.splitlines() if str(junk) in line]
    assert code == 1 and line.startswith("ERROR") and "first element is <rss>" in line
    code, _, err = run("extract", str(junk))
    assert code == 1 and err.count("\n") == 1 and "first element is <rss>" in err
    folder = tmp_path / "a-folder.html"
    folder.mkdir()
    code, _, err = run("extract", str(folder))
    assert code == 1 and err.strip().endswith("not a regular file (a folder), not a page")


# --- output safety -------------------------------------------------------------------


@pytest.mark.parametrize("where", [".", "sub", "sub/deeper"])
def test_out_equal_to_or_inside_the_input_is_refused(tmp_path, where):
    src = tmp_path / "in"
    shutil.copytree(INPUT, src)
    before = {p: p.read_bytes() for p in src.rglob("*") if p.is_file()}
    code, _, err = run("build", str(src), "--out", str(src / where))
    assert code == 2 and "--in-place" in err and str(src) in err
    assert {p: p.read_bytes() for p in src.rglob("*") if p.is_file()} == before


def test_out_that_would_overwrite_a_named_page_is_refused(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(_seed_page())
    with pytest.raises(OutputPathError, match="would overwrite the input page"):
        discover([page], tmp_path)


def test_in_place_rewrites_the_input_atomically_and_again_changes_nothing(tmp_path):
    src = tmp_path / "in"
    shutil.copytree(INPUT, src)
    code, out, _ = run("build", str(src), "--in-place")
    assert code == 0 and "3 written" in out
    built = {p: p.read_bytes() for p in src.rglob("*.html")}
    for page, data in built.items():
        assert strip_own(data) == (INPUT / page.relative_to(src)).read_bytes()
    assert not [p for p in src.rglob("*") if p.name.endswith(".tmp")]
    code, out, _ = run("build", str(src), "--in-place")
    assert code == 0 and "0 written, 3 unchanged" in out
    assert {p: p.read_bytes() for p in src.rglob("*.html")} == built


def test_in_place_writes_through_a_symlink_inside_the_tree_and_keeps_it(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "real.html").write_bytes(_seed_page())
    (src / "alias.html").symlink_to("real.html")
    jobs = discover([src], None)
    assert [j.output for j in jobs] == [src.resolve() / "real.html"] * 2
    code, _, _ = run("build", str(src), "--in-place")
    assert code == 0 and (src / "alias.html").is_symlink()


def test_in_place_and_out_together_is_a_usage_error(tmp_path):
    code, _, err = run("build", str(INPUT), "--in-place", "--out", str(tmp_path))
    assert code == 2 and "--in-place" in err


def test_output_paths_never_leave_out(tmp_path):
    out = tmp_path / "out"
    (out / "blog").parent.mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    (out / "blog").symlink_to(tmp_path / "elsewhere")
    assert output_problem(out, "../escape.html") is not None
    assert output_problem(out, "/etc/escape.html") is not None
    assert "a symlink" in output_problem(out, "blog/page.html")
    assert output_problem(out, "patients/page.html") is None
    code, stdout, _ = run("build", str(INPUT), "--out", str(out))
    assert code == 1 and "leads outside the output folder" in stdout
    assert not list((tmp_path / "elsewhere").iterdir())
    assert (out / "patients" / "first-telemedicine-consult.html").exists()


def test_a_file_where_an_output_folder_should_be_is_one_clear_error(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "blog").write_text("not a folder")
    code, stdout, _ = run("build", str(INPUT), "--out", str(out))
    assert code == 1
    line, = [line for line in stdout.splitlines() if "ketamine-for-chronic-pain" in line]
    assert line.startswith("ERROR") and f"cannot write {out / 'blog'}" in line
    assert line.endswith("File exists")  # mkdir's answer: something is in the way
    assert (out / "patients" / "first-telemedicine-consult.html").exists()


def test_two_inputs_with_the_same_output_path_do_not_overwrite_each_other(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    for folder in (first, second):
        folder.mkdir()
        (folder / "page.html").write_bytes(_seed_page())
    code, out, _ = run("build", str(first), str(second), "--out", str(tmp_path / "out"))
    assert code == 1
    line, = [line for line in out.splitlines() if str(second / "page.html") in line]
    assert line.startswith("ERROR") and f"already the output of {first / 'page.html'}" in line


def test_a_path_with_dotdot_stays_inside_out(tmp_path):
    src = tmp_path / "in"
    shutil.copytree(INPUT, src)
    jobs = discover([src / "blog" / ".." / "patients" / ".." / "blog"], tmp_path / "out")
    assert sorted(j.rel for j in jobs) == sorted(p.name for p in (INPUT / "blog").glob("*.html"))
    assert all(j.output.parent == tmp_path / "out" and j.refused is None for j in jobs)


# --- interruption ----------------------------------------------------------------------


def test_ctrl_c_during_a_write_leaves_no_half_file_and_no_temp_file(config, tmp_path, monkeypatch):
    calls = []
    real_replace = os.replace

    def interrupted(src, dst):
        calls.append(Path(dst))
        if len(calls) == 2:
            raise KeyboardInterrupt
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", interrupted)
    out = tmp_path / "out"
    with pytest.raises(KeyboardInterrupt):
        for job in discover([INPUT], out):
            process_page(job, config, TODAY)
    written = sorted(p for p in out.rglob("*") if p.is_file())
    assert written == [calls[0]]  # the first page is complete; the second never appeared
    assert strip_own(written[0].read_bytes()) == (INPUT / written[0].relative_to(out)).read_bytes()


def test_ctrl_c_is_exit_code_130_with_one_line(tmp_path, monkeypatch):
    def interrupt(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("pipeline.run.discover", interrupt)
    code, out, err = run("build", str(INPUT), "--out", str(tmp_path))
    assert code == 130 and err.count("\n") == 1 and "interrupted" in err and "Traceback" not in err


def _many_pages(folder: Path, copies: int) -> None:
    for i in range(copies):
        for page in INPUT.rglob("*.html"):
            target = folder / f"c{i:03d}" / page.relative_to(INPUT)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(page.read_bytes())


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL])
def test_a_build_killed_mid_batch_leaves_each_output_complete_or_absent(tmp_path, sig):
    src, out = tmp_path / "in", tmp_path / "out"
    _many_pages(src, 40)
    log = tmp_path / "stderr.txt"
    with log.open("wb") as stderr_file:  # like Ctrl-C in a terminal: the whole process group
        proc = subprocess.Popen(
            [sys.executable, "-m", "pipeline", "build", str(src), "--out", str(out),
             "--today", "2026-11-26"],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=stderr_file, start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while not any(out.rglob("*.html")) and time.monotonic() < deadline:
            time.sleep(0.005)
        os.killpg(proc.pid, sig)
        proc.wait(timeout=60)
    time.sleep(0.2)  # let any worker process the signal reached finish dying
    stderr = log.read_bytes()
    done = [p for p in out.rglob("*.html")]
    assert 0 < len(done) < len(list(src.rglob("*.html"))), "the build was not interrupted mid-batch"
    for page in done:  # complete: the whole input around one whole block that reads back
        data = page.read_bytes()
        assert strip_own(data) == (src / page.relative_to(out)).read_bytes()
        assert read_back(data, "utf-8")["@graph"]
    temps = [p for p in out.rglob("*") if p.name.endswith(".tmp")]
    if sig == signal.SIGINT:
        assert proc.returncode == 130 and b"interrupted" in stderr and not temps
    elif sig == signal.SIGTERM:  # a cancelled CI job: stopped as for Ctrl-C
        assert proc.returncode == 143 and b"terminated" in stderr and not temps
    else:  # no handler runs on SIGKILL: at most the one temp file being written is left
        assert proc.returncode == -signal.SIGKILL and len(temps) <= 1


# --- the whole batch over every hostile case ------------------------------------------------


@pytest.mark.slow
def test_build_over_all_hostile_fixtures_exits_1_and_reports_each_bad_file(tmp_path):
    src, out = tmp_path / "hostile", tmp_path / "out"
    shutil.copytree(HOSTILE, src)
    generated = make_bad_entries(src, tmp_path / "outside.html")
    (src / "oversized.html").write_bytes(_seed_page() + b"<!--" + b"x" * 30_000 + b"-->")
    generated["oversized.html"] = "over the 20,000-byte limit"
    (src / "folder-named.html").mkdir()  # a folder, even with a page's name, is searched
    (src / "folder-named.html" / "inside.html").write_bytes(_seed_page())
    cfg = tmp_path / "site.toml"
    cfg.write_text((ROOT / "pipeline.toml").read_text(encoding="utf-8")
                   .replace("max_page_bytes = 10_000_000", "max_page_bytes = 20_000"), encoding="utf-8")
    before = {p: p.read_bytes() for p in src.rglob("*") if p.is_file() and not p.is_symlink()
              and p.name != "fifo.html"}
    proc = subprocess.run(
        [sys.executable, "-m", "pipeline", "build", str(src), "--out", str(out), "--config", str(cfg),
         "--today", TODAY.isoformat()],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr and "internal error" not in proc.stdout
    lines = proc.stdout.splitlines()
    bad = {**{n: EXPECTED[n]["message"] for n in BAD}, **generated}
    for name, message in bad.items():
        mine = [line for line in lines if f"/{name}" in line]
        assert len(mine) == 1 and mine[0].startswith("ERROR") and message in mine[0], (name, mine)
        assert not (out / name).exists()
    for name in [*GOOD, "folder-named.html/inside.html"]:
        assert (out / name).exists(), name
    total = len(GOOD) + 1 + len(bad)
    summary = f"{total} pages: {len(GOOD) + 1} written, 0 unchanged, {len(bad)} failed"
    assert any(line.startswith(summary) for line in lines), lines
    after = {p: p.read_bytes() for p in before}
    assert after == before  # no input file modified
