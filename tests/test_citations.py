"""Citations: links under a Sources / References / Further reading heading (issue 7)."""

from __future__ import annotations

import pytest

from pipeline.document import Document
from pipeline.extract.citations import extract_citations
from pipeline.validate import validate_graph

from .conftest import SEED, TODAY
from .helpers import graph_for, page

URL = "https://e.example/blog/post/"


def citations(body: str) -> list[tuple[str, str]]:
    return [(c.name, c.url) for c in extract_citations(Document.from_bytes(page(body)), URL)]


def test_links_under_a_references_heading_become_citations():
    body = ("<article><p>Text with an <a href='https://x.org/inline'>inline link</a>.</p>"
            "<h2>References</h2><ol>"
            "<li><a href='https://pubmed.example/123'>Ketamine for CRPS: a trial</a></li>"
            "<li>Cohen SP et al. <a href='/guidelines/ketamine'>Consensus guidelines</a></li>"
            "<li><a href='https://doi.example/10.1/x'>https://doi.example/10.1/x</a> "
            "Schwartzman RJ, Outpatient ketamine, Pain 2009</li>"
            "<li><a href='#top'>Back to top</a> <a href='mailto:a@b.c'>Mail us</a></li>"
            "</ol><h2>After</h2><p><a href='https://x.org/after'>not a source</a></p></article>")
    assert citations(body) == [
        ("Ketamine for CRPS: a trial", "https://pubmed.example/123"),
        ("Consensus guidelines", "https://e.example/guidelines/ketamine"),
        ("https://doi.example/10.1/x Schwartzman RJ, Outpatient ketamine, Pain 2009",
         "https://doi.example/10.1/x"),
    ]


@pytest.mark.parametrize("heading", ["Sources", "Sources & further reading", "Further reading",
                                     "References and notes", "Bibliography"])
def test_sources_headings(heading):
    body = f"<article><h3>{heading}</h3><p><a href='https://s.example/a'>A study</a></p></article>"
    assert citations(body) == [("A study", "https://s.example/a")]


def test_a_section_ends_at_the_next_heading_of_its_level_or_higher():
    body = ("<article><h2>Sources</h2><h3>Trials</h3><p><a href='https://s.example/1'>One</a></p>"
            "<h2>Next topic</h2><p><a href='https://s.example/2'>Two</a></p></article>")
    assert citations(body) == [("One", "https://s.example/1")]


@pytest.mark.parametrize("heading", ["Source of pain", "Referenced conditions", "Notes"])
def test_no_sources_heading_no_citation(heading):
    body = f"<article><h2>{heading}</h2><p><a href='https://s.example/1'>x</a></p></article>"
    assert citations(body) == []


def test_cited_works_are_creative_works_in_the_graph(config):
    body = "<article><h1>T</h1><h2>Sources</h2><ul><li><a href='https://s.example/1'>One</a></li></ul></article>"
    graph = graph_for(page(body), config)
    assert graph["@graph"][0]["citation"] == [
        {"@type": "CreativeWork", "name": "One", "url": "https://s.example/1"}]


def _codes(body: str, config) -> list[str]:
    raw = page(body)
    return [f.code for f in validate_graph(graph_for(raw, config), Document.from_bytes(raw), TODAY)]


def test_an_empty_sources_section_is_a_warning_not_an_invented_citation(config):
    body = "<article><h1>T</h1><p>Text.</p><h2>Sources &amp; further reading</h2></article>"
    assert "citation" not in graph_for(page(body), config)["@graph"][0]
    assert "SOURCES_EMPTY" in _codes(body, config)


def test_a_sources_section_with_links_is_no_warning(config):
    body = "<article><h1>T</h1><h2>Sources</h2><p><a href='https://s.example/1'>One</a></p></article>"
    assert "SOURCES_EMPTY" not in _codes(body, config)


def test_the_seed_has_an_empty_sources_section(config):
    doc = Document.from_bytes(SEED.read_bytes())
    url = "https://www.upcregenerative.example/blog/ketamine-for-chronic-pain/"
    assert extract_citations(doc, url) == ()
