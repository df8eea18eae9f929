"""Pathological page shapes (issue 15) build, and build in linear time.

The shapes are bench/adversarial.py's generated pages (the benchmark times them at two
sizes). Here time is counted in steps, not seconds: the Python function calls a page's
build makes (`sys.setprofile`), at sizes n, 2n and 4n. The fixed cost of a page cancels
out of the growth (c(4n) - c(2n)) / (c(2n) - c(n)): 2 for a linear build, 4 for a
quadratic one. Work that Python does in C without calls (regular expressions, substring
searches) is counted by the pattern test (test_linear.py) and by `test_visible_text_*`.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

from pipeline.build import render_page
from pipeline.config import SiteConfig
from pipeline.document import Document
from pipeline.records import PageResult

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("adversarial", ROOT / "bench" / "adversarial.py")
assert _spec is not None and _spec.loader is not None
adversarial = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(adversarial)

TODAY = date(2026, 11, 26)


def _build(config: SiteConfig, html: str) -> tuple[bytes | None, PageResult]:
    result = PageResult(source="page.html", output="page.html")
    page = render_page(html.encode("utf-8"), "page.html", "https://www.example.org/p", config,
                       TODAY, None, result)
    return page, result


def _calls(config: SiteConfig, html: str) -> int:
    count = 0

    def profile(frame: FrameType, event: str, arg: Any) -> None:
        nonlocal count
        if event == "call":
            count += 1

    sys.setprofile(profile)
    try:
        _build(config, html)
    finally:
        sys.setprofile(None)
    return count


def growth(config: SiteConfig, make: Callable[[int], str], n: int) -> float:
    """(c(4n) - c(2n)) / (c(2n) - c(n)) for the calls c of building `make(size)`."""
    _build(config, make(n))  # first use: what is loaded or compiled once is not counted
    small, middle, large = (_calls(config, make(k)) for k in (n, 2 * n, 4 * n))
    return (large - middle) / max(1, middle - small)


# shape -> n for the step count (small: the profiler slows a build tenfold)
SIZES = {
    "deep_blocks": 150,  # the 37 s recipe page: every block's ancestors, every block's text
    "nested_divs": 150,
    "unclosed_font": 150,
    "byline_spans": 150,
    "many_attributes": 200,
    "big_faq": 150,
    "promo_window": 150,
    "at_run": 500,
}


@pytest.mark.parametrize("shape", sorted(SIZES))
def test_shape_builds_in_linear_steps(config: SiteConfig, shape: str) -> None:
    ratio = growth(config, adversarial.SHAPES[shape][0], SIZES[shape])
    assert ratio <= 2.5, f"{shape}: the calls grow {ratio:.2f}x when the page doubles"


@pytest.mark.parametrize("shape", ["nested_divs", "unclosed_font", "deep_blocks"])
def test_deep_nesting_builds(config: SiteConfig, shape: str) -> None:
    """2,000 nested `<div>`s, unclosed `<font>`/`<b>`, nested blocks: the page is built
    (it was "internal error (RecursionError)")."""
    page, result = _build(config, adversarial.SHAPES[shape][0](2000))
    assert page is not None, result.findings
    assert b'class="healthld-graph"' in page


def test_deep_answer_is_kept() -> None:
    """An FAQ answer nested 3,000 deep in unclosed `<b>` gives its text (the answer HTML
    was written by a recursion per element)."""
    from bs4 import BeautifulSoup

    from pipeline.extract.html import clean_html

    soup = BeautifulSoup("<div>" + "<b>" * 3000 + "deep answer" + "<i></i>" * 5 + "</div>",
                         "lxml")
    html = clean_html([soup.div])
    assert html.startswith("<div><b><b>") and "deep answer" in html and "<i>" not in html


def test_byline_in_deep_nesting_is_found(config: SiteConfig) -> None:
    """The author lookup reads each block's text from its children's: a byline 2,000 levels
    down is still found, and long blocks are passed over."""
    page, result = _build(config, adversarial.SHAPES["nested_divs"][0](2000))
    assert result.extraction is not None and result.extraction.facts.author is not None
    assert result.extraction.facts.author.name == "Maria Alvarez"


class _CountingText(str):
    """A str that counts the characters its searches look at."""

    looked = 0

    def find(self, sub: str, start: Any = None, end: Any = None) -> int:  # type: ignore[override]
        lo = 0 if start is None else start
        hi = len(self) if end is None else min(end, len(self))
        at = str.find(self, sub, lo, hi)
        _CountingText.looked += max(0, (at + len(sub) if at >= 0 else hi) - lo)
        return at

    def __contains__(self, sub: object) -> bool:
        _CountingText.looked += len(self)
        return str.__contains__(self, sub)  # type: ignore[operator]


def test_visible_text_checks_of_a_big_faq_take_one_pass() -> None:
    """The visibility check of an FAQ's questions and answers, asked in page order, looks
    at the page's visible text about once in all (it searched it whole once per question
    and answer: minutes for a 32,000-question FAQ)."""
    html = adversarial.SHAPES["big_faq"][0](2000)
    doc = Document.from_bytes(html.encode("utf-8"))
    visible = _CountingText(doc.visible_text)
    doc.__dict__["visible_text"] = visible  # the cached property, counting
    _CountingText.looked = 0
    for i in range(2000):
        assert doc.is_visible_text(f"Question number {i} about ketamine?")
        assert doc.is_visible_text(f"Answer number {i} about the infusion.")
    assert not doc.is_visible_text("a question nowhere on the page")
    assert _CountingText.looked <= 3 * len(visible)


def test_an_element_with_a_flood_of_attributes_is_refused_in_one_line(tmp_path, config):
    """100,000 attributes on one element: libxml2 compares each attribute with every one
    before it (minutes for the page), so the page is refused with its reason, quickly,
    and the batch goes on; 500 attributes are read as usual."""
    from pipeline.build import Job, process_page

    page = tmp_path / "flood.html"
    page.write_text(adversarial.SHAPES["many_attributes"][0](100_000), encoding="utf-8")
    result = process_page(Job(page, tmp_path / "out.html", "flood.html"), config, TODAY)
    assert result.error == ("an element <div> has about 100,000 attributes (over 1,000), "
                            "more than the HTML parser can read in time")
    built, _ = _build(config, adversarial.SHAPES["many_attributes"][0](500))
    assert built is not None


def test_answers_in_deeply_nested_json_ld_are_found():
    """Another tool's JSON-LD nested 3,000 deep: its Answers are read without a recursion
    per level (it was an internal error, RecursionError)."""
    from pipeline.governance import answer_html_findings

    deep: dict[str, Any] = {"@type": "Answer", "text": "<table>x</table>"}
    for _ in range(3000):
        deep = {"hasPart": [deep]}
    from pipeline.existing import JsonLdBlock

    found = answer_html_findings({"@graph": []}, [JsonLdBlock(1, False, deep)])
    assert [f.code for f in found] == ["ANSWER_HTML_DISALLOWED"]
    assert found[0].path.endswith(".text") and found[0].path.count("hasPart") == 3000


def test_a_question_elements_start_is_read_without_a_walk_of_its_depth(monkeypatch):
    """start_text reads at most its first nodes; bs4's `descendants` starts by walking to
    the last descendant, which made 1,000 unclosed <b>s quadratic (qa_runs read every
    bold element's start: make bench-adversarial's unclosed_font grew 3.6x per doubling)."""
    from bs4 import BeautifulSoup, Tag

    from pipeline.extract.faq.shapes import start_text

    soup = BeautifulSoup("<b>" * 3000 + "Q. Is it safe?", "html.parser")
    top, leaf = soup.b, soup.find_all("b")[-1]
    monkeypatch.setattr(Tag, "_last_descendant", lambda *a, **k: (_ for _ in ()).throw(
        AssertionError("a walk of the whole depth")))
    assert start_text(top) == ""  # the first 100 nodes are all <b>s: no text yet
    assert start_text(leaf) == "Q. Is it safe?"


def test_a_cells_first_nodes_are_read_without_a_walk_of_its_depth(monkeypatch):
    """The table reader looks for a heading among a question cell's first nodes
    (tagindex.first_tag) for each table under an FAQ label; bs4's `descendants` walked
    each cell's whole depth first, so 2,000 nested tables after an FAQ answer took
    quadratic time. first_nodes keeps its own stack."""
    from bs4 import BeautifulSoup, Tag

    from pipeline.tagindex import HEADINGS, first_nodes, first_tag

    soup = BeautifulSoup("<table><tr><td>x " * 2000 + "<h3>Q?</h3>", "html.parser")
    top = soup.td
    monkeypatch.setattr(Tag, "_last_descendant", lambda *a, **k: (_ for _ in ()).throw(
        AssertionError("a walk of the whole depth")))
    assert first_tag(top, HEADINGS, 20) is None  # the heading is 8,000 nodes down
    assert len(list(first_nodes(top, 20))) == 20
