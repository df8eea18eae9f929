"""The grafted tree (soup.py) is the tree `BeautifulSoup(markup, "lxml")` builds: node for
node, attribute for attribute, link for link, whether it was grafted or fell back."""

from __future__ import annotations

import random
import warnings

import pytest
from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import soup as soup_module
from pipeline.region import reading_text
from pipeline.soup import GraftingTreeBuilder, grafting_works, parse, tree_signature

from .conftest import INPUT, ROOT
from .test_region import _generator

CORPUS = sorted(p for folder in (ROOT / "tests" / "fixtures", INPUT)
                for p in folder.rglob("*.htm*"))


def _grafted(markup: str) -> tuple[BeautifulSoup, bool]:
    builder = GraftingTreeBuilder()
    return BeautifulSoup(markup, builder=builder), builder.grafted


def _same_tree(markup: str) -> bool:
    """Assert the grafted and the standard trees are identical; True when grafted."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        standard = BeautifulSoup(markup, "lxml")
        grafted, took_graft = _grafted(markup)
    assert tree_signature(grafted) == tree_signature(standard)
    return took_graft


def _texts(raw: bytes) -> list[str]:
    text = raw.decode("utf-8", "replace")
    region = reading_text(text)
    return [text] if region is None else [text, region]


def test_the_installed_bs4_and_lxml_graft():
    assert grafting_works()
    assert parse("<p>x</p>").builder.grafted


@pytest.mark.slow
@pytest.mark.parametrize("path", CORPUS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_fixture_page_and_its_region_give_the_same_tree(path):
    for text in _texts(path.read_bytes()):
        _same_tree(text)


@pytest.mark.slow
def test_bench_pages_are_grafted_and_give_the_same_tree():
    generate = _generator()
    rng = random.Random(3)
    grafted = 0
    for index in range(12):
        page = generate.page(index, rng)
        region = reading_text(page)
        assert region is not None
        grafted += _same_tree(region)
        _same_tree(page)
    assert grafted == 12  # a region never holds </html>: every one takes the fast path


FALLS_BACK = {
    "text after </html>": "<html><body><p>x</p></body></html>\n tail",
    "misplaced doctype": "x<!DOCTYPE html><p>y</p>",
    "second doctype": "<!DOCTYPE html><p>y</p><!doctype html>",
    "doctype with public id": '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x"><p>',
    "bare boolean attribute": "<form><input type=checkbox checked></form>",
    "space after a stray end tag at the start": "</p> <p>x</p>",
    "a comment that seems to run on": "<!-- c --></p> --><p>x</p>",
    "a text node longer than libxml2's tree keeps": "<p>" + "a" * 11_000_000 + "</p>",
    "doctype with a no-break space": "<!DOCTYPE html\xa0><p>x</p>",
    "doctype with a vertical tab": "<!DOCTYPE\x0bhtml><p>x</p>",
    "attribute valued as its own name": '<select><option value="value">v</option></select>',
    "many blank lines, then text": "\n" * 40 + "Hello <p>x</p>",  # once a regex blow-up
    "a comment, blanks, then an entity": "<!--a-->" + " " * 40 + "&amp;",
    "empty": "",
    "whitespace only": " \n\t",
}


@pytest.mark.parametrize("markup", FALLS_BACK.values(), ids=FALLS_BACK.keys())
def test_what_lxml_tree_cannot_show_falls_back_to_the_standard_builder(markup):
    assert _same_tree(markup) is False


GRAFTS = {
    "doctype name as written": "<!DOCTYPE HTML>\n<!-- c --><html><p>x</p>",
    "whitespace collapsed outside pre": "<div>\n  <p>a</p>  \t<p>b</p>\n</div><pre> \n </pre>",
    "empty and blank comments": "<p><!----><!--   -->x</p>",
    "string containers": "<script>a<b</script><style>p{}</style><template><p>t</p></template>"
                         "<ruby>k<rp>(</rp><rt>r</rt></ruby>",
    "multi-valued attributes": '<p class=" a  b " rel="x" id="i  j" headers="h1 h2">x</p>',
    "entities and bare non-boolean attribute": "<p title='a&amp;b' hidden>&lt;&nbsp;&#x41;</p>",
    "meta charset substitution": '<head><meta charset="utf-8"><meta http-equiv="Content-Type" '
                                 'content="text/html; charset=utf-8"></head>',
    "implied and misnested elements": "<table><td>a<p>b<li>c</table><b><i>x</b>y</i>",
    "namespaced-looking names": '<fb:like xml:lang="en" xmlns:fb="u" fb:x="1">f</fb:like>',
    # 1,900 levels: past the recursion limit of a walk with a call per level, and past
    # the 256 libxml2's tree keeps without huge_tree (issue 15's 2,103-deep recipe page)
    "nested 1,900 deep, with text and tails": "<div>" * 950 + "<font>a" * 950 + "deep"
                                              + "</font>b" * 950 + "</div>\n" * 950 + "<p>x",
    "nested one level less than libxml2's tree stops at": "<div>" * 2045 + "d"
                                                           + "</div>" * 2045 + "<p>x",
    # deeper than lxml's tree keeps: built from the parser's events (soup._Events); <html>,
    # <body> and 2,046 divs reach depth 2,047, where libxml2's tree stops
    "nested to the depth libxml2's tree stops at": "<div>" * 2046 + "d" + "</div>" * 2046 + "<p>x",
    "nested deeper than libxml2's tree keeps": "<div>" * 2100 + "deep" + "</div>" * 2100,
    "4,000 unclosed font and b, comments and pre": "<!-- c --><pre> a </pre>"
                                                   + "<font size=2><b>" * 2000 + "<p>t <!---->",
    "a tag and an attribute name past libxml2's name length": (
        "<" + "x" * 60_000 + " " + "y" * 60_000 + "=1>t</p><p " + "z" * 60_000 + ">u"),
}


@pytest.mark.parametrize("markup", GRAFTS.values(), ids=GRAFTS.keys())
def test_tricky_markup_is_grafted_as_the_standard_builder_builds_it(markup):
    assert _same_tree(markup) is True


PIECES = ["<p>", "</p>", "<div class='a b'>", "</div>", "<pre>", "</pre>", "<br>", "<li>",
          "<ul>", "</ul>", "<table>", "<td>", "</table>", "<script>if (a<b) x()</script>",
          "<style>p{}</style>", "<template>", "</template>", "<textarea> t </textarea>",
          "<!-- c -->", "<!---->", "<?php x ?>", "<![CDATA[x]]>", "<!DOCTYPE html>", "<html>",
          "</html>", "<head>", "<body>", "</body>", "<title>t</title>", "<meta charset=utf-8>",
          "<input checked>", "<a href='?a=1&amp;b'>", "</a>", "&amp;", "&nbsp;", "&bogus;",
          "text", " ", "\n", "\t \n", "\xa0", "é", "<svg><path d='M0'/></svg>", "<b>", "</i>",
          "<p hidden>", "<details open>", "</details>", "<x-y data-z=1>", "</x-y>", "<", ">",
          "<!-->", "--!>", "-->", "</ x>", "<x:y a:b=1>", "\r\n", "\x0c", "<main>", "<noscript>"]


@pytest.mark.slow
@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30))
def test_generated_markup_gives_the_same_tree(pieces):
    _same_tree("".join(pieces))


@pytest.mark.slow
@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30), st.sampled_from(PIECES[:8]))
def test_generated_markup_deeper_than_lxml_keeps_gives_the_same_tree(pieces, inside):
    """Past lxml's depth the tree is built from the parser's events: the same tree."""
    _same_tree("<div>" * 2050 + inside + "".join(pieces))


def test_a_release_that_builds_differently_turns_grafting_off(monkeypatch):
    """If the canary document grafts differently (here: whitespace no longer collapsed),
    `parse` uses the standard builder for every page."""
    def keep_whitespace(self, text, parent, cls, keep):
        original(self, text, parent, cls, True)

    original = soup_module._Graft.string
    monkeypatch.setattr(soup_module._Graft, "string", keep_whitespace)
    grafting_works.cache_clear()
    try:
        assert grafting_works() is False
        assert not isinstance(parse("<div>\n <p>x</p></div>").builder, GraftingTreeBuilder)
    finally:
        grafting_works.cache_clear()


def test_a_strainer_or_custom_node_classes_are_left_to_bs4s_own_builder():
    from bs4 import SoupStrainer, Tag

    class MyTag(Tag):
        pass

    markup = "<p>a <a href='/x'>b</a></p>"
    for kwargs in ({"parse_only": SoupStrainer("a")}, {"element_classes": {Tag: MyTag}}):
        builder = GraftingTreeBuilder()
        grafted = BeautifulSoup(markup, builder=builder, **kwargs)
        assert builder.grafted is False
        assert tree_signature(grafted) == tree_signature(BeautifulSoup(markup, "lxml", **kwargs))


def test_a_release_whose_api_the_graft_no_longer_fits_turns_grafting_off(monkeypatch):
    def changed_signature(*args, **kwargs):
        raise TypeError("Tag() got an unexpected keyword argument")

    monkeypatch.setattr(soup_module, "Tag", changed_signature)
    grafting_works.cache_clear()
    try:
        assert grafting_works() is False
    finally:
        grafting_works.cache_clear()
