"""Reports (`--report PATH`, format by extension) and GitHub Actions annotations, produced by
real `build` and `check` runs over the sample export plus pages with an error, a warning and
a note, and read back with real parsers: json, ElementTree (JUnit), a JSON Schema (SARIF)."""

from __future__ import annotations

import io
import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from pipeline.cli import main

from .conftest import INPUT, ROOT

GOVERNANCE = ROOT / "tests" / "fixtures" / "governance"
SARIF_SCHEMA = ROOT / "tests" / "fixtures" / "sarif" / "sarif-2.1.0-subset.schema.json"
# Extra pages: (fixture, name in the site, the finding it brings, its severity, its line)
EXTRA = [
    ("faq-not-visible/aria-hidden.html", "hidden-answer.html", "FAQ_NOT_VISIBLE", "error", 15),
    ("review-missing/no-review.html", "unreviewed.html", "REVIEW_MISSING", "warning", None),
    ("faq-user-submitted/community.html", "community.html", "FAQ_USER_SUBMITTED", "info", 15),
]
FORMATS = ("json", "xml", "sarif", "html")


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main([*argv, "--config", str(ROOT / "pipeline.toml"), "--today", "2026-11-26"],
                out, io.StringIO())
    return code, out.getvalue()


def make_site(root: Path) -> Path:
    """The sample export plus the EXTRA pages, in `root/input`."""
    src = root / "input"
    shutil.copytree(INPUT, src)
    for fixture, name, *_ in EXTRA:
        shutil.copy(GOVERNANCE / fixture, src / name)
    return src


def mixed_run(root: Path, command: str = "build") -> tuple[int, str, dict[str, Path]]:
    """Run `command` over make_site(root) with one report of each format."""
    src = make_site(root)
    reports = {fmt: root / f"report.{fmt}" for fmt in FORMATS}
    args = [command, str(src), "--out", str(root / "output")]
    for path in reports.values():
        args += ["--report", str(path)]
    code, out = run(*args)
    return code, out, reports


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("site")
    code, out, reports = mixed_run(root)
    return root, code, out, reports


def page_names() -> set[str]:
    return {p.name for p in INPUT.rglob("*.html")} | {name for _, name, *_ in EXTRA}


def test_build_exits_1_for_the_error_page_and_writes_every_report(built):
    _, code, _, reports = built
    assert code == 1
    assert all(path.stat().st_size > 0 for path in reports.values())


def test_json_report_has_every_page_with_status_facts_findings_and_timings(built):
    _, _, _, reports = built
    data = json.loads(reports["json"].read_text(encoding="utf-8"))
    assert data["command"] == "build" and data["today"] == "2026-11-26"
    pages = {Path(p["source"]).name: p for p in data["pages"]}
    assert set(pages) == page_names()
    for p in pages.values():
        assert p["seconds"] >= 0 and p["state"] in ("written", "unchanged", "failed")
        assert p["extraction"]["facts"]["url"].startswith("https://")
        for f in p["findings"]:
            assert set(f) >= {"code", "severity", "message", "path", "line"}
    for _, name, code, severity, line in EXTRA:
        assert pages[name]["status"] == severity
        assert {"code": code, "severity": severity, "line": line} in [
            {k: f[k] for k in ("code", "severity", "line")} for f in pages[name]["findings"]]
    assert pages["hidden-answer.html"]["state"] == "failed"
    seed = pages["ketamine-for-chronic-pain.html"]
    assert seed["extraction"]["review"]["last_reviewed"] == "2026-06"
    assert seed["jsonld"]["@graph"][0]["lastReviewed"] == "2026-06"
    assert data["summary"]["pages"] == len(pages) and data["summary"]["pages_error"] == 1


def test_junit_has_one_testcase_per_page_and_a_failure_for_the_error(built):
    _, _, _, reports = built
    tree = ET.parse(reports["xml"])
    suite = tree.getroot().find("testsuite")
    cases = {Path(c.get("name")).name: c for c in suite.findall("testcase")}
    assert set(cases) == page_names()
    assert suite.get("tests") == str(len(cases)) and suite.get("failures") == "1"
    failed = [name for name, c in cases.items() if c.find("failure") is not None]
    assert failed == ["hidden-answer.html"]
    failure = cases["hidden-answer.html"].find("failure")
    assert failure.get("type") == "FAQ_NOT_VISIBLE"
    assert re.search(r"hidden-answer\.html:15: error FAQ_NOT_VISIBLE answer to", failure.text)
    assert "REVIEW_MISSING" in cases["unreviewed.html"].find("system-out").text
    assert all(float(c.get("time")) >= 0 for c in cases.values())


def test_sarif_is_valid_and_has_one_result_per_finding_with_file_and_line(built):
    _, _, _, reports = built
    sarif = json.loads(reports["sarif"].read_text(encoding="utf-8"))
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    errors = list(Draft202012Validator(schema).iter_errors(sarif))
    assert errors == []
    report = json.loads(reports["json"].read_text(encoding="utf-8"))
    assert len(sarif["runs"]) == 1
    run_ = sarif["runs"][0]
    results = run_["results"]
    assert len(results) == sum(len(p["findings"]) for p in report["pages"])
    rules = run_["tool"]["driver"]["rules"]
    for r in results:
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]
    hidden = [r for r in results if r["ruleId"] == "FAQ_NOT_VISIBLE"]
    assert len(hidden) == 1 and hidden[0]["level"] == "error"
    location = hidden[0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"].endswith("input/hidden-answer.html")
    assert location["region"] == {"startLine": 15}
    levels = {r["ruleId"]: r["level"] for r in results}
    assert levels["REVIEW_MISSING"] == "warning" and levels["FAQ_USER_SUBMITTED"] == "note"


def test_html_report_is_self_contained(built):
    _, _, _, reports = built
    html = reports["html"].read_text(encoding="utf-8")
    assert not re.search(r"<(script|img|iframe)[^>]+src=|<link\b|@import|url\(", html, re.I)
    for name in page_names():
        assert name in html
    assert html.count('<tr data-severities=') == len(page_names())


def test_no_report_promises_a_rich_result(built):
    _, _, out, reports = built
    for text in [out, *(p.read_text(encoding="utf-8") for p in reports.values())]:
        assert "rich result" not in text.lower()


def test_check_reports_carry_the_check_state(tmp_path):
    code, out, reports = mixed_run(tmp_path, "check")
    assert code == 1
    data = json.loads(reports["json"].read_text(encoding="utf-8"))
    assert data["command"] == "check"
    states = {Path(p["source"]).name: p["state"] for p in data["pages"]}
    assert states["hidden-answer.html"] == "failed"
    assert states["unreviewed.html"] == "missing"
    suite = ET.parse(reports["xml"]).getroot().find("testsuite")
    # every page fails the check: nothing was built, so every output is missing
    assert suite.get("failures") == str(len(states))
    assert "OUTPUT_MISSING" in reports["sarif"].read_text(encoding="utf-8")


def test_check_fail_on_warning_makes_warnings_junit_failures(tmp_path):
    src = make_site(tmp_path)
    out_dir = tmp_path / "output"
    run("build", str(src), "--out", str(out_dir))
    report = tmp_path / "check.xml"
    code, _ = run("check", str(src), "--out", str(out_dir), "--fail-on", "warning",
                  "--report", str(report))
    assert code == 1
    cases = {Path(c.get("name")).name: c for c in ET.parse(report).getroot().iter("testcase")}
    failing = sorted(n for n, c in cases.items() if c.find("failure") is not None)
    assert {"hidden-answer.html", "unreviewed.html"} <= set(failing)
    assert "community.html" not in failing  # a note is below the threshold
    assert "spravato-treatment-sessions.html" not in failing
    for name in failing:
        assert re.search(r": (error|warning) [A-Z_]+ ", cases[name].find("failure").text)


def test_github_annotations_only_under_github_actions(tmp_path, monkeypatch):
    src = make_site(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    _, out = run("build", str(src), "--out", str(tmp_path / "a"))
    assert "::error" not in out
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    _, out = run("build", str(src), "--out", str(tmp_path / "b"))
    lines = [ln for ln in out.splitlines() if ln.startswith("::")]
    error = next(ln for ln in lines if "FAQ_NOT_VISIBLE" in ln)
    assert re.fullmatch(
        r"::error file=[^,]*hidden-answer\.html,line=15,title=healthld FAQ_NOT_VISIBLE::"
        r"FAQ_NOT_VISIBLE: answer to 'How long does an infusion take\?' is not visible on the page "
        r"\(\$\['@graph'\]\[\d+\]\.acceptedAnswer\.text\)", error)
    assert any(ln.startswith("::warning file=") and "REVIEW_MISSING" in ln for ln in lines)
    assert any(ln.startswith("::notice file=") and "FAQ_USER_SUBMITTED" in ln for ln in lines)


def test_an_unknown_report_extension_is_a_usage_error(tmp_path):
    code, _ = run("build", str(INPUT), "--out", str(tmp_path), "--report", str(tmp_path / "r.pdf"))
    assert code == 2
    assert not any(tmp_path.iterdir())


def test_a_report_that_cannot_be_written_is_a_usage_error_naming_it(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    out, err = io.StringIO(), io.StringIO()
    code = main(["check", str(INPUT), "--out", str(tmp_path / "o"), "--config",
                 str(ROOT / "pipeline.toml"), "--report", str(blocker / "r.json")], out, err)
    assert code == 2 and "cannot write report" in err.getvalue()


def test_junit_stays_well_formed_with_control_characters_in_page_text():
    from datetime import date

    from pipeline.outcome import Outcome, Run
    from pipeline.records import Finding, PageResult
    from pipeline.reports.junit import render

    result = PageResult(source="input/a\x01b.html", findings=[
        Finding("FAQ_NOT_VISIBLE", "error", "question not visible: 'bad\x0b\x00 text'")])
    root = ET.fromstring(render(Run("build", date(2026, 11, 26), [Outcome(result, "failed")])))
    failure = root.find("testsuite/testcase/failure")
    assert "bad\ufffd\ufffd text" in failure.text
    assert root.find("testsuite/testcase").get("name") == "input/a\ufffdb.html"
