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


@cache
def validator(name: str) -> Draft202012Validator:
    """A validator for `schemas/<name>.schema.json`, built once per process."""
    uri = BASE + name + ".schema.json"
    schema: Any = registry().contents(uri)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, registry=registry())
