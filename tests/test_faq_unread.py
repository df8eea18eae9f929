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


def test_faq_sections_past_the_page_budget_are_counted_not_read():
    """A page reads its first MOST_SECTIONS FAQ sections (issue 15: hundreds of "FAQ"
    headings, each read in turn, made a page cost 19x a typical page per KB); the labels
    after them are counted in one FAQ_UNREAD with the line of the first, and the questions
    read before them are kept."""
    from pipeline.extract.faq.headings import MOST_SECTIONS

    total = MOST_SECTIONS + 30
    body = "".join(f"<h2>FAQ about topic {i}</h2><h3>Is topic {i} covered?</h3>"
                   f"<p>Yes, topic {i} is covered.</p>\n" for i in range(total))
    page = f"<html lang='en'><body><main><article><h1>Topics</h1>\n{body}</article></main>"
    doc = Document.from_bytes(page.encode())
    items, _ = find_faq(doc, "https://example.org/p")
    assert [i.question for i in items] == [f"Is topic {i} covered?" for i in range(MOST_SECTIONS)]
    [finding] = unread_findings(doc)
    assert finding.code == "FAQ_UNREAD"
    assert finding.message.startswith(f"30 FAQ sections after the page's first {MOST_SECTIONS}")
    assert f"'FAQ about topic {MOST_SECTIONS}'" in finding.message
    assert f"topic {MOST_SECTIONS}</h2>" in page.splitlines()[finding.line - 1]
