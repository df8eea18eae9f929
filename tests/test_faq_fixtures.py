"""FAQ extraction on realistic pages, one per markup family and one per trap.

Each `tests/fixtures/faq/<name>.html` has its expected extraction beside it in
`<name>.json`: `{"source": extractor name(s) or null, "items": [{"question", "answer_html",
"anchor"}]}` (the anchor is the id the markup gives the question, used for its `@id`).
Adding a pair adds a test. Pages named `no-*` are negative fixtures (an FAQ heading
without questions, comments, navigation, sidebars, related posts, lone toggles...):
they must yield nothing. Pages named `overlap-*` are read by two families at once and
must yield each question once, from the more specific family.

Regenerate after an intended change with `UPDATE_GOLDEN=1 make test`, and review the diff.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from pipeline.document import Document
from pipeline.extract.faq import extractors, find_faq
from pipeline.extract.html import ALLOWED_TAGS

from .conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "faq"
PAGES = sorted(FIXTURES.glob("*.html"))
BASE_URL = "https://www.northside-health.example/blog/"
_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)")


def _document(page: Path) -> Document:
    return Document.from_bytes(page.read_bytes(), str(page))


def _extraction(page: Path) -> dict:
    items, source = find_faq(_document(page), f"{BASE_URL}{page.stem}/")
    return {
        "source": source,
        "items": [
            {"question": i.question, "answer_html": i.answer_html, "anchor": i.anchor}
            for i in items
        ],
    }


def _expected(page: Path) -> dict:
    return json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_faq_fixture_is_extracted_exactly(page):
    got = _extraction(page)
    if os.environ.get("UPDATE_GOLDEN"):
        text = json.dumps(got, indent=2, ensure_ascii=False) + "\n"
        page.with_suffix(".json").write_text(text, encoding="utf-8")
    assert got == _expected(page)


def test_every_fixture_page_has_expected_data():
    assert sorted(p.stem for p in FIXTURES.glob("*.json")) == sorted(p.stem for p in PAGES)


def test_every_extractor_is_exercised_by_a_fixture():
    sources = {name for p in PAGES for name in (_expected(p)["source"] or "").split("+")}
    assert {e.name for e in extractors()} <= sources


@pytest.mark.parametrize("page", [p for p in PAGES if p.stem.startswith("no-")],
                         ids=lambda p: p.stem)
def test_negative_fixture_yields_no_faq(page):
    assert _expected(page) == {"source": None, "items": []}


@pytest.mark.parametrize("page", [p for p in PAGES if not p.stem.startswith("no-")],
                         ids=lambda p: p.stem)
def test_expected_faq_is_visible_unique_and_uses_only_allowed_tags(page):
    """The golden data itself obeys the product rules, so a careless regeneration cannot
    slip a hidden, repeated or badly tagged answer in."""
    doc = _document(page)
    items = _expected(page)["items"]
    assert len(items) >= 1  # a one-question FAQ under an FAQ heading counts
    questions = [i["question"].casefold() for i in items]
    assert len(set(questions)) == len(questions)
    for item in items:
        assert item["question"] == " ".join(item["question"].split())
        assert doc.is_visible_text(item["question"])
        assert {t.lower() for t in _TAG.findall(item["answer_html"])} <= ALLOWED_TAGS


@pytest.mark.parametrize("page", [p for p in PAGES if p.stem.startswith("overlap-")],
                         ids=lambda p: p.stem)
def test_overlapping_families_give_each_question_once(page):
    """Two families really read these questions, and only the higher-priority one is kept."""
    doc = _document(page)
    base = f"{BASE_URL}{page.stem}/"
    expected = _expected(page)
    questions = [i["question"] for i in expected["items"]]
    readers = [
        e for e in extractors()
        if any(set(questions) & {i.question for i in b.items} for b in e.find(doc, base))
    ]
    assert len(readers) >= 2
    assert expected["source"] == readers[0].name  # extractors() is highest priority first
    assert [i.question for i in find_faq(doc, base)[0]] == questions
