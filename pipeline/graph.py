"""Views of a JSON-LD graph, without a parser: its nodes' types and its Questions. The
one place a schema.org term loses its prefix (`local_name`)."""

from __future__ import annotations

from typing import Any

SCHEMA_PREFIXES = ("https://schema.org/", "http://schema.org/")


def local_name(term: Any) -> str:
    """A schema.org term without its prefix ("https://schema.org/Question" -> "Question");
    any other term as it is."""
    text = str(term)
    for prefix in SCHEMA_PREFIXES:
        if text.startswith(prefix):
            return text[len(prefix):]
    return text


def is_schema_term(term: Any) -> bool:
    """True for a term in the schema.org namespace (http or https)."""
    return str(term).startswith(SCHEMA_PREFIXES)


def types_of(node: dict[str, Any]) -> list[str]:
    """A node's @type values, without the schema.org prefix."""
    value = node.get("@type", [])
    if type(value) is str and not value.startswith("http"):
        return [value]  # a plain term, most nodes': no prefix to take off
    items = value if isinstance(value, list) else [value]
    return [local_name(t) for t in items]


def graph_questions(graph: dict[str, Any]) -> list[tuple[int, dict[str, Any]]]:
    """(index in `@graph`, node) of every Question node of a graph document."""
    return [(i, n) for i, n in enumerate(graph.get("@graph", []))
            if isinstance(n, dict) and "Question" in types_of(n)]


def question_names(graph: dict[str, Any]) -> list[tuple[int, str]]:
    """(index in `@graph`, name) of every Question node: what the manifest records."""
    return [(i, str(node.get("name", ""))) for i, node in graph_questions(graph)]
