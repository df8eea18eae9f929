"""SARIF 2.1.0: one result per finding, located by file, line (where known) and JSON path,
for code-scanning dashboards. Rules carry each code's meaning and fix (codes.py)."""

from __future__ import annotations

import json
from typing import Any

from ..codes import rule
from ..outcome import Run
from ..records import ERROR, INFO, WARNING
from .paths import display_path

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {ERROR: "error", WARNING: "warning", INFO: "note"}


def as_data(run: Run) -> dict[str, Any]:
    """The SARIF log as JSON-ready data."""
    codes: dict[str, int] = {}
    rules: list[dict[str, Any]] = []
    results: list[dict[str, Any]] = []
    for page in run.pages:
        uri = display_path(page.result.source)
        for f in page.findings:
            if f.code not in codes:
                r = rule(f.code, f.severity)
                codes[f.code] = len(rules)
                rules.append({
                    "id": f.code,
                    "name": "".join(w.capitalize() for w in f.code.split("_")),
                    "shortDescription": {"text": r.meaning},
                    "help": {"text": r.fix},
                    "defaultConfiguration": {"level": LEVELS.get(r.severity, "warning")},
                })
            # Every result has a region, as GitHub code scanning expects: line 1 for a
            # finding about the whole page (an output missing or stale, a page that failed).
            location: dict[str, Any] = {"physicalLocation": {
                "artifactLocation": {"uri": uri}, "region": {"startLine": f.line or 1}}}
            location["logicalLocations"] = [{"fullyQualifiedName": f.path, "kind": "object"}]
            results.append({
                "ruleId": f.code,
                "ruleIndex": codes[f.code],
                "level": LEVELS.get(f.severity, "warning"),
                "message": {"text": f.message},
                "locations": [location],
            })
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "healthld", "version": run.version or "0",
                                "rules": rules}},
            "results": results,
        }],
    }


def render(run: Run) -> str:
    """The SARIF text."""
    return json.dumps(as_data(run), indent=2, ensure_ascii=False) + "\n"
