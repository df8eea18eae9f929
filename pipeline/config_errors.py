"""Config errors in plain words: what is wrong, where (the TOML line), and for a mistyped
key or value the nearest right one ("did you mean logo?"), instead of the schema
validator's text (`Additional properties are not allowed ('logoo' was unexpected)`).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from typing import Any

# Anchored and possessive (tests/test_linear.py): a line is matched from its start; the
# name keeps its spaces, `_parts` strips them.
_HEADER = re.compile(r"^\s*+\[\[?+([^\]]*+)\]\]?+\s*+(?:#.*+)?$")
_KEY = re.compile(r"^\s*+(\"[^\"]*+\"|'[^']*+'|[A-Za-z0-9_-]++)\s*+=")
_TYPES = {"string": "text in quotes", "integer": "a whole number", "number": "a number",
          "array": "a list ([...])", "object": "a table", "boolean": "true or false"}


def _parts(dotted: str) -> list[str]:
    """A TOML dotted key or table name split into its parts, quotes removed."""
    return [p.strip().strip("\"'") for p in re.findall(r'"[^"]*"|\'[^\']*\'|[^.]+', dotted)]


def toml_line(text: str, path: Sequence[str]) -> int | None:
    """The line (1-based) where the key at `path` is set in the TOML `text`, or where its
    table starts; None when not found. A line-by-line reading that knows table headers
    and `key =` lines (enough for a config file, which has no multi-line keys)."""
    table: list[str] = []
    best = None
    want = [str(p) for p in path]
    for number, line in enumerate(text.splitlines(), 1):
        header = _HEADER.match(line)
        if header and not line.lstrip().startswith("#"):
            table = _parts(header.group(1))
            if table == want:
                return number
            if want[: len(table)] == table and best is None:
                best = number
            continue
        key = _KEY.match(line)
        if key and [*table, key.group(1).strip("\"'")] == want[: len(table) + 1]:
            if len(table) + 1 == len(want):
                return number
            best = number
    return best


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """ "; did you mean X?" for the closest of `choices`, or ""."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"; did you mean {close[0]}?" if close else ""


def explain(err: Any, text: str | None) -> str:
    """One jsonschema ValidationError as a plain sentence with the TOML line."""
    path = [str(p) for p in err.path]
    where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in err.path)[1:] \
        if err.path else "the file"
    value = err.instance
    if err.validator == "additionalProperties":
        allowed = list(err.schema.get("properties", {}))
        extra = sorted(set(value) - set(allowed)) if isinstance(value, dict) else []
        key = extra[0] if extra else "?"
        path = [*path, key]
        table = f"[{'.'.join(path[:-1])}]" if len(path) > 1 else "the top level"
        message = (f"unknown key {key!r} in {table}{did_you_mean(key, allowed)} (known keys: "
                   f"{', '.join(allowed)})")
    elif err.validator == "required":
        missing = [k for k in err.validator_value if not isinstance(value, dict) or k not in value]
        table = f"[{where}]" if path else "the file"
        message = f"{table} needs the key {missing[0]!r}"
    elif err.validator == "pattern" and err.validator_value == "/$":
        message = f"{where} must end with \"/\": write {value + '/'!r}"
    elif err.validator == "pattern" and "https?://" in str(err.validator_value):
        message = f"{where} is {value!r}, which is not an absolute URL (https://host/...)"
    elif err.validator == "pattern":
        message = f"{where} is {value!r}, which is not in the expected form"
    elif err.validator == "enum":
        options = [str(o) for o in err.validator_value]
        message = (f"{where} is {value!r}; it must be one of {', '.join(options)}"
                   f"{did_you_mean(str(value), options)}")
    elif err.validator == "type":
        wanted = err.validator_value if isinstance(err.validator_value, list) else [
            err.validator_value]
        message = (f"{where} must be {' or '.join(str(_TYPES.get(t, t)) for t in wanted)}, "
                   f"not {value!r}")
    else:
        message = f"{where}: {err.message}"
    line = toml_line(text, path) if text is not None else None
    return f"line {line}: {message}" if line else message
