"""FAQ_UNREAD: an FAQ heading under which nothing could be read is said, with its line,
instead of a silent "0 questions" (issue 12)."""

from __future__ import annotations

import pytest

from pipeline.document import Document
from pipeline.extract.faq import find_faq, unread_findings

from .conftest import ROOT

FAQ = ROOT / "tests" / "fixtures" / "faq"


def _findings(name: str):
    return unread_findings(Document.from_bytes((FAQ / f"{name}.html").read_bytes()))


def test_an_faq_heading_with_no_readable_question_is_reported_with_its_line():
    page = FAQ / "no-faq-heading-without-questions.html"
    [finding] = _findings("no-faq-heading-without-questions")
    assert finding.code == "FAQ_UNREAD" and finding.severity == "info"
    assert "'Frequently asked questions'" in finding.message
    lines = page.read_text(encoding="utf-8").splitlines()
    assert "Frequently asked questions</h2>" in lines[finding.line - 1]


@pytest.mark.parametrize("name", sorted(
    p.stem for p in FAQ.glob("*.html") if not p.stem.startswith("no-")))
def test_a_page_whose_faq_is_read_has_no_unread_finding(name):
    """Every positive fixture: under each FAQ label some reader (the section reader or a
    block family: Yoast, Rank Math, accordions...) found the questions."""
    assert _findings(name) == []


@pytest.mark.parametrize("name", ["no-related-posts", "no-sidebar-nav-faq",
                                  "no-qa-page-stack-exchange"])
def test_labels_in_furniture_and_qa_pages_are_not_reported(name):
    assert _findings(name) == []


def test_a_heading_before_a_recipe_card_only_is_unread():
    raw = (b"<html><head><title>T</title></head><body><main><h1>Soup</h1>"
           b"<h2>Recipe FAQs</h2><div class='wprm-recipe-container'><h2>Soup</h2>"
           b"<p><strong>Can I freeze it?</strong> Yes.</p></div></main></body></html>")
    [finding] = unread_findings(Document.from_bytes(raw))
    assert "'Recipe FAQs'" in finding.message and finding.line == 1


def test_a_heading_soup_gives_five_findings_the_last_counting_the_rest():
    raw = ("<html><body><main><h1>T</h1>" + "<h2>FAQ</h2><p>Call us.</p>" * 40
           + "</main></body></html>").encode()
    findings = unread_findings(Document.from_bytes(raw))
    assert len(findings) == 5
    assert findings[-1].message.endswith("(and 35 more such sections)")


def test_notes_under_a_label_are_not_an_faq_but_are_reported():
    """Ingredient notes under "Ingredient Notes and FAQs", none of them asking anything,
    are not questions (a real recipe page's shape; issue 12, invented questions)."""
    raw = (b"<html><body><main><h1>Salad</h1><h3>Ingredient Notes and FAQs</h3>"
           b"<h4>Greek Yogurt</h4><p>Use full fat.</p><h4>Kale</h4><p>Strip the stems.</p>"
           b"</main></body></html>")
    doc = Document.from_bytes(raw)
    assert find_faq(doc, "https://x.example/") == ((), None)
    [finding] = unread_findings(doc)
    assert "'Ingredient Notes and FAQs'" in finding.message
