"""Regenerate pipeline/data/schemaorg-vocabulary.json from a schema.org release file.

Usage: python tools/make_vocabulary.py path/to/schemaorg-current-https.jsonld

The pipeline and its tests use only the compact file this writes, so they run
without the full release. It keeps, per class, its parents; per property, its
domains, ranges and whether it is pending or superseded; per enumeration member,
its types.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

RELEASE = "30.0"
OUT = Path(__file__).resolve().parent.parent / "pipeline" / "data" / "schemaorg-vocabulary.json"


def _ids(value: object) -> list[str]:
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    return sorted(i["@id"].removeprefix("schema:") for i in items if isinstance(i, dict))


def _label(node: dict) -> str:
    return node["@id"].removeprefix("schema:")


def _pending(node: dict) -> bool:
    return "https://pending.schema.org" in _ids(node.get("schema:isPartOf"))


def build(release: dict) -> dict:
    classes: dict[str, dict] = {}
    properties: dict[str, dict] = {}
    members: dict[str, list[str]] = {}
    for node in release["@graph"]:
        if not node["@id"].startswith("schema:"):
            continue
        types = node.get("@type")
        types = types if isinstance(types, list) else [types]
        name = _label(node)
        if "rdfs:Class" in types:
            classes[name] = {"parents": _ids(node.get("rdfs:subClassOf")),
                             "pending": _pending(node)}
        elif "rdf:Property" in types:
            entry = {
                "domains": _ids(node.get("schema:domainIncludes")),
                "ranges": _ids(node.get("schema:rangeIncludes")),
                "pending": _pending(node),
            }
            superseded = _ids(node.get("schema:supersededBy"))
            if superseded:
                entry["supersededBy"] = superseded
            properties[name] = entry
        else:
            members[name] = sorted(t.removeprefix("schema:") for t in types if t)
    return {
        "release": RELEASE,
        "classes": dict(sorted(classes.items())),
        "properties": dict(sorted(properties.items())),
        "members": dict(sorted(members.items())),
    }


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    release = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    OUT.write_text(json.dumps(build(release), indent=0, sort_keys=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
