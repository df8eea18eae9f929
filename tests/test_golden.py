"""Golden outputs: the graph generated for each sample page is checked in under tests/golden/.

Regenerate after an intended change with `UPDATE_GOLDEN=1 make test`, and review the diff.
"""

from __future__ import annotations

import json
import os

import pytest

from pipeline.document import Document
from pipeline.extract import extract
from pipeline.jsonld import build_graph

from .conftest import INPUT, ROOT

GOLDEN = ROOT / "tests" / "golden"
PAGES = sorted(INPUT.rglob("*.html"))


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(INPUT).as_posix())
def test_graph_matches_golden(page, config):
    rel = page.relative_to(INPUT)
    doc = Document.from_bytes(page.read_bytes(), str(page))
    graph = build_graph(extract(doc, config.base_url + rel.as_posix(), config.language), config)
    golden = GOLDEN / rel.with_suffix(".jsonld")
    if os.environ.get("UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(json.dumps(graph, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    assert graph == json.loads(golden.read_text(encoding="utf-8"))


def test_every_sample_page_has_a_golden_file():
    goldens = sorted(p.relative_to(GOLDEN).with_suffix(".html") for p in GOLDEN.rglob("*.jsonld"))
    assert goldens == [p.relative_to(INPUT) for p in PAGES]


def test_seed_golden_states_the_required_facts():
    """The issue's acceptance facts, read from the checked-in golden file itself."""
    graph = json.loads((GOLDEN / "blog" / "ketamine-for-chronic-pain.jsonld").read_text("utf-8"))
    page, *rest = graph["@graph"]
    assert page["@type"] == ["MedicalWebPage", "FAQPage"]
    questions = [n for n in rest if n["@type"] == "Question"]
    assert [q["name"] for q in questions] == [
        "Is ketamine for chronic pain FDA-approved?",
        "How is ketamine given for chronic pain?",
        "Is ketamine a cure for chronic pain?",
    ]
    assert [q["position"] for q in questions] == [1, 2, 3]
    assert questions[2]["acceptedAnswer"]["text"].startswith("No. Ketamine for chronic pain may")
    reviewer = next(n for n in rest if n["@id"] == page["reviewedBy"]["@id"])
    assert reviewer["name"] == "Rainier Guiang"
    assert reviewer["honorificSuffix"] == "MD"
    assert page["lastReviewed"] == "2026-06"
    assert page["mainEntity"] == [{"@id": q["@id"]} for q in questions]
