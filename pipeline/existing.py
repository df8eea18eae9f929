"""Structured data already on the page, from other tools (our own block is set apart)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any



from .document import Document
from .writeback import MARKER


@dataclass(frozen=True)
class JsonLdBlock:
    """One `application/ld+json` script: its data, or the reason it cannot be read."""

    index: int  # 1-based, in page order
    ours: bool
    data: Any = None
    error: str | None = None


def jsonld_blocks(doc: Document) -> list[JsonLdBlock]:
    """Every JSON-LD script on the page, in order, parsed with the standard JSON parser."""
    blocks = []
    for index, script in enumerate(doc.soup.find_all("script", type="application/ld+json"), 1):
        ours = MARKER in script.get_attribute_list("class")
        text = script.string or ""
        try:
            blocks.append(JsonLdBlock(index, ours, data=json.loads(text)))
        except ValueError as exc:
            blocks.append(JsonLdBlock(index, ours, error=str(exc)))
    return blocks


def nodes(data: Any) -> Iterator[dict[str, Any]]:
    """Every JSON object with an @type in a JSON-LD document, depth first."""
    if isinstance(data, list):
        for item in data:
            yield from nodes(item)
    elif isinstance(data, dict):
        if "@type" in data:
            yield data
        for key, value in data.items():
            if key != "@context":
                yield from nodes(value)


def types_of(node: dict[str, Any]) -> list[str]:
    value = node.get("@type", [])
    items = value if isinstance(value, list) else [value]
    return [str(t).removeprefix("https://schema.org/").removeprefix("http://schema.org/")
            for t in items]


