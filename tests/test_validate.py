"""Validation: JSON Schemas plus the rules a schema cannot express."""

from __future__ import annotations

import copy

from pipeline.document import Document
from pipeline.validate import validate_graph, validate_page

from .conftest import SEED, TODAY
from .helpers import graph_for


def codes(findings):
    return sorted({(f.code, f.severity) for f in findings})


def seed_graph(config):
    return graph_for(SEED.read_bytes(), config)


def test_seed_graph_is_valid(config):
    doc = Document.from_bytes(SEED.read_bytes())
    findings = validate_graph(seed_graph(config), doc, TODAY)
    # the seed's "Sources & further reading" heading has no links under it
    assert sorted(codes(findings)) == [("DATE_MONTH_PRECISION", "info"), ("SOURCES_EMPTY", "warning")]


def test_schema_violations_carry_a_json_path(config):
    graph = seed_graph(config)
    del graph["@graph"][1]["acceptedAnswer"]
    graph["@graph"][0]["lastReviewed"] = "June 2026"
    findings = validate_graph(graph, Document.from_bytes(SEED.read_bytes()), TODAY)
    paths = {f.path for f in findings if f.code == "SCHEMA"}
    assert "$['@graph'][1]" in paths
    assert "$['@graph'][0].lastReviewed" in paths


def test_terms_outside_the_schema_are_rejected(config):
    graph = seed_graph(config)
    graph["@graph"][0]["aspect"] = "Treatment"
    findings = validate_graph(graph, Document.from_bytes(SEED.read_bytes()), TODAY)
    assert any(f.code == "SCHEMA" and "aspect" in f.message for f in findings)


def test_disallowed_answer_tags_fail_the_schema(config):
    graph = seed_graph(config)
    graph["@graph"][1]["acceptedAnswer"]["text"] = "<span>x</span>"
    findings = validate_graph(graph, Document.from_bytes(SEED.read_bytes()), TODAY)
    assert any(f.code == "SCHEMA" and f.path.endswith("acceptedAnswer.text") for f in findings)


def test_invisible_question_is_an_error(config):
    graph = seed_graph(config)
    graph["@graph"][2]["name"] = "A question nobody can see?"
    findings = validate_graph(graph, Document.from_bytes(SEED.read_bytes()), TODAY)
    assert ("FAQ_NOT_VISIBLE", "error") in codes(findings)


def test_second_faqpage_from_another_tool_is_an_error(config):
    other = b'<script type="application/ld+json">{"@type":"FAQPage","mainEntity":[]}</script>'
    raw = SEED.read_bytes().replace(b"</head>", other + b"</head>")
    findings = validate_graph(seed_graph(config), Document.from_bytes(raw), TODAY)
    assert ("FAQPAGE_COUNT", "error") in codes(findings)


def test_broken_json_ld_of_another_tool_is_a_warning(config):
    raw = SEED.read_bytes().replace(
        b"</head>", b'<script type="application/ld+json">{"broken": </script></head>')
    findings = validate_graph(seed_graph(config), Document.from_bytes(raw), TODAY)
    assert ("JSONLD_OTHER_INVALID", "warning") in codes(findings)


def test_review_date_in_the_future_is_an_error(config):
    graph = copy.deepcopy(seed_graph(config))
    graph["@graph"][0]["lastReviewed"] = "2026-12"
    findings = validate_graph(graph, Document.from_bytes(SEED.read_bytes()), TODAY)
    assert ("REVIEW_IN_FUTURE", "error") in codes(findings)


def test_validate_page_without_our_block():
    graph, findings = validate_page(Document.from_bytes(SEED.read_bytes()), TODAY)
    assert graph is None and codes(findings) == [("JSONLD_MISSING", "error")]
