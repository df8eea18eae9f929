"""The CLI in-process (exit codes and messages), plus one real subprocess run."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys

import pytest

from pipeline.cli import main

from .conftest import INPUT, ROOT, SEED


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main([*argv, "--config", str(ROOT / "pipeline.toml"), "--today", "2026-11-26"], out, err)
    return code, out.getvalue(), err.getvalue()


def test_build_writes_every_page_mirroring_paths_and_exits_0(tmp_path):
    code, out, _ = run("build", str(INPUT), "--out", str(tmp_path))
    assert code == 0
    written = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*.html"))
    assert written == sorted(p.relative_to(INPUT) for p in INPUT.rglob("*.html"))
    # the seed's "Sources & further reading" heading has no links: SOURCES_EMPTY
    assert "3 pages: 3 written, 0 unchanged, 0 failed; 0 errors, 1 warning" in out
    assert "MedicalWebPage+FAQPage · 3 questions · reviewed by Rainier Guiang, MD (2026-06)" in out


def test_building_the_output_again_changes_no_byte(tmp_path):
    run("build", str(INPUT), "--out", str(tmp_path / "once"))
    code, out, _ = run("build", str(tmp_path / "once"), "--out", str(tmp_path / "twice"))
    assert code == 0
    for page in (tmp_path / "once").rglob("*.html"):
        assert (tmp_path / "twice" / page.relative_to(tmp_path / "once")).read_bytes() == page.read_bytes()
    code, out, _ = run("build", str(INPUT), "--out", str(tmp_path / "once"))
    assert "0 written, 3 unchanged" in out


def test_a_file_argument_is_written_under_its_site_path_and_input_is_untouched(tmp_path):
    """SEED is input/blog/x.html, under the config's input root: out/blog/x.html, as a
    folder build writes it (test_identity.py has the rule in full)."""
    before = SEED.read_bytes()
    code, _, _ = run("build", str(SEED), "--out", str(tmp_path))
    assert code == 0
    assert [p.relative_to(tmp_path) for p in tmp_path.rglob("*.html")] == [
        SEED.relative_to(INPUT)]
    assert SEED.read_bytes() == before


def test_validate_exits_0_on_built_pages_and_1_on_unbuilt(tmp_path):
    run("build", str(SEED), "--out", str(tmp_path))
    code, out, _ = run("validate", str(tmp_path / SEED.relative_to(INPUT)))
    assert code == 0 and "1 valid, 0 invalid" in out
    code, out, _ = run("validate", str(SEED))
    assert code == 1 and "JSONLD_MISSING" in out


def test_extract_prints_extraction_and_jsonld():
    code, out, _ = run("extract", str(SEED))
    data = json.loads(out)
    assert code == 0
    assert data["extraction"]["review"]["reviewer"]["credentials"] == ["MD"]
    assert data["jsonld"]["@graph"][0]["lastReviewed"] == "2026-06"


def test_a_bad_page_fails_alone_with_a_named_one_line_error(tmp_path):
    src = tmp_path / "in"
    shutil.copytree(INPUT, src)
    (src / "broken.html").write_bytes(b"\xff\xfe" + "not a page".encode("utf-16-le"))
    code, out, _ = run("build", str(src), "--out", str(tmp_path / "out"))
    assert code == 1
    line = next(ln for ln in out.splitlines() if "broken.html" in ln)
    assert line.startswith("ERROR") and "UTF-16" in line
    assert len(list((tmp_path / "out").rglob("*.html"))) == 3
    assert "4 pages: 3 written, 0 unchanged, 1 failed" in out


def test_an_error_finding_fails_the_page_and_it_is_not_written(tmp_path):
    page = tmp_path / "future.html"
    page.write_text("<html><head><title>t</title></head><body><h1>T</h1>"
                    "<p>Medically reviewed by Ann Lee, MD — last reviewed March 2031.</p></body></html>")
    code, out, _ = run("build", str(page), "--out", str(tmp_path / "out"))
    assert code == 1
    assert "REVIEW_IN_FUTURE" in out
    assert not (tmp_path / "out" / "future.html").exists()


@pytest.mark.parametrize(
    "content, message",
    [(None, "config file not found"), ("[site\n", "invalid TOML"),
     ('[site]\nbase_url = "nope"\nname = "x"\n[publisher]\nname = "p"\nurl = "https://p.example/"\n',
      "site.base_url")],
)
def test_missing_or_invalid_config_exits_2_naming_the_file(tmp_path, content, message):
    cfg = tmp_path / "site.toml"
    if content is not None:
        cfg.write_text(content)
    err = io.StringIO()
    code = main(["build", str(INPUT), "--out", str(tmp_path / "o"), "--config", str(cfg)], io.StringIO(), err)
    assert code == 2
    assert str(cfg) in err.getvalue() and message in err.getvalue()


def test_usage_errors_exit_2(tmp_path):
    assert main(["frobnicate"], io.StringIO(), io.StringIO()) == 2
    code, _, err = run("build", str(tmp_path / "missing"), "--out", str(tmp_path / "o"))
    assert code == 2 and "no such file or folder" in err


@pytest.mark.slow
def test_python_dash_m_pipeline_runs_in_a_subprocess(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "pipeline", "build", str(INPUT), "--out", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1].startswith("3 pages: 3 written")
