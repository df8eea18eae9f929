"""Findings people can act on (issue 16): a region on every SARIF result, every code
configurable and ignorable per page, config errors in plain words with the TOML line and
"did you mean", REVIEWER_UNKNOWN's suggestion, no abbreviated options, `--force` counted
as written, plurals right."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.config_errors import toml_line

from .conftest import INPUT, ROOT, SEED

BASE_TOML = (ROOT / "pipeline.toml").read_text(encoding="utf-8")


def run(*argv: str, config: Path = ROOT / "pipeline.toml") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main([*argv, "--config", str(config), "--today", "2026-11-26"], out, err)
    return code, out.getvalue(), err.getvalue()


def write_config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "site.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_every_sarif_result_has_a_region_line_1_for_whole_page_findings(tmp_path):
    report = tmp_path / "r.sarif"
    code, _, _ = run("check", str(INPUT), "--out", str(tmp_path / "never-built"),
                     "--report", str(report))
    assert code == 1
    results = json.loads(report.read_text())["runs"][0]["results"]
    assert {r["ruleId"] for r in results} >= {"OUTPUT_MISSING", "SOURCES_EMPTY"}
    for r in results:
        assert r["locations"][0]["physicalLocation"]["region"]["startLine"] >= 1
    assert {r["locations"][0]["physicalLocation"]["region"]["startLine"]
            for r in results if r["ruleId"] == "OUTPUT_MISSING"} == {1}


@pytest.mark.parametrize("code", ["SOURCES_EMPTY", "DATE_MONTH_PRECISION"])
def test_codes_outside_governance_are_configurable(tmp_path, code):
    config = write_config(tmp_path, BASE_TOML + f'\n[findings.severity]\n{code} = "off"\n')
    _, before, _ = run("build", str(SEED), "--out", str(tmp_path / "a"), "-v")
    _, after, _ = run("build", str(SEED), "--out", str(tmp_path / "b"), "-v", config=config)
    assert code in before and code not in after
    raised = write_config(tmp_path, BASE_TOML + f'\n[findings.severity]\n{code} = "error"\n')
    status, out, _ = run("build", str(SEED), "--out", str(tmp_path / "c"), config=raised)
    assert status == 1 and f"error   {code}" in out


def test_a_page_can_ignore_codes(tmp_path):
    config = write_config(tmp_path, BASE_TOML + '\n[findings.ignore]\n'
                          '"blog/ketamine-for-chronic-pain.html" = ["SOURCES_EMPTY"]\n'
                          '"patients/*" = ["DATE_MONTH_PRECISION"]\n')
    code, out, _ = run("build", str(INPUT), "--out", str(tmp_path / "o"), config=config)
    assert code == 0 and "SOURCES_EMPTY" not in out and out.rstrip().endswith("0 warnings")
    code, out, _ = run("check", str(INPUT), "--out", str(tmp_path / "o"), config=config)
    assert code == 0 and "SOURCES_EMPTY" not in out


@pytest.mark.parametrize("extra, message", [
    ('\n[findings.severity]\nSOURCE_EMPTY = "off"\n',
     "'SOURCE_EMPTY' is not a finding code; did you mean SOURCES_EMPTY?"),
    ('\n[findings.ignore]\n"x.html" = ["REVIEW_STAL"]\n',
     "'REVIEW_STAL' is not a finding code; did you mean REVIEW_STALE?"),
    ('\n[findings.severity]\nOUTPUT_STALE = "off"\n', "OUTPUT_STALE cannot be configured"),
])
def test_unknown_or_fixed_codes_are_config_errors_with_the_line(tmp_path, extra, message):
    config = write_config(tmp_path, BASE_TOML + extra)
    code, _, err = run("validate", str(SEED), config=config)
    line = len(BASE_TOML.splitlines()) + 3
    assert code == 2 and message in err and f"site.toml: line {line}: " in err


@pytest.mark.parametrize("edit, message", [
    (('logo = "', 'logoo = "'),
     "line 16: unknown key 'logoo' in [publisher]; did you mean logo? "
     "(known keys: name, url, logo)"),
    (('base_url = "https://www.upcregenerative.example/"',
      'base_url = "https://www.upcregenerative.example"'),
     "line 8: site.base_url must end with \"/\": write 'https://www.upcregenerative.example/'"),
    (('audience = ["Patient"]', 'audience = ["Patients"]'),
     "line 20: medical.audience[0] is 'Patients'; it must be one of Patient, Clinician, "
     "MedicalResearcher; did you mean Patient?"),
    (("max_page_bytes = 10_000_000", 'max_page_bytes = "10 MB"'),
     "line 36: limits.max_page_bytes must be a whole number, not '10 MB'"),
    (("[site]", "[sight]"), "line 4: unknown key 'sight' in the top level; did you mean site?"),
])
def test_config_errors_are_plain_words_with_the_toml_line(tmp_path, edit, message):
    config = write_config(tmp_path, BASE_TOML.replace(*edit, 1))
    code, _, err = run("validate", str(SEED), config=config)
    assert code == 2 and err == f"healthld: error: {config}: {message}" + err.split(message)[1]
    assert "Additional properties" not in err and "does not match" not in err


def test_toml_line_finds_keys_tables_and_quoted_names():
    text = '[a]\nx = 1\n\n[reviewers."Ann Lee"]\nurl = "u"\n[b.c]\ny = 2\n'
    assert toml_line(text, ["a", "x"]) == 2
    assert toml_line(text, ["reviewers", "Ann Lee", "url"]) == 5
    assert toml_line(text, ["b", "c"]) == 6 and toml_line(text, ["b", "c", "y"]) == 7
    assert toml_line(text, ["nowhere"]) is None


def test_config_not_found_says_where_it_looked_and_mentions_config(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    err = io.StringIO()
    assert main(["validate", "x.html"], io.StringIO(), err) == 2
    assert err.getvalue() == (
        f"healthld: error: pipeline.toml: config file not found (looked for "
        f"{tmp_path / 'pipeline.toml'}); run healthld from the site's folder, name the file "
        "with --config FILE, or create one with healthld init\n")


def test_reviewer_unknown_suggests_the_registry_name(tmp_path):
    page = tmp_path / "p.html"
    page.write_text(SEED.read_text(encoding="utf-8").replace(
        "Rainier Guiang", "Rainier Guiangs"), encoding="utf-8")
    code, out, _ = run("build", str(page), "--out", str(tmp_path / "o"))
    assert "reviewer 'Rainier Guiangs' is not in the site's reviewer registry: did you mean " \
           "Rainier Guiang? fix the spelling on the page" in out


def test_build_prints_finding_lines_with_line_numbers_as_check_does(tmp_path):
    argv = ("--out", str(tmp_path / "o"), "--today", "2028-01-01")
    out, err = io.StringIO(), io.StringIO()
    main(["build", str(INPUT), *argv, "--config", str(ROOT / "pipeline.toml")], out, err)
    built = sorted(line for line in out.getvalue().splitlines() if "REVIEW_STALE" in line)
    out2 = io.StringIO()
    main(["check", str(INPUT), *argv, "--config", str(ROOT / "pipeline.toml")], out2, err)
    checked = sorted(line for line in out2.getvalue().splitlines() if "REVIEW_STALE" in line)
    assert len(built) == 3 and built == checked
    assert all(".lastReviewed line " in line for line in built)


@pytest.mark.parametrize("argv", [["build", "--forc"], ["check", "--fail", "warning"],
                                  ["build", "--conf", "pipeline.toml"]])
def test_abbreviated_options_are_refused(argv, capsys):
    assert main(argv, io.StringIO(), io.StringIO()) == 2
    assert "unrecognized arguments" in capsys.readouterr().err


def test_build_force_counts_rewritten_pages_as_written(tmp_path):
    run("build", str(INPUT), "--out", str(tmp_path))
    before = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*.html")}
    code, out, _ = run("build", str(INPUT), "--out", str(tmp_path), "--force")
    assert code == 0 and "3 pages: 3 written, 0 unchanged" in out
    assert all(p.stat().st_mtime_ns >= t for p, t in before.items())


def test_plurals_are_right(tmp_path):
    shutil.copy(SEED, tmp_path / "one.html")
    code, out, _ = run("build", str(tmp_path / "one.html"), "--out", str(tmp_path / "o"))
    assert out.rstrip().endswith("1 page: 1 written, 0 unchanged, 0 failed; 0 errors, 1 warning")
    code, out, _ = run("check", str(tmp_path / "one.html"), "--out", str(tmp_path / "x"))
    assert "1 page: 0 would change, 1 missing, 0 up to date, 0 failed; 1 error, 1 warning" in out
    assert "check failed: 1 of 1 page (--fail-on error)" in out


def test_a_canonical_url_on_another_host_than_base_url_is_warned_about(tmp_path):
    """The issue: nothing warned when site.base_url was not the host of the pages'
    canonical URLs."""
    code, out, _ = run("build", str(SEED), "--out", str(tmp_path / "a"))
    assert "URL_OTHER_HOST" not in out
    other = write_config(tmp_path, BASE_TOML.replace(
        'base_url = "https://www.upcregenerative.example/"',
        'base_url = "https://staging.example.org/"'))
    code, out, _ = run("build", str(SEED), "--out", str(tmp_path / "b"), config=other)
    assert code == 0
    assert ("warning URL_OTHER_HOST $['@graph'][0].url") in out
    assert ("the page's URL https://www.upcregenerative.example/blog/ketamine-for-chronic-pain/ "
            "is on www.upcregenerative.example, but site.base_url is "
            "https://staging.example.org/") in out


def test_page_name_missing_is_configurable(tmp_path):
    page = tmp_path / "untitled.html"
    page.write_text("<html><body><main><p>Medically reviewed by Rainier Guiang, MD — last "
                    "reviewed October 2, 2026</p></main></body></html>", encoding="utf-8")
    _, before, _ = run("build", str(page), "--out", str(tmp_path / "a"))
    assert "PAGE_NAME_MISSING" in before
    config = write_config(tmp_path,
                          BASE_TOML + '\n[findings.severity]\nPAGE_NAME_MISSING = "off"\n')
    _, after, _ = run("build", str(page), "--out", str(tmp_path / "b"), config=config)
    assert "PAGE_NAME_MISSING" not in after
