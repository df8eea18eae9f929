"""The compiled validity check (pipeline/validate_compiled.py) answers as jsonschema does:
on generated schemas of every keyword it implements with generated values, on every
schema file with values built from the schema's own pieces, and on the graphs of the
sample pages; and the graph schema compiles, so validation takes the fast path."""

from __future__ import annotations

import copy
import json
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from pipeline.document import Document
from pipeline.extract import extract
from pipeline.jsonld import build_graph
from pipeline.schema_store import _compiled, graph_errors, validator
from pipeline.validate_compiled import compile_schema, is_valid

from .conftest import INPUT, ROOT

KEYS = ["a", "b", "@id", "@type"]
_TYPE_NAMES = ["string", "object", "array", "boolean", "null", "number", "integer"]
PATTERNS = [r"\S", r"^https?://[^\s/?#]+[^\s]*$", r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$",
            "<(?!/?(p|b)>)", "^x$"]

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-3, 3), st.sampled_from([0.0, 1.0, 2.5, -1.0]),
    st.sampled_from(["", " ", "x", "a", "https://e.org/x", "en-GB", "<p>", "<i>", "x\n"]))
values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.sampled_from(KEYS), inner, max_size=4)),
    max_leaves=12)

leaf_schemas = st.one_of(
    st.booleans(),
    st.fixed_dictionaries({"type": st.one_of(
        st.sampled_from(_TYPE_NAMES),
        st.lists(st.sampled_from(["string", "integer", "null", "array"]), min_size=1,
                 max_size=3, unique=True))}),
    st.fixed_dictionaries({"const": values}),
    st.fixed_dictionaries({"enum": st.lists(values, min_size=1, max_size=4)}),
    st.fixed_dictionaries({"pattern": st.sampled_from(PATTERNS)}),
    st.fixed_dictionaries({"minLength": st.integers(0, 2)}),
    st.fixed_dictionaries({"maxLength": st.integers(0, 2)}),
    st.fixed_dictionaries({"minimum": st.integers(-1, 2)}),
    st.fixed_dictionaries({"maximum": st.integers(-1, 2)}),
    st.fixed_dictionaries({"exclusiveMinimum": st.integers(-1, 2)}),
    st.fixed_dictionaries({"exclusiveMaximum": st.integers(-1, 2)}),
    st.fixed_dictionaries({"required": st.lists(st.sampled_from(KEYS), max_size=2,
                                                unique=True)}),
    st.fixed_dictionaries({"minItems": st.integers(0, 2)}),
    st.fixed_dictionaries({"maxItems": st.integers(0, 2)}),
    st.fixed_dictionaries({"uniqueItems": st.booleans()}),
    st.just({"title": "t", "description": "d"}),
)


def _composite(inner: st.SearchStrategy) -> st.SearchStrategy:
    return st.one_of(
        st.fixed_dictionaries({"properties": st.dictionaries(st.sampled_from(KEYS), inner,
                                                             max_size=3)},
                              optional={"additionalProperties": inner,
                                        "required": st.lists(st.sampled_from(KEYS),
                                                             max_size=2, unique=True)}),
        st.fixed_dictionaries({"items": inner}, optional={"minItems": st.integers(0, 2)}),
        st.fixed_dictionaries({"contains": inner}),
        st.fixed_dictionaries({"propertyNames": inner}),
        st.fixed_dictionaries({"allOf": st.lists(inner, min_size=1, max_size=3)}),
        st.fixed_dictionaries({"anyOf": st.lists(inner, min_size=1, max_size=3)}),
        st.fixed_dictionaries({"oneOf": st.lists(inner, min_size=1, max_size=3)}),
        st.fixed_dictionaries({"not": inner}),
        st.fixed_dictionaries({"if": inner}, optional={"then": inner, "else": inner}),
        st.fixed_dictionaries({"if": st.fixed_dictionaries(
            {"properties": st.dictionaries(st.sampled_from(KEYS), inner, min_size=1,
                                           max_size=1)}), "then": inner}),
        st.fixed_dictionaries({"type": st.sampled_from(["object", "array", "string"])},
                              optional={"properties": st.dictionaries(
                                  st.sampled_from(KEYS), inner, max_size=2),
                                  "items": inner, "minLength": st.integers(0, 2)}),
    )


schemas = st.recursive(leaf_schemas, _composite, max_leaves=8)


@settings(max_examples=400, deadline=None)
@given(schema=schemas, instances=st.lists(values, min_size=1, max_size=6))
def test_compiled_check_agrees_with_jsonschema(schema, instances):
    check = compile_schema(schema)
    assert check is not None  # every generated keyword is implemented
    full = Draft202012Validator(schema)
    for instance in instances:
        assert is_valid(check, instance) == full.is_valid(instance), (schema, instance)
        assert is_valid(check, instance) == full.is_valid(instance)  # remembered answers too


POOL = [None, True, False, 0, 1, -1, 2, 0.0, 1.0, 2.5, "", " ", "x", "ab", "x\n",
        "https://e.org/x", "en-GB", "<p>", "<i>", [], [1], [1, 1.0], [True, 1], [0, False],
        ["x", "x"], ["x", "y"], [[0], [False]], {}, {"a": 1}, {"a": 1.0}, {"@id": "x"},
        [{"a": 1}, {"a": 1.0}], [{"a": 1}, {"a": True}], {"a": 1, "b": None}]
LEAVES = ([True, False] + [{"type": t} for t in _TYPE_NAMES]
          + [{"type": ["string", "null"]}, {"type": ["integer", "array"]}]
          + [{"const": v} for v in POOL] + [{"enum": [v, "x"]} for v in POOL]
          + [{"pattern": p} for p in PATTERNS]
          + [{k: n} for k in ("minLength", "maxLength", "minItems", "maxItems", "minimum",
                              "maximum", "exclusiveMinimum", "exclusiveMaximum")
             for n in (0, 1, 2)]
          + [{"required": r} for r in ([], ["a"], ["a", "b"])]
          + [{"uniqueItems": u} for u in (True, False)]
          + [{"propertyNames": s} for s in ({"pattern": "^a"}, {"enum": ["a", "b"]},
                                            {"maxLength": 1}, False, True)])


@pytest.mark.parametrize("schema", LEAVES, ids=repr)
def test_each_keyword_agrees_with_jsonschema_on_every_value(schema):
    check = compile_schema(schema)
    full = Draft202012Validator(schema)
    assert [is_valid(check, v) for v in POOL] == [full.is_valid(v) for v in POOL]


def test_numbers_and_booleans_are_told_apart_as_jsonschema_does():
    cases = [({"const": 1}, True), ({"const": 1}, 1.0), ({"const": True}, 1),
             ({"enum": [0]}, False), ({"type": "integer"}, 2.0), ({"type": "integer"}, True),
             ({"type": "number"}, False), ({"uniqueItems": True}, [1, 1.0]),
             ({"uniqueItems": True}, [1, True]), ({"uniqueItems": True}, [{"a": 1}, {"a": 1.0}]),
             ({"uniqueItems": True}, [[0], [False]]), ({"minimum": 1}, True)]
    for schema, instance in cases:
        assert is_valid(compile_schema(schema), instance) == \
            Draft202012Validator(schema).is_valid(instance), (schema, instance)


def test_values_json_does_not_have_are_left_to_jsonschema():
    from decimal import Decimal

    for schema, instance in [({"type": "array"}, ("x",)), ({"minimum": 1}, Decimal(2)),
                             ({"const": 1.0}, float("nan")), ({"type": "number"}, 1j)]:
        assert is_valid(compile_schema(schema), instance) is None


def test_unimplemented_keywords_are_not_compiled():
    for schema in [{"$ref": "#/x"}, {"prefixItems": [True]}, {"format": "email"},
                   {"properties": {"a": {"unevaluatedProperties": False}}},
                   {"contains": True, "minContains": 2}, {"type": "nope"}]:
        assert compile_schema(schema) is None


def test_the_graph_schema_compiles_so_validation_takes_the_fast_path():
    assert _compiled("graph") is not None


SCHEMA_FILES = sorted(p.name.removesuffix(".schema.json")
                      for p in (ROOT / "schemas").glob("*.schema.json"))


def test_every_schema_file_compiles_so_a_valid_file_needs_no_jsonschema():
    """The config and the dictionary are checked by their compiled schemas too: a valid
    one does not import jsonschema (~40 ms of every build's start-up)."""
    assert all(_compiled(name) is not None for name in SCHEMA_FILES)


def _pieces_of(schema) -> list:
    """Every `const`, `enum` member and `examples` value anywhere in `schema`: values of
    the shapes the schema talks about, to build instances from."""
    found = []
    if isinstance(schema, dict):
        found += [schema["const"]] if "const" in schema else []
        found += list(schema.get("enum", []))
        for v in schema.values():
            found += _pieces_of(v)
    elif isinstance(schema, list):
        for v in schema:
            found += _pieces_of(v)
    return found


@pytest.mark.parametrize("name", SCHEMA_FILES)
def test_each_schema_file_compiles_and_agrees_with_jsonschema(name):
    """Each schema file (`$ref`s inlined, as validation uses it) on values built from its
    own keys and constants, and on random JSON: the same answer as jsonschema."""
    full = validator(name)
    check = compile_schema(full.schema)
    assert check is not None
    rng = random.Random(name)
    pieces = [*_pieces_of(full.schema), "https://e.org/x", "2026-01-02", "x", "", 3, 1.0]
    keys = sorted({k for k in json.dumps(full.schema).split('"')[1::2]
                   if k.isidentifier() or k.startswith("@")})[:60]
    for _ in range(300):
        instance = {rng.choice(keys): rng.choice(pieces) for _ in range(rng.randint(0, 6))}
        assert is_valid(check, instance) == full.is_valid(instance), instance


def _pages():
    return [(p.relative_to(INPUT).as_posix(), p.read_bytes()) for p in sorted(INPUT.rglob("*.html"))]


def test_sample_graphs_and_their_mutants_agree_with_jsonschema(config):
    """The sample pages' graphs are valid by both; one value changed anywhere (wrong type,
    removed, duplicated, an extra key) makes both say the same, and graph_errors gives
    jsonschema's errors either way."""
    full = validator("graph")
    check = _compiled("graph")
    rng = random.Random(15)
    disagreements = []
    for name, raw in _pages():
        graph = build_graph(extract(Document.from_bytes(raw), config.base_url + name, "en"),
                            config)
        assert is_valid(check, graph) is True and full.is_valid(graph)
        for _ in range(60):
            mutant = copy.deepcopy(graph)
            _mutate(mutant, rng)
            if is_valid(check, mutant) != full.is_valid(mutant):
                disagreements.append(mutant)
            expected = sorted((e.json_path, e.message) for e in full.iter_errors(mutant))
            assert graph_errors(mutant) == expected
    assert disagreements == []


def _mutate(value, rng: random.Random) -> None:
    slots = []
    stack = [value]
    while stack:
        v = stack.pop()
        items = list(v.items()) if isinstance(v, dict) else list(enumerate(v)) \
            if isinstance(v, list) else []
        slots += [(v, k) for k, _ in items]
        stack += [x for _, x in items]
    container, key = rng.choice(slots)
    what = rng.random()
    if what < 0.15 and isinstance(container, list):
        container.append(container[key])
    elif what < 0.3 and isinstance(container, dict):
        del container[key]
    elif what < 0.4 and isinstance(container, dict):
        container["extra"] = 1
    else:
        container[key] = rng.choice(["", " ", 3, 0, True, 1.0, None, ["x"], {"@id": "nope"},
                                     "Question", "Answer", ["MedicalWebPage", "FAQPage"],
                                     "https://schema.org", "<script>x</script>", "nope"])
