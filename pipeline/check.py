"""Check mode: build every page in memory, compare with the output folder, write nothing.

Like `black --check`: the check fails when an output would change (its structured
data is stale or missing) or when a page has a finding at or above the threshold
(`error` by default, or `warning`).
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from .batch import BuildOptions, Job
from .config import SiteConfig
from .outcome import FAILED, MISSING, UNCHANGED, WOULD_CHANGE, Outcome
from .records import ERROR, Finding
from .runner import prepare, stream
from .writeback import locate


def check_page(job: Job, config: SiteConfig, today: date,
               options: BuildOptions | None = None) -> Outcome:
    """Build `job` in memory and compare the page it would write with the output file.
    `options.existing` must be the policy the output was built with."""
    from .build import process_page  # loaded by runner.prepare first

    result = process_page(job, config, today, write=False, options=options)
    if result.error or result.count(ERROR):
        state = FAILED
    elif not job.output.is_file():
        state = MISSING
    else:
        state = WOULD_CHANGE if result.changed else UNCHANGED
    if state == MISSING:
        result.findings.append(Finding("OUTPUT_MISSING", ERROR,
                                       f"{job.output} does not exist: run healthld build"))
    elif state == WOULD_CHANGE:
        result.findings.append(Finding("OUTPUT_STALE", ERROR,
                                       f"{job.output} is out of date: run healthld build"))
    return Outcome(result, state, job)


def check_pages(jobs: Iterable[Job], config: SiteConfig, today: date,
                options: BuildOptions | None = None, workers: int = 1) -> list[Outcome]:
    """Every job checked, in order; with `workers` > 1 in a process pool (runner.stream)."""
    return list(stream(check_page, jobs, workers, (config, today, options),
                       prepare=lambda: prepare(config)))


def existing_graph(raw: bytes) -> dict[str, Any] | None:
    """The graph in the healthld block of a built page (found by a byte scan, not a parse),
    or None when there is no readable block."""
    layout = locate(raw)
    if not layout.own_blocks:
        return None
    start, end = layout.own_blocks[0]
    block = raw[start:end].decode("latin-1")
    text = block[block.find(">") + 1:]
    text = text[: text.lower().rfind("</script")] if "</script" in text.lower() else text
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) else None


def _pretty(graph: dict[str, Any] | None) -> list[str]:
    if graph is None:
        return []
    text = json.dumps(graph, indent=2, ensure_ascii=False, sort_keys=False)
    return text.splitlines(keepends=True)


def jsonld_diff(check: Outcome) -> str:
    """A unified diff of the pretty-printed JSON-LD, output folder -> fresh build.

    Empty when the JSON-LD is the same (the page may still differ elsewhere).
    """
    assert check.job is not None  # a check's outcome names its page
    output = Path(check.job.output)
    try:
        old = existing_graph(output.read_bytes())
    except OSError:
        old = None
    new = check.result.graph
    if old == new:
        return ""
    return "".join(difflib.unified_diff(
        _pretty(old), _pretty(new),
        fromfile=f"{output} (JSON-LD in the output)",
        tofile=f"{check.job.source} (JSON-LD a build would write)",
    ))
