"""A JSON Schema compiled into one Python function that says whether a value is valid:
the fast path of graph validation (schema_store.graph_errors).

jsonschema walks a schema keyword by keyword for every value, through generators,
type-checker look-ups and error objects: a graph of 16,000 Questions took ~80 µs a
question to validate, most of a big FAQ page's time (issue 15). A page's graph is
nearly always valid, and its errors are all that validation reports, so a check that
answers only "valid?" is asked first, and jsonschema is asked for the errors (their
messages and paths) only when it says no. The schema files stay the one source of truth:
the check is compiled from them, keyword by keyword, when first needed.

The compiled check answers exactly as jsonschema's draft 2020-12 validator does, or not
at all:

- a schema using a keyword not implemented here (`$ref` left after inlining,
  `prefixItems`, `format`, `unevaluatedProperties`, ...) is not compiled
  (`compile_schema` returns None), and validation goes the jsonschema way;
- a value it cannot judge exactly as jsonschema would (a tuple, a Decimal, NaN: never in
  a graph healthld builds) makes `is_valid` return None, and validation goes the
  jsonschema way too.

Each keyword follows jsonschema's own implementation (`jsonschema/_keywords.py`): type
checks (`bool` is not a number; a float with an integral value is an integer), `const`
and `enum` by its `equal` (1 == 1.0, True != 1), `pattern` by `re.search`, and so on.
tests/test_validate_compiled.py checks it against jsonschema on every schema file with
generated values.
"""

from __future__ import annotations

import math
import operator
import re
from collections.abc import Callable
from typing import Any

Check = Callable[[Any], bool]

# Keywords that assert nothing (jsonschema's draft 2020-12 validator without a format
# checker): skipped.
_ANNOTATIONS = frozenset({"title", "description", "$comment", "examples", "default",
                          "deprecated", "readOnly", "writeOnly", "$schema", "$id", "$defs",
                          "$anchor"})


class Unsupported(Exception):
    """The schema uses a keyword (or a form of one) the compiler does not implement."""


class _Unsure(Exception):
    """A value the compiled check cannot judge exactly as jsonschema does."""


_PLAIN = (str, bool, int, float, type(None), dict, list)


def _plain(x: Any) -> None:
    """Raise _Unsure unless `x` is a JSON value of the Python types json.loads gives."""
    if not isinstance(x, _PLAIN) or (type(x) is float and math.isnan(x)):
        raise _Unsure


def _is_number(x: Any) -> bool:
    _plain(x)
    return isinstance(x, (int, float)) and not isinstance(x, bool)


_TYPES: dict[str, Callable[[Any], bool]] = {
    "string": lambda x: isinstance(x, str),
    "object": lambda x: isinstance(x, dict),
    "array": lambda x: isinstance(x, list),
    "boolean": lambda x: isinstance(x, bool),
    "null": lambda x: x is None,
    "number": _is_number,
    "integer": lambda x: _is_number(x) and (isinstance(x, int) or x.is_integer()),
}


def _equal(one: Any, two: Any) -> bool:
    """jsonschema's `equal`: strings by value, arrays and objects member by member,
    numbers by value, `True`/`False` apart from 1/0."""
    if one is two:
        return True
    if type(one) is str and type(two) is str:
        return one == two
    _plain(one)
    _plain(two)
    if isinstance(one, str) or isinstance(two, str):
        return bool(one == two)
    if isinstance(one, list) and isinstance(two, list):
        return len(one) == len(two) and all(map(_equal, one, two))
    if isinstance(one, dict) and isinstance(two, dict):
        return len(one) == len(two) and all(k in two and _equal(v, two[k])
                                            for k, v in one.items())
    if isinstance(one, (list, dict)) or isinstance(two, (list, dict)):
        return False
    if isinstance(one, bool) or isinstance(two, bool):
        return one is two  # True and False are equal only to themselves
    return bool(one == two)


def _canonical(x: Any) -> Any:
    """A hashable form of `x` under which two values are the same exactly when `_equal`
    says so (for `uniqueItems`)."""
    _plain(x)
    if isinstance(x, dict):
        return ("o", frozenset((k, _canonical(v)) for k, v in x.items()))
    if isinstance(x, list):
        return ("a", tuple(map(_canonical, x)))
    if isinstance(x, bool):
        return ("b", x)
    if isinstance(x, str):
        return ("s", x)
    return ("n", x)  # int and float: 1 and 1.0 hash and compare equal, as `_equal` says


def _all(checks: list[Check]) -> Check:
    if not checks:
        return lambda x: True
    if len(checks) == 1:
        return checks[0]
    fixed = tuple(checks)

    def check(x: Any) -> bool:
        for c in fixed:  # noqa: SIM110  (a loop: all() over a generator costs twice as much)
            if not c(x):
                return False
        return True
    return check


def _any(checks: list[Check]) -> Check:
    fixed = tuple(checks)

    def check(x: Any) -> bool:
        for c in fixed:  # noqa: SIM110  (as in _all)
            if c(x):
                return True
        return False
    return check


_MAX_REMEMBERED = 256  # distinct strings a condition's answers are kept for


def _condition(schema: Any) -> Check:
    """The check of an `if` schema. One that looks at a single property's value (`{"if":
    {"properties": {"@type": {"const": "Question"}}}, "then": ...}`, one per node type)
    answers from that value alone, so its answer for a string value is remembered: a
    graph's nodes repeat a few `@type`s."""
    props = schema.get("properties") if isinstance(schema, dict) else None
    if not (isinstance(props, dict) and set(schema) == {"properties"} and len(props) == 1):
        return compile_check(schema)
    ((key, sub),) = props.items()
    inner = compile_check(sub)
    known: dict[str, bool] = {}

    def check(x: Any) -> bool:
        if not isinstance(x, dict) or key not in x:
            return True
        value = x[key]
        if type(value) is not str:
            return inner(value)
        answer = known.get(value)
        if answer is None:
            answer = inner(value)
            if len(known) < _MAX_REMEMBERED:
                known[value] = answer
        return answer
    return check


_CONTAINERS = {"string": str, "object": dict, "array": list}


def _type(types: Any) -> Check:
    names = [types] if isinstance(types, str) else types
    if not isinstance(names, list) or not all(n in _TYPES for n in names):
        raise Unsupported(f"type {types!r}")
    if len(names) == 1 and names[0] in _CONTAINERS:
        cls = _CONTAINERS[names[0]]

        def one(x: Any) -> bool:
            if isinstance(x, cls):
                return True
            _plain(x)
            return False
        return one
    tests = tuple(_TYPES[n] for n in names)

    def check(x: Any) -> bool:
        _plain(x)
        return any(t(x) for t in tests)
    return check


def _object_checks(schema: dict[str, Any]) -> list[Check]:
    required = schema.get("required", [])
    props = schema.get("properties", {})
    if not isinstance(required, list) or not isinstance(props, dict):
        raise Unsupported("required or properties")
    keys = tuple(required)
    subs = tuple((k, compile_check(v)) for k, v in props.items() if v is not True)
    named = frozenset(props)
    extra = schema.get("additionalProperties", True)
    closed = extra is False  # no property but the named ones
    other = None if extra is True or closed else compile_check(extra)
    names = compile_check(schema["propertyNames"]) if "propertyNames" in schema else None
    if not (keys or subs or closed or other or names):
        return []

    def check(x: Any) -> bool:
        if not isinstance(x, dict):
            return True
        if names is not None and not all(map(names, x)):
            return False  # every property name (a string) is valid against propertyNames
        for k in keys:
            if k not in x:
                return False
        for k, c in subs:
            if k in x and not c(x[k]):
                return False
        if closed:
            return named.issuperset(x)
        return other is None or all(other(v) for k, v in x.items() if k not in named)
    return [check]


# The bounds on a string's or an array's length: the kind of value each applies to, and
# how the length compares with the bound.
_LENGTHS: dict[str, tuple[type[str] | type[list[Any]], Callable[[int, int], bool]]] = {
    "minItems": (list, operator.ge), "maxItems": (list, operator.le),
    "minLength": (str, operator.ge), "maxLength": (str, operator.le)}


def _length(kind: type[str] | type[list[Any]], compare: Callable[[int, int], bool],
            bound: int) -> Check:
    return lambda x: not isinstance(x, kind) or compare(len(x), bound)


def _array_checks(schema: dict[str, Any]) -> list[Check]:
    checks: list[Check] = []
    if "items" in schema:
        item = compile_check(schema["items"])
        checks.append(lambda x: not isinstance(x, list) or all(map(item, x)))
    if "contains" in schema:
        inner = compile_check(schema["contains"])
        checks.append(lambda x: not isinstance(x, list) or any(map(inner, x)))
    if schema.get("uniqueItems") is True:
        checks.append(lambda x: not isinstance(x, list)
                      or len({_canonical(i) for i in x}) == len(x))
    elif schema.get("uniqueItems") not in (None, False):
        raise Unsupported("uniqueItems")
    return checks


def _string_and_number_checks(schema: dict[str, Any]) -> list[Check]:
    checks: list[Check] = []
    if "pattern" in schema:
        search = re.compile(schema["pattern"]).search  # jsonschema: re.search(pattern, x)
        checks.append(lambda x: not isinstance(x, str) or search(x) is not None)
    checks += [_length(kind, compare, schema[keyword])
               for keyword, (kind, compare) in _LENGTHS.items() if keyword in schema]
    if "minimum" in schema:
        low = schema["minimum"]
        checks.append(lambda x: not _is_number(x) or x >= low)
    if "maximum" in schema:
        high = schema["maximum"]
        checks.append(lambda x: not _is_number(x) or x <= high)
    if "exclusiveMinimum" in schema:
        above = schema["exclusiveMinimum"]
        checks.append(lambda x: not _is_number(x) or x > above)
    if "exclusiveMaximum" in schema:
        below = schema["exclusiveMaximum"]
        checks.append(lambda x: not _is_number(x) or x < below)
    return checks


def _logic_checks(schema: dict[str, Any]) -> list[Check]:
    checks: list[Check] = []
    if "const" in schema:
        const = schema["const"]
        if type(const) is str:
            checks.append(lambda x: x == const if type(x) is str else _equal(x, const))
        else:
            checks.append(lambda x: _equal(x, const))
    if "enum" in schema:
        options = tuple(schema["enum"])
        strings = frozenset(o for o in options if type(o) is str)
        checks.append(lambda x: (x in strings) if type(x) is str
                      else any(_equal(x, o) for o in options))
    if "allOf" in schema:
        checks.append(_all([compile_check(s) for s in schema["allOf"]]))
    if "anyOf" in schema:
        checks.append(_any([compile_check(s) for s in schema["anyOf"]]))
    if "oneOf" in schema:
        ones = tuple(compile_check(s) for s in schema["oneOf"])
        checks.append(lambda x: sum(1 for p in ones if p(x)) == 1)
    if "not" in schema:
        negated = compile_check(schema["not"])
        checks.append(lambda x: not negated(x))
    if "if" in schema and ("then" in schema or "else" in schema):
        cond = _condition(schema["if"])
        then = compile_check(schema.get("then", True))
        else_ = compile_check(schema.get("else", True))
        checks.append(lambda x: then(x) if cond(x) else else_(x))
    return checks


_KNOWN = _ANNOTATIONS | {
    "type", "required", "properties", "additionalProperties", "propertyNames", "items",
    "contains", "minItems", "maxItems", "uniqueItems", "pattern", "minLength", "maxLength",
    "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "const", "enum", "allOf",
    "anyOf", "oneOf", "not", "if", "then", "else"}


def compile_check(schema: Any) -> Check:
    """The check of `schema` (a boolean schema or an object); raises Unsupported."""
    if schema is True:
        return lambda x: True
    if schema is False:
        return lambda x: False
    if not isinstance(schema, dict):
        raise Unsupported(f"schema {schema!r}")
    unknown = set(schema) - _KNOWN
    if unknown:
        raise Unsupported(", ".join(sorted(unknown)))
    checks = [_type(schema["type"])] if "type" in schema else []
    checks += _logic_checks(schema)
    checks += _object_checks(schema)
    checks += _array_checks(schema)
    checks += _string_and_number_checks(schema)
    return _all(checks)


def compile_schema(schema: Any) -> Check | None:
    """The compiled check of `schema`, or None when it uses what is not implemented here."""
    try:
        return compile_check(schema)
    except Unsupported:
        return None


def is_valid(check: Check, instance: Any) -> bool | None:
    """Whether `instance` is valid by `check`; None when the check cannot say exactly as
    jsonschema would (a value of a type JSON does not have)."""
    try:
        return check(instance)
    except _Unsure:
        return None
