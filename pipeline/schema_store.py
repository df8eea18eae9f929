"""Load the JSON Schemas in `schemas/` once, into one registry, and build validators."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource

BASE = "https://healthld.example/schemas/"


@cache
def registry() -> Registry:
    """Every schema file, keyed by its `$id`, so `$ref`s between files resolve offline."""
    resources_ = []
    for entry in sorted(resources.files("pipeline.schemas").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".schema.json"):
            contents = json.loads(entry.read_text("utf-8"))
            resources_.append((contents["$id"], Resource.from_contents(contents)))
    return Registry().with_resources(resources_)


def _inline(node: Any, resolver: Any, seen: frozenset[int] = frozenset()) -> Any:
    """`node` with every `$ref` replaced by the schema it points at.

    Validation gives the same errors at the same instance paths, in half the time: the
    profile of a build showed a quarter of a page's time in resolving `$ref`s (URI joins
    and registry look-ups) on every node of every page. A recursive `$ref` is kept.
    """
    if isinstance(node, list):
        return [_inline(item, resolver, seen) for item in node]
    if not isinstance(node, dict):
        return node
    out = {k: _inline(v, resolver, seen) for k, v in node.items()
           if k not in ("$ref", "$id", "$defs", "$schema")}
    ref = node.get("$ref")
    if ref is None:
        return out
    resolved = resolver.lookup(ref)
    key = id(resolved.contents)  # the target schema, wherever it is referred to from
    if key in seen:
        return node
    target = _inline(resolved.contents, resolved.resolver, seen | {key})
    if not out:
        return target
    out.setdefault("allOf", []).append(target)
    return out


@cache
def validator(name: str) -> Draft202012Validator:
    """A validator for `schemas/<name>.schema.json` with its `$ref`s inlined, built once
    per process. The schema files are checked against the draft 2020-12 metaschema by
    the tests (test_every_schema_file_is_a_valid_draft_2020_12_schema), not on every run:
    that check took a fifth of a no-op build."""
    uri = BASE + name + ".schema.json"
    schema: Any = registry().contents(uri)
    inlined = _inline(schema, registry().resolver(uri))
    inlined["$schema"] = schema["$schema"]
    return Draft202012Validator(inlined, registry=registry())


_NODE_CACHE: dict[str, tuple[tuple[str, str], ...]] = {}
_NODE_CACHE_MAX = 4096


class _NodeChecker:
    """Validates one `@graph` node as the node schema does, without trying every type's
    `if` on every node: when each `allOf` entry is `{"if": {"properties": {"@type": ...}},
    "then": ...}`, the `then`s that apply depend on the node's `@type` alone, so they are
    found once per distinct `@type` and the other conditions are never evaluated. Any
    other shape, or a node that is not an object with an `@type`, is validated whole."""

    def __init__(self, schema: dict[str, Any]) -> None:
        self.whole = Draft202012Validator(schema)
        entries = schema.get("allOf")
        self.dispatch = isinstance(entries, list) and all(
            isinstance(e, dict) and set(e) == {"if", "then"} and isinstance(e["if"], dict)
            and set(e["if"]) == {"properties"} and set(e["if"]["properties"]) == {"@type"}
            for e in entries)
        self.shell = Draft202012Validator({k: v for k, v in schema.items() if k != "allOf"})
        self.entries = [(Draft202012Validator(e["if"]), Draft202012Validator(e["then"]))
                        for e in entries] if self.dispatch else []
        self.by_type: dict[str, list[Draft202012Validator]] = {}

    def errors(self, node: Any) -> tuple[tuple[str, str], ...]:
        if not (self.dispatch and isinstance(node, dict) and "@type" in node):
            return tuple((e.json_path, e.message) for e in self.whole.iter_errors(node))
        key = json.dumps(node["@type"], sort_keys=True)
        thens = self.by_type.get(key)
        if thens is None:
            probe = {"@type": node["@type"]}
            thens = [then for cond, then in self.entries if cond.is_valid(probe)]
            self.by_type[key] = thens
        found = [(e.json_path, e.message) for e in self.shell.iter_errors(node)]
        for then in thens:
            found += [(e.json_path, e.message) for e in then.iter_errors(node)]
        return tuple(found)


@cache
def _graph_parts() -> tuple[Draft202012Validator, _NodeChecker] | None:
    """(the graph schema without its `@graph` items, the checker of one item), or None
    when the graph schema is not shaped that way."""
    schema = validator("graph").schema
    graph_prop = schema.get("properties", {}).get("@graph")
    if not isinstance(graph_prop, dict) or not isinstance(graph_prop.get("items"), dict):
        return None
    items = {k: v for k, v in graph_prop.items() if k != "items"}
    shell = {**schema, "properties": {**schema["properties"], "@graph": items}}
    return Draft202012Validator(shell), _NodeChecker(graph_prop["items"])


def graph_errors(graph: Any) -> list[tuple[str, str]]:
    """Every (JSON path, message) the graph schema reports for `graph`, sorted.

    The same errors as `validator("graph")` (tested), several times faster: the profile
    of a build showed schema validation at a quarter of a page's time once graphs carried
    medical entities, half of it in trying every type's `if` on every node. Each `@graph`
    node is validated on its own against the schema of its `@type` only, and the answer is
    remembered by the node's JSON, so the nodes every page repeats (the organization, the
    website, reviewers, medical entities) are validated once per process."""
    parts = _graph_parts()
    nodes = graph.get("@graph") if isinstance(graph, dict) else None
    if parts is None or not isinstance(nodes, list):
        return sorted((e.json_path, e.message) for e in validator("graph").iter_errors(graph))
    shell, checker = parts
    found = [(e.json_path, e.message) for e in shell.iter_errors(graph)]
    for i, node in enumerate(nodes):
        key = json.dumps(node, sort_keys=True, separators=(",", ":"))
        errors = _NODE_CACHE.get(key)
        if errors is None:
            errors = checker.errors(node)
            if len(_NODE_CACHE) >= _NODE_CACHE_MAX:
                _NODE_CACHE.clear()
            _NODE_CACHE[key] = errors
        found += [(f"$['@graph'][{i}]{path[1:]}", message) for path, message in errors]
    return sorted(found)
