"""Load the JSON Schemas in `schemas/` once, into one registry, and build validators."""

from __future__ import annotations

import itertools
import json
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

from .validate_compiled import Check, compile_schema, is_valid

if TYPE_CHECKING:  # jsonschema (with referencing and attrs) is imported only when needed:
    from jsonschema import Draft202012Validator  # ~40 ms of every build's start-up
    from jsonschema.exceptions import ValidationError
    from referencing import Registry

BASE = "https://healthld.example/schemas/"


def _draft() -> type[Draft202012Validator]:
    from jsonschema import Draft202012Validator

    return Draft202012Validator


@cache
def _files() -> dict[str, Any]:
    """Every schema file's contents, keyed by its `$id`."""
    found = {}
    for entry in sorted(resources.files("pipeline.schemas").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".schema.json"):
            contents = json.loads(entry.read_text("utf-8"))
            found[contents["$id"]] = contents
    return found


@cache
def registry() -> Registry:
    """Every schema file, keyed by its `$id`, so `$ref`s between files resolve offline."""
    from referencing import Registry, Resource

    return Registry().with_resources(
        (uri, Resource.from_contents(contents)) for uri, contents in _files().items())


def _lookup(ref: str, base: str) -> tuple[Any, str]:
    """The schema `ref` points at from the file `base`, and that schema's file: our files
    refer to each other by name and to their own `$defs` by JSON pointer
    ("common.schema.json#/$defs/text", "#/$defs/texts")."""
    uri, _, pointer = urljoin(base, ref).partition("#")
    node = _files()[uri]
    for part in pointer.split("/")[1:]:
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node, uri


def _inline(node: Any, base: str, seen: frozenset[int] = frozenset()) -> Any:
    """`node` (in the file `base`) with every `$ref` replaced by the schema it points at.

    Validation gives the same errors at the same instance paths, in half the time: the
    profile of a build showed a quarter of a page's time in resolving `$ref`s (URI joins
    and registry look-ups) on every node of every page. A recursive `$ref` is kept.
    """
    if isinstance(node, list):
        return [_inline(item, base, seen) for item in node]
    if not isinstance(node, dict):
        return node
    out = {k: _inline(v, base, seen) for k, v in node.items()
           if k not in ("$ref", "$id", "$defs", "$schema")}
    ref = node.get("$ref")
    if ref is None:
        return out
    contents, uri = _lookup(ref, base)
    key = id(contents)  # the target schema, wherever it is referred to from
    if key in seen:
        return node
    target = _inline(contents, uri, seen | {key})
    if not out:
        return target
    out.setdefault("allOf", []).append(target)
    return out


@cache
def inlined(name: str) -> Any:
    """`schemas/<name>.schema.json` with its `$ref`s inlined, read without jsonschema."""
    uri = BASE + name + ".schema.json"
    schema = _files()[uri]
    out = _inline(schema, uri)
    out["$schema"] = schema["$schema"]
    return out


@cache
def validator(name: str) -> Draft202012Validator:
    """A validator for `schemas/<name>.schema.json` with its `$ref`s inlined, built once
    per process. The schema files are checked against the draft 2020-12 metaschema by
    the tests (test_every_schema_file_is_a_valid_draft_2020_12_schema), not on every run:
    that check took a fifth of a no-op build."""
    return _draft()(inlined(name), registry=registry())


_Errors = tuple[tuple[str, str], ...]


class _Memo:
    """_Errors remembered by a key, emptied when it holds `entries` keys or `chars`
    characters of key text, so memory stays flat however many pages a run has."""

    def __init__(self, entries: int, chars: int) -> None:
        self.entries, self.chars = entries, chars
        self.held: dict[Any, _Errors] = {}
        self.size = 0

    def clear(self) -> None:
        self.held.clear()
        self.size = 0

    def get(self, key: Any) -> _Errors | None:
        return self.held.get(key)

    def put(self, key: Any, text: str, errors: _Errors) -> None:
        if len(self.held) >= self.entries or self.size + len(text) > self.chars:
            self.clear()
        self.held[key] = errors
        self.size += len(text)


_NODE_CACHE = _Memo(4096, 4_000_000)
_VALUE_CACHE = _Memo(8192, 4_000_000)

# Keywords a schema may hold and still be taken apart into a shell, its properties and its
# items: each of them judges the instance the same whether `properties` and `items` hold the
# real subschemas or `true`.
_SHELL_KEYWORDS = frozenset({
    "title", "description", "$comment", "examples", "default", "deprecated", "readOnly",
    "writeOnly", "type", "const", "enum", "if", "then", "else", "not", "anyOf", "oneOf",
    "required", "dependentRequired", "minProperties", "maxProperties", "propertyNames",
    "additionalProperties", "properties", "minItems", "maxItems", "uniqueItems", "items",
    "contains", "minContains", "maxContains"})
# Keywords anywhere under a schema that make it validated whole: they depend on what other
# keywords evaluated, or resolve against a base the pieces no longer have.
_WHOLE_ONLY = ("unevaluatedProperties", "unevaluatedItems", "$ref", "$dynamicRef",
               "$recursiveRef")


def _mentions(schema: Any, keywords: tuple[str, ...]) -> bool:
    """Whether any of `keywords` is a key of `schema` or of anything inside it."""
    if isinstance(schema, dict):
        return (any(k in schema for k in keywords)
                or any(_mentions(v, keywords) for v in schema.values()))
    if isinstance(schema, list):
        return any(_mentions(v, keywords) for v in schema)
    return False


def _pieces(schema: Any) -> list[Any]:
    """Schemas whose errors, together, are the errors of `schema`: its `allOf` entries
    (such as the wrappers `_inline` makes for a `$ref` with siblings) are taken apart,
    as `allOf` adds no message and no path of its own."""
    if not (isinstance(schema, dict) and isinstance(schema.get("allOf"), list)
            and not _mentions(schema, _WHOLE_ONLY)):
        return [schema]
    rest = {k: v for k, v in schema.items() if k != "allOf"}
    return [rest] + [piece for entry in schema["allOf"] for piece in _pieces(entry)]


def _key_path(key: str) -> str:
    """How jsonschema writes the property `key` in a `json_path`: `.name` or `['@id']`."""
    from jsonschema.exceptions import ValidationError

    return ValidationError("", path=[key]).json_path[1:]


class _Piece:
    """Validates an instance against one schema, part by part where it can.

    A schema of a plain shape (only `_SHELL_KEYWORDS` at its top, nothing of `_WHOLE_ONLY`
    inside) is checked as a shell, the schema with every `properties` subschema and its
    `items` replaced by `true` (so `type`, `required`, `additionalProperties`, `uniqueItems`,
    `if`/`then`/`else`... judge the instance exactly as before), plus each present
    property's value and each item against its own subschema, as a `_Part` that remembers
    the errors. Any other schema is validated whole."""

    def __init__(self, schema: Any) -> None:
        self.props: list[tuple[str, str, _Part]] = []
        self.items: _Part | None = None
        props = schema.get("properties") if isinstance(schema, dict) else None
        # A `false` property schema: jsonschema reports its error at the object, not at
        # the property, so such a schema is validated whole to report it the same.
        if not (isinstance(schema, dict) and set(schema) <= _SHELL_KEYWORDS
                and not _mentions(schema, _WHOLE_ONLY)
                and not (isinstance(props, dict) and any(s is False for s in props.values()))):
            self.shell = _draft()(schema)
            return
        shell = dict(schema)
        if isinstance(props, dict):
            shell["properties"] = dict.fromkeys(props, True)
            self.props = [(name, _key_path(name), _Part(sub))
                          for name, sub in props.items() if sub is not True and sub != {}]
        if isinstance(schema.get("items"), dict) and schema["items"]:
            shell["items"] = True  # not `false`: its message is the keyword's own
            self.items = _Part(schema["items"])
        self.shell = _draft()(shell)

    def errors(self, instance: Any) -> list[tuple[str, str]]:
        """(JSON path from the instance, message) of every error."""
        found = [(e.json_path, e.message) for e in self.shell.iter_errors(instance)]
        if self.props and isinstance(instance, dict):
            for name, prefix, part in self.props:
                if name in instance:
                    found += [(f"${prefix}{path[1:]}", message)
                              for path, message in part.errors(instance[name])]
        if self.items is not None and isinstance(instance, list):
            for i, item in enumerate(instance):
                found += [(f"$[{i}]{path[1:]}", message)
                          for path, message in self.items.errors(item)]
        return found


class _Part:
    """One subschema under a `_Piece` (a property's, or the items'), whose errors for a
    value are remembered by (this subschema, `repr` of the value): `repr` keeps `1` apart
    from `True` and `1.0`, and keeps key order, which the messages show. A page node
    differs from page to page only in a few small properties (`@id`, `url`, `name`,
    dates, the questions in `mainEntity`), while `about`, `mentions` items, `citation`,
    `publisher`... repeat, and were most of its validation time."""

    _ids = itertools.count()

    def __init__(self, schema: Any) -> None:
        self.ident = next(self._ids)
        self.pieces = [_Piece(p) for p in _pieces(schema)]

    def errors(self, value: Any) -> _Errors:
        text = repr(value)
        key = (self.ident, text)
        errors = _VALUE_CACHE.get(key)
        if errors is None:
            errors = tuple(e for piece in self.pieces for e in piece.errors(value))
            _VALUE_CACHE.put(key, text, errors)
        return errors


class _NodeChecker:
    """Validates one `@graph` node as the node schema does, without trying every type's
    `if` on every node: when each `allOf` entry is `{"if": {"properties": {"@type": ...}},
    "then": ...}`, the `then`s that apply depend on the node's `@type` alone, so they are
    found once per distinct `@type` and the other conditions are never evaluated. The
    node schema without its `allOf` and each `then` are checked as `_Piece`s, property by
    property with each value's errors remembered. Any other shape, or a node that is not
    an object with an `@type`, is validated whole."""

    def __init__(self, schema: dict[str, Any]) -> None:
        self.whole = _draft()(schema)
        entries = schema.get("allOf")
        self.dispatch = isinstance(entries, list) and all(
            isinstance(e, dict) and set(e) == {"if", "then"} and isinstance(e["if"], dict)
            and set(e["if"]) == {"properties"} and set(e["if"]["properties"]) == {"@type"}
            for e in entries)
        self.shell = [_Piece(p) for p in _pieces({k: v for k, v in schema.items()
                                                    if k != "allOf"})]
        self.entries = [(_draft()(e["if"]), [_Piece(p) for p in _pieces(e["then"])])
                        for e in entries or ()] if self.dispatch else []
        self.by_type: dict[str, list[_Piece]] = {}

    def errors(self, node: Any) -> _Errors:
        if not (self.dispatch and isinstance(node, dict) and "@type" in node):
            return tuple((e.json_path, e.message) for e in self.whole.iter_errors(node))
        key = repr(node["@type"])
        pieces = self.by_type.get(key)
        if pieces is None:
            probe = {"@type": node["@type"]}
            pieces = self.shell + [piece for cond, then in self.entries
                                   if cond.is_valid(probe) for piece in then]
            self.by_type[key] = pieces
        found: list[tuple[str, str]] = []
        for piece in pieces:
            found += piece.errors(node)
        return tuple(found)


@cache
def _graph_parts() -> tuple[Draft202012Validator, _NodeChecker] | None:
    """(the graph schema without its `@graph` items, the checker of one item), or None
    when the graph schema is not shaped that way."""
    schema: Any = inlined("graph")
    graph_prop = schema.get("properties", {}).get("@graph")
    if not isinstance(graph_prop, dict) or not isinstance(graph_prop.get("items"), dict):
        return None
    items = {k: v for k, v in graph_prop.items() if k != "items"}
    shell = {**schema, "properties": {**schema["properties"], "@graph": items}}
    return _draft()(shell), _NodeChecker(graph_prop["items"])


@cache
def _compiled(name: str) -> Check | None:
    """A schema (its `$ref`s inlined) compiled to a validity check (validate_compiled.py),
    or None when it uses a keyword the compiler lacks."""
    return compile_schema(inlined(name))


def schema_errors(name: str, instance: Any) -> list[ValidationError]:
    """jsonschema's errors for `instance` against `schemas/<name>.schema.json`. A valid
    instance (a build's config, a dictionary) is told apart first by the compiled check,
    so jsonschema is imported only to explain an invalid one."""
    check = _compiled(name)
    if check is not None and is_valid(check, instance):
        return []
    return list(validator(name).iter_errors(instance))


def graph_errors(graph: Any) -> list[tuple[str, str]]:
    """Every (JSON path, message) the graph schema reports for `graph`, sorted.

    A valid graph (nearly every page's) is told apart first by the schema compiled to one
    Python check (validate_compiled.py), without jsonschema; only a graph that check does
    not pass is validated the way below, for its errors' messages and paths.

    The same errors as `validator("graph")` (tested), several times faster: the profile
    of a build showed schema validation at a quarter of a page's time once graphs carried
    medical entities, half of it in trying every type's `if` on every node. Each `@graph`
    node is validated on its own against the schema of its `@type` only, and the answer is
    remembered by the node's `repr`, so the nodes every page repeats (the organization,
    the website, reviewers, medical entities) are validated once per process. A node seen
    for the first time (the page, its questions) is validated property by property and
    item by item, each value's errors remembered too (`_Part`): the page node shares most
    of its values (`about` and `mentions` items, `publisher`, `specialty`...) with other
    pages, and was most of the remaining time. Both caches are bounded (`_Memo`)."""
    check = _compiled("graph")
    if check is not None and is_valid(check, graph):
        return []  # no error: the compiled check says so without jsonschema (see above)
    parts = _graph_parts()
    nodes = graph.get("@graph") if isinstance(graph, dict) else None
    if parts is None or not isinstance(nodes, list):
        return sorted((e.json_path, e.message) for e in validator("graph").iter_errors(graph))
    shell, checker = parts
    found = [(e.json_path, e.message) for e in shell.iter_errors(graph)]
    for i, node in enumerate(nodes):
        key = repr(node)
        errors = _NODE_CACHE.get(key)
        if errors is None:
            errors = checker.errors(node)
            _NODE_CACHE.put(key, key, errors)
        found += [(f"$['@graph'][{i}]{path[1:]}", message) for path, message in errors]
    return sorted(found)
