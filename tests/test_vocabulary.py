"""Every term the pipeline emits exists in schema.org 30.0, applies to its type, and is not pending."""

from __future__ import annotations

import pytest

from pipeline import vocabulary as vocab
from pipeline.existing import nodes, types_of

from .conftest import INPUT
from .helpers import graph_for

KEYWORDS = {"@id", "@type", "@context", "@graph"}


def _check(node: dict, problems: list[str]) -> None:
    types = types_of(node)
    for t in types:
        if not vocab.is_class(t) or vocab.is_pending(t):
            problems.append(f"type {t}")
    for prop, value in node.items():
        if prop in KEYWORDS:
            continue
        if not vocab.property_applies(prop, types) or vocab.is_pending(prop):
            problems.append(f"{prop} on {types}")
        if "supersededBy" in vocab.vocabulary()["properties"].get(prop, {}):
            problems.append(f"{prop} is superseded")
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and item.startswith("https://schema.org/"):
                if item.removeprefix("https://schema.org/") not in vocab.vocabulary()["members"]:
                    problems.append(f"{prop} value {item}")


@pytest.mark.parametrize("page", sorted(INPUT.rglob("*.html")), ids=lambda p: p.name)
def test_emitted_terms_exist_and_apply(page, config):
    problems: list[str] = []
    for node in nodes(graph_for(page.read_bytes(), config)):
        _check(node, problems)
    assert problems == []


def test_the_check_itself_catches_known_traps():
    problems: list[str] = []
    _check({"@type": "Person", "hasCredential": "MD", "medicalSpecialty": "x"}, problems)
    _check({"@type": "MedicalWebPage", "specialty": "https://schema.org/PainMedicine"}, problems)
    _check({"@type": "MedicalWebPage", "aspect": "x"}, problems)
    assert problems == [
        "hasCredential on ['Person']",
        "medicalSpecialty on ['Person']",
        "specialty value https://schema.org/PainMedicine",
        "aspect is superseded",
    ]
