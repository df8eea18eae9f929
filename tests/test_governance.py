"""Governance rules: one fixture folder per rule under tests/fixtures/governance/, each with
hand-written expectations (expected.json: code, severity, source line, message) for every
page; plus unit tests of the review-age arithmetic, severities and visibility."""

from __future__ import annotations

import json
import pickle
import tomllib
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.batch import discover
from pipeline.build import process_page
from pipeline.config import SiteConfig
from pipeline.dated import add_months, review_findings
from pipeline.document import Document
from pipeline.errors import ConfigError
from pipeline.policy import DEFAULT_SEVERITY, Governance, apply_severity
from pipeline.records import ERROR, WARNING, Finding
from pipeline.sitewide import site_findings
from pipeline.validate import validate_page

from .conftest import INPUT, ROOT, TODAY

FIXTURES = ROOT / "tests" / "fixtures" / "governance"
CASES = sorted(p for p in FIXTURES.iterdir() if p.is_dir())
GOVERNED = set(DEFAULT_SEVERITY)


def site_config(folder: Path | None = None) -> SiteConfig:
    """The repo's config, with the fixture folder's pipeline.toml tables on top."""
    data = tomllib.loads((ROOT / "pipeline.toml").read_text(encoding="utf-8"))
    if folder is not None and (folder / "pipeline.toml").exists():
        data.update(tomllib.loads((folder / "pipeline.toml").read_text(encoding="utf-8")))
    return SiteConfig.from_dict(data)


def findings_for(folder: Path, mode: str, tmp_path: Path) -> dict[str, list[Finding]]:
    config = site_config(folder)
    if mode == "validate":
        return {p.name: validate_page(Document.from_bytes(p.read_bytes(), str(p)), TODAY, config)[1]
                for p in sorted(folder.glob("*.html"))}
    results = [process_page(job, config, TODAY, write=False)
               for job in discover([folder], tmp_path / "out")]
    site_findings(results, config)
    assert not [r.error for r in results if r.error]
    return {Path(r.source).name: r.findings for r in results}


def test_every_governance_rule_has_a_fixture():
    expected_codes = set()
    for folder in CASES:
        expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
        expected_codes |= {f["code"] for fs in expected["pages"].values() for f in fs}
    assert expected_codes == GOVERNED


@pytest.mark.parametrize("folder", CASES, ids=[c.name for c in CASES])
def test_governance_fixture(folder, tmp_path):
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    got = findings_for(folder, expected.get("mode", "build"), tmp_path)
    assert set(got) == set(expected["pages"])
    for page, wanted in expected["pages"].items():
        governed = sorted((f for f in got[page] if f.code in GOVERNED),
                          key=lambda f: (f.code, f.line or 0))
        assert [(f.code, f.severity, f.line) for f in governed] == \
            [(w["code"], w["severity"], w["line"]) for w in wanted], page
        for finding, want in zip(governed, wanted, strict=True):
            assert want["message_contains"] in finding.message
            assert "rich result" not in finding.message.lower()


def test_collapsed_answers_are_extracted_and_count_as_visible(tmp_path):
    folder = FIXTURES / "faq-collapsed-visible"
    config = site_config(folder)
    for job in discover([folder], tmp_path):
        result = process_page(job, config, TODAY, write=False)
        assert len(result.extraction.faq) == 2, job.source
        assert not [f for f in result.findings if f.code == "FAQ_NOT_VISIBLE"]


def test_the_sample_site_passes_governance_at_the_fixed_date(config, sample_pages, tmp_path):
    results = [process_page(job, config, TODAY, write=False) for job in discover([INPUT], tmp_path)]
    site_findings(results, config)
    assert [f for r in results for f in r.findings if f.code in GOVERNED] == []


@pytest.mark.parametrize("reviewed, today, stale", [
    ("2025-11-26", date(2026, 11, 26), False),  # exactly 12 months: not yet
    ("2025-11-25", date(2026, 11, 26), True),
    ("2025-11", date(2026, 11, 30), False),  # a month counts to its last day
    ("2025-11", date(2026, 12, 1), True),
    ("2024-02-29", date(2025, 2, 28), False),  # clamped to the shorter month
    ("2025", date(2026, 12, 31), False),
])
def test_review_age_counts_from_the_end_of_the_stated_period(reviewed, today, stale):
    graph = {"@graph": [{"@type": "MedicalWebPage", "reviewedBy": {"@id": "p"},
                         "lastReviewed": reviewed}]}
    codes = [f.code for f in review_findings(graph, today, Governance())]
    assert codes == (["REVIEW_STALE"] if stale else [])


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 1, 1)), st.integers(0, 240))
def test_add_months_never_goes_back_and_lands_in_the_right_month(day, months):
    later = add_months(day, months)
    assert later >= day
    assert (later.year * 12 + later.month) - (day.year * 12 + day.month) == months


def test_severities_come_from_the_config_and_off_drops_a_rule():
    config = site_config()
    gov = Governance.from_dict({"severity": {"REVIEW_MISSING": "error", "FAQ_USER_SUBMITTED": "off"}})
    config = SiteConfig(**{**config.__dict__, "governance": gov})
    findings = [Finding("REVIEW_MISSING", WARNING, "m"), Finding("FAQ_USER_SUBMITTED", "info", "u"),
                Finding("SCHEMA", ERROR, "s")]
    assert [(f.code, f.severity) for f in apply_severity(findings, config)] == \
        [("REVIEW_MISSING", ERROR), ("SCHEMA", ERROR)]


@pytest.mark.parametrize("table", [
    {"max_review_age_months": 0},
    {"severity": {"REVIEW_STALE": "fatal"}},
    {"severity": {"NO_SUCH_CODE": "error"}},
])
def test_an_invalid_governance_table_is_a_config_error(table):
    data = tomllib.loads((ROOT / "pipeline.toml").read_text(encoding="utf-8"))
    with pytest.raises(ConfigError, match="governance"):
        SiteConfig.from_dict({**data, "governance": table})


@pytest.mark.parametrize("markup, visible", [
    ('<div hidden><p>Secret answer text</p></div>', False),
    ('<div aria-hidden="true"><p>Secret answer text</p></div>', False),
    ('<p style="display:none">Secret answer text</p>', False),
    ('<p style="visibility: hidden">Secret answer text</p>', False),
    ('<div hidden="until-found"><p>Secret answer text</p></div>', True),
    ('<details><summary>Q?</summary><p>Secret answer text</p></details>', True),
    ('<button aria-expanded="false" aria-controls="a">Q?</button>'
     '<div id="a" hidden><p>Secret answer text</p></div>', True),
    ('<div class="accordion-panel" style="display:none"><p>Secret answer text</p></div>', True),
    ('<p aria-hidden="false">Secret answer text</p>', True),
    # toggles, tabs and FAQ panels a builder hides inline until clicked (Thrive, Enfold,
    # WooCommerce product tabs): one click away, as an accordion's panel is
    ('<div class="tve_faqC" style="display: none;"><p>Secret answer text</p></div>', True),
    ('<div class="toggle-content" style="display:none"><p>Secret answer text</p></div>', True),
    ('<div class="woocommerce-Tabs-panel wc-tab" role="tabpanel" style="display: none;">'
     '<p>Secret answer text</p></div>', True),
    ('<table class="table" style="display:none"><tr><td>Secret answer text</td></tr></table>',
     False),  # "table" is not "tab"
    # a web component's title attribute is drawn by its script: visible, unless hidden;
    # a standard element's attribute is not text
    ('<va-accordion-item header="Secret answer text"><p>A</p></va-accordion-item>', True),
    ('<div hidden><sl-details summary="Secret answer text">A</sl-details></div>', False),
    ('<optgroup label="Secret answer text"></optgroup><p title="Secret answer text">x</p>',
     False),
])
def test_visibility_of_hidden_and_collapsed_content(markup, visible):
    doc = Document.from_bytes(f"<html><body><main><h1>T</h1>{markup}</main></body></html>".encode())
    assert doc.is_visible_text("Secret answer text") is visible


def test_answer_html_of_another_tools_faq_block_is_checked_too(config, tmp_path):
    block = ('{"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": [{"@type": '
             '"Question", "name": "Does it hurt?", "acceptedAnswer": {"@type": "Answer", '
             '"text": "<span class=\\"a\\">No</span>, not <u>really</u>."}}]}')
    src = tmp_path / "other-tool.html"
    src.write_text(f'<!doctype html><html lang="en"><head><title>T</title>'
                   f'<script type="application/ld+json">{block}</script></head><body><main>'
                   "<h1>T</h1><p>Medically reviewed by Rainier Guiang, MD — last reviewed "
                   "October 2, 2026</p><h2>FAQ</h2><h3>Does it hurt?</h3><p>No, not really.</p>"
                   "</main></body></html>", encoding="utf-8")
    result = process_page(discover([src], tmp_path / "out")[0], config, TODAY, write=False)
    found = [f for f in result.findings if f.code == "ANSWER_HTML_DISALLOWED"]
    assert len(found) == 1 and found[0].severity == WARNING
    assert found[0].message.startswith("JSON-LD block #1: answer HTML uses <span>, <u>;")
    assert found[0].path == "$.mainEntity[0].acceptedAnswer.text"


@given(st.lists(st.tuples(st.sampled_from(["p", "div", "span", "section"]),
                          st.sampled_from(["", " hidden", ' aria-hidden="true"',
                                           ' style="display:none"', ' class="x"']),
                          st.text(alphabet="abc xyz", min_size=1, max_size=8)),
                min_size=1, max_size=8))
def test_visible_text_is_exactly_the_text_outside_hidden_elements(parts):
    body = "".join(f"<{tag}{attrs}>{text}</{tag}>" for tag, attrs, text in parts)
    doc = Document.from_bytes(f"<html><body><main>{body}</main></body></html>".encode())
    expected = "".join(text for _, attrs, text in parts if attrs in ("", ' class="x"'))
    assert doc.visible_text == "".join(expected.split()).casefold()


def test_a_config_with_governance_is_hashable_and_goes_to_worker_processes():
    config = SiteConfig.from_dict({
        **tomllib.loads((ROOT / "pipeline.toml").read_text(encoding="utf-8")),
        "governance": {"max_review_age_months": 6, "severity": {"REVIEW_STALE": "error"}}})
    copy = pickle.loads(pickle.dumps(config))
    assert copy == config and hash(copy) == hash(config)
    assert copy.governance.severity["REVIEW_STALE"] == ERROR
    assert copy.governance.max_review_age_months == 6


def test_disallowed_answer_html_names_the_answer_by_its_json_path():
    """The path in an ANSWER_HTML_DISALLOWED finding is spelled from the steps taken to the
    Answer: "['@graph']" for an @-key, ".key" for another, "[i]" for a list's item."""
    from pipeline.existing import JsonLdBlock
    from pipeline.governance import answer_html_findings
    answer = {"@type": "Answer", "text": "<table><tr><td>x</td></tr></table>"}
    graph = {"@graph": [{"@type": "WebSite"}, {"@type": "FAQPage", "mainEntity": [
        {"@type": "Question", "acceptedAnswer": {"@type": "Answer", "text": "ok"}},
        {"@type": "Question", "acceptedAnswer": answer}]}]}
    other = [JsonLdBlock(2, False, [{"@type": ["Answer"], "text": "<span>y</span>"}])]
    paths = [f.path for f in answer_html_findings(graph, other)]
    assert paths == ["$['@graph'][1].mainEntity[1].acceptedAnswer.text", "$[0].text"]
