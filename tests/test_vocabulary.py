"""Every term the pipeline emits exists in schema.org 30.0, applies to its type, and is not pending."""

from __future__ import annotations

import pytest

from pipeline import vocabulary as vocab
from pipeline.existing import nodes
from pipeline.graph import types_of
from pipeline.jsonld import build_graph
from pipeline.records import Citation, Extraction, PageFacts
from pipeline.terms import builtin_terms

from .conftest import INPUT
from .helpers import graph_for

KEYWORDS = {"@id", "@type", "@context", "@graph"}
# Pending terms used on purpose, each documented in README ("Medical entities"):
# a MedicalCode's value has no core property in schema.org 30.0 (termCode is pending too).
DELIBERATE_PENDING = {"codeValue"}


def _check(node: dict, problems: list[str]) -> None:
    types = types_of(node)
    for t in types:
        if not vocab.is_class(t) or vocab.is_pending(t):
            problems.append(f"type {t}")
    for prop, value in node.items():
        if prop in KEYWORDS:
            continue
        pending = vocab.is_pending(prop) and prop not in DELIBERATE_PENDING
        if not vocab.property_applies(prop, types) or pending:
            problems.append(f"{prop} on {types}")
        if "supersededBy" in vocab.vocabulary()["properties"].get(prop, {}):
            problems.append(f"{prop} is superseded")
        for item in value if isinstance(value, list) else [value]:
            member = isinstance(item, str) and item.startswith("https://schema.org/")
            if member and item.removeprefix("https://schema.org/") not in vocab.vocabulary()[
                    "members"]:
                problems.append(f"{prop} value {item}")


@pytest.mark.parametrize("page", sorted(INPUT.rglob("*.html")), ids=lambda p: p.name)
def test_emitted_terms_exist_and_apply(page, config):
    problems: list[str] = []
    for node in nodes(graph_for(page.read_bytes(), config)):
        _check(node, problems)
    assert problems == []


def test_every_dictionary_entry_emits_only_valid_terms(config):
    """A page about every built-in term, citing one work: every node the dictionary can
    produce (each type, code, drug fact and specialty) is checked, not only the sample's."""
    everything = Extraction(
        facts=PageFacts(url="https://e.example/p/", title="T", description=None, language="en"),
        about=builtin_terms(), citations=(Citation("A cited work", "https://e.example/c"),))
    problems: list[str] = []
    checked = list(nodes(build_graph(everything, config)))
    for node in checked:
        _check(node, problems)
    assert problems == []
    assert {"MedicalCondition", "Drug", "MedicalCode", "DrugClass", "CreativeWork",
            "MedicalTherapy", "TherapeuticProcedure", "PsychologicalTreatment",
            "PhysicalTherapy"} <= {t for n in checked for t in types_of(n)}


def test_pending_terms_are_allowed_only_by_name():
    problems: list[str] = []
    _check({"@type": "MedicalCode", "codeValue": "G89.29", "codingSystem": "ICD-10-CM"}, problems)
    _check({"@type": "MedicalCode", "termCode": "G89.29"}, problems)
    _check({"@type": "Drug", "rxcui": "6130"}, problems)
    assert problems == ["termCode on ['MedicalCode']", "rxcui on ['Drug']"]


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


@pytest.mark.parametrize("name", ["review-vocabulary.json", "faq-vocabulary.json",
                                  "credentials.json", "medical-terms.json"])
def test_a_data_file_names_each_key_once_per_object(name):
    """The hand-formatted data files are edited by hand and merged: a key written twice in
    one object is silently the last one for `json.load` (a Malay FAQ-phrase list once was,
    and the first list was dead data)."""
    import json
    from collections import Counter
    from pathlib import Path

    twice: list[str] = []

    def pairs(items: list[tuple[str, object]]) -> dict[str, object]:
        twice.extend(k for k, n in Counter(k for k, _ in items).items() if n > 1)
        return dict(items)

    path = Path(__file__).resolve().parents[1] / "pipeline" / "data" / name
    json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=pairs)
    assert twice == []


def test_no_month_name_names_two_months_across_languages():
    """Month names of every section are merged into one table, so a name two languages
    give different months would read one of them wrongly (Haitian Creole's 'out' for
    August made Portuguese '30 out. 2026', 30 October, a date in August)."""
    import json

    from .conftest import ROOT

    data = json.loads((ROOT / "pipeline" / "data" / "review-vocabulary.json").read_text("utf-8"))
    seen: dict[str, tuple[str, int]] = {}
    clashes = []
    for lang, section in data.items():
        if not isinstance(section, dict):
            continue
        for number, names in section.get("months", {}).items():
            for name in names:
                key = name.lower().rstrip(".")
                if key in seen and seen[key][1] != int(number):
                    clashes.append((key, seen[key], (lang, int(number))))
                seen.setdefault(key, (lang, int(number)))
    assert clashes == []
