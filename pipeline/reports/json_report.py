"""The JSON report: every page with its status, extracted facts, JSON-LD, findings
(code, severity, message, JSON path, source line) and timings."""

from __future__ import annotations

import json
from typing import Any

from ..outcome import Run
from .paths import display_path


def as_data(run: Run) -> dict[str, Any]:
    """The report as JSON-ready data."""
    return {
        "tool": "healthld",
        "version": run.version,
        "command": run.command,
        "today": run.today.isoformat(),
        "fail_on": run.fail_on,
        "seconds": round(run.seconds, 6),
        "summary": run.totals(),
        "pages": [
            {
                "source": display_path(p.result.source),
                "output": display_path(p.result.output) if p.result.output else None,
                "status": p.status,
                "state": p.state,
                "error": p.result.error,
                "seconds": round(p.result.seconds, 6),
                "extraction": p.result.extraction.as_dict() if p.result.extraction else None,
                "jsonld": p.result.graph,
                "findings": [f.as_dict() for f in p.findings],
            }
            for p in run.pages
        ],
    }


def render(run: Run) -> str:
    """The JSON report text."""
    return json.dumps(as_data(run), indent=2, ensure_ascii=False) + "\n"
