"""The schema.org vocabulary (release 30.0), from the compact file in `pipeline/data/`.

Regenerate that file with `tools/make_vocabulary.py`. Used to check that every
term the pipeline emits exists, applies to its type and is not pending.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

VOCABULARY_FILE = "data/schemaorg-vocabulary.json"  # in the package


@cache
def vocabulary() -> dict[str, Any]:
    """The parsed vocabulary file, loaded once per process."""
    text = resources.files("pipeline").joinpath(VOCABULARY_FILE).read_text("utf-8")
    return json.loads(text)


@cache
def ancestors(cls: str) -> frozenset[str]:
    """`cls` and every class it inherits from."""
    classes = vocabulary()["classes"]
    seen: set[str] = set()
    todo = [cls]
    while todo:
        name = todo.pop()
        if name in seen or name not in classes:
            continue
        seen.add(name)
        todo.extend(classes[name]["parents"])
    return frozenset(seen)


def is_class(name: str) -> bool:
    return name in vocabulary()["classes"]


def is_pending(term: str) -> bool:
    """True for a pending class or property (real but unstable)."""
    entry = vocabulary()["classes"].get(term) or vocabulary()["properties"].get(term)
    return bool(entry and entry["pending"])


def property_applies(prop: str, types: list[str] | tuple[str, ...]) -> bool:
    """True when `prop` exists and one of `types` (or an ancestor) is in its domain."""
    entry = vocabulary()["properties"].get(prop)
    if entry is None:
        return False
    domains = set(entry["domains"])
    return any(domains & ancestors(t) for t in types)


def members(enumeration: str) -> frozenset[str]:
    """The members of a schema.org enumeration, such as `MedicalSpecialty`."""
    return frozenset(
        name for name, types in vocabulary()["members"].items() if enumeration in types
    )
