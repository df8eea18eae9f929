"""Bylines: one fixture page per shape health publishers use, with the expected extraction
beside it (`tests/fixtures/bylines/<name>.json`). Negative fixtures ("Fact checked by",
"Edited by", "reviewed by" in prose and in comments) expect no review.

Regenerate the expected files after an intended change with `UPDATE_GOLDEN=1`, and
review the diff.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.document import Document
from pipeline.extract import extract
from pipeline.records import Person

from .conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "bylines"
PAGES = sorted(FIXTURES.glob("*.html"))


def _person(person: Person | None) -> dict | None:
    if person is None:
        return None
    data = asdict(person)
    data["credentials"] = list(person.credentials)
    return data


def observed(page: Path) -> dict:
    """What extraction finds in one fixture, in the shape of its expected JSON file."""
    doc = Document.from_bytes(page.read_bytes(), str(page))
    extraction = extract(doc, f"https://www.upcregenerative.example/fixtures/{page.stem}/")
    review = extraction.review
    return {
        "reviewer": _person(review.reviewer if review else None),
        "last_reviewed": review.last_reviewed if review else None,
        "author": _person(extraction.facts.author),
    }


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_byline_extraction_matches_expected(page):
    expected_file = page.with_suffix(".json")
    if os.environ.get("UPDATE_GOLDEN"):
        expected_file.write_text(json.dumps(observed(page), indent=2) + "\n", encoding="utf-8")
    assert observed(page) == json.loads(expected_file.read_text(encoding="utf-8"))


def test_every_byline_fixture_has_expected_data():
    assert PAGES, "no byline fixtures found"
    assert sorted(p.with_suffix(".html") for p in FIXTURES.glob("*.json")) == PAGES


@pytest.mark.parametrize("page", [p for p in PAGES if p.stem.startswith("negative-")],
                         ids=lambda p: p.stem)
def test_negative_fixtures_state_no_review(page):
    expected = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    assert expected["reviewer"] is None and expected["last_reviewed"] is None
    assert observed(page)["reviewer"] is None


def test_an_author_heading_or_a_hidden_vcard_is_not_a_byline():
    """"Author, Article and Disclosure Information" (a journal's section heading) and a
    theme's hidden hCard copy (`display: none`) name no author; "Author: NAME" and a
    recipe card's "Author: NAME Prep Time: …" do, the name ending at the card's field."""
    from tests.helpers import page as _page

    def author(body: str) -> str | None:
        doc = Document.from_bytes(_page(f"<main><article><h1>T</h1>{body}</article></main>"))
        found = extract(doc, "https://e.example/p/").facts.author
        return found.name if found else None

    assert author("<p>Author, Article and Disclosure Information</p>") is None
    assert author('<div class="td-author-name vcard author" style="display: none"><span '
                  'class="fn"><a href="/author/x/">Tango</a></span></div>') is None
    assert author("<p>Author: Mara Quist</p>") == "Mara Quist"
    assert author('<div class="wprm-recipe-meta">Author: Deborah Harroun Prep Time: 10 '
                  "minutes</div>") == "Deborah Harroun"


@pytest.mark.parametrize(("body", "lang", "expected"), [
    # An honorific's or an initial's full stop is not where the name ends (eval h312,
    # h317, h323): only "Dr." was known.
    ('<p class="byline">Verfasst von Mag. pharm. Eva Berger</p>', "de-AT", "Eva Berger"),
    ('<p class="byline">Autorin: Dr. med. Anna Lenz</p>', "de-DE", "Anna Lenz"),
    ('<p class="byline">Por Lda. Noelia Carrasco</p>', "es-ES", "Noelia Carrasco"),
    ('<p class="byline">By W. Douglas Tyne. Updated May 2026</p>', "en-US", "W. Douglas Tyne"),
])
def test_a_byline_name_after_a_dotted_title_or_initial(body, lang, expected):
    from tests.helpers import page as _page
    doc = Document.from_bytes(_page(f"<main><article><h1>T</h1>{body}</article></main>",
                                    lang=lang))
    found = extract(doc, "https://e.example/p/").facts.author
    assert (found.name if found else None) == expected


def test_a_leaflets_prepared_by_credit_names_its_author_and_ends_the_last_answer():
    """"Prepared by: NAME, RN" under a patient leaflet's FAQ (h519 and 25 older eval pages):
    the author, and the end of the last answer; "Prepared by: Midwifery team, …" names a
    team, no author."""
    from tests.helpers import page as _page

    def read(footer: str) -> tuple[str | None, str]:
        doc = Document.from_bytes(_page(
            "<main><article><h1>Gallbladder surgery</h1><h2>Questions</h2>"
            "<p><b>When can I shower?</b></p><p>After two days.</p>"
            f"<p><b>When should I call?</b></p><p>If you have a fever.</p>{footer}"
            "</article></main>", lang="en-US"))
        facts = extract(doc, "https://e.example/p/")
        return (facts.facts.author.name if facts.facts.author else None,
                facts.faq[-1].answer_html)

    assert read("<p><b>Prepared by:</b> Dana Whitcomb, RN, Nurse Educator</p>") == (
        "Dana Whitcomb", "If you have a fever.")
    assert read("<p>Prepared by: Midwifery team, Lagan Valley maternity unit</p>")[0] is None


def _stem_pattern() -> re.Pattern[str]:
    """The reference for `_has_stem`: every byline stem as one pattern, a stem of letters
    a-z as a whole word (not inside "page" or "table"), any other found anywhere."""
    from pipeline.extract.page import _byline_stems
    plain, other = _byline_stems()
    words = "|".join(sorted(plain, key=len, reverse=True))
    return re.compile(rf"(?<![a-z])(?:{words})(?![a-z])|{other.pattern}")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["by", "pa", "le", "page", "table", "von", "作者", "may-akda",
                                 "автор", "ta'", " ", "-", ".", "x", "b", "y", "é", "ς", "1"]),
                max_size=8))
def test_the_byline_stem_filter_matches_the_whole_word_pattern(pieces: list[str]) -> None:
    """`_has_stem` (a set lookup per word, the pattern only for other characters) finds a
    stem exactly where the one pattern of every stem would."""
    from pipeline.extract.page import _has_stem
    text = "".join(pieces)
    assert _has_stem(text) == (_stem_pattern().search(text) is not None)


@pytest.mark.parametrize(("line", "author"), [
    ("<p class='post-meta'>Ciarán Doyle, MISCP · Chartered Physiotherapist · 3 August 2026</p>",
     "Ciarán Doyle"),
    ("<div class='brxe-post-meta post-meta'><span class='item'>Gabriel Soto, PT, DPT, SCS</span>"
     "<span class='separator'>·</span><span>May 2, 2026</span></div>", "Gabriel Soto"),
    ("<div class='post-author'>NestTalkHQ <span class='badge'>NestTalk HQ</span></div>", None),
    ("<p class='post-meta'>Reviewed by Dr Ann Lee, MD · 3 August 2026</p>", None),
])
def test_a_byline_line_with_no_by_after_the_title_names_the_author(line, author):
    """A byline-classed line right after the title whose first part is a person with a
    listed credential ("NAME, MISCP · Chartered Physiotherapist · DATE") names the author;
    a forum handle with a badge ("HQ": no listed credential) and a review line do not."""
    html = (f"<!DOCTYPE html><html lang='en'><head><title>T</title></head><body><main><h1>"
            f"Sprained ankle</h1>{line}<p>Text of the article.</p></main></body></html>")
    facts = extract(Document.from_bytes(html.encode()), "https://e.example/x/").facts
    assert (facts.author.name if facts.author else None) == author
