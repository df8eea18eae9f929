"""One page's work: extract, generate, validate, splice, verify, write.

`process_page` is a pure function of (job, config, today) that never raises for a
bad page: the problem goes into the `PageResult`, and the batch goes on. Finding pages,
reading, atomic writes and the options are in batch.py; runner.py runs the batch.
"""

from __future__ import annotations

import stat
import time
from collections.abc import Callable
from datetime import date
from typing import Any

from .batch import (
    BuildOptions,
    Job,
    page_url,
    read_job,
    replace_in_place,
    write_atomic,
)
from .budget import PageTimeout, page_budget
from .config import SiteConfig
from .document import Document
from .errors import PageError
from .existing import ExistingPlan, plan_page
from .extract import extract
from .graph import question_names
from .jsonld import build_graph
from .manifest import input_hash
from .policy import KEEP
from .records import ERROR, Extraction, Finding, PageResult
from .roundtrip import verify
from .sourceline import lines_of, page_source
from .validate import validate_graph
from .writeback import remove_spans, splice


def generate(doc: Document, url: str, config: SiteConfig, today: date, existing: str = KEEP,
             adjust: Callable[[Extraction], Extraction] | None = None
             ) -> tuple[Extraction, ExistingPlan, dict[str, Any], list[Finding]]:
    """Extract, plan around other tools' markup, build the graph and validate it: everything
    but the write. `build`, `check` and the `extract` command all go through here."""
    extraction = extract(doc, url, config.language, config.medical_terms)
    if adjust is not None:
        extraction = adjust(extraction)
    plan = plan_page(doc, extraction, config, existing)
    graph = build_graph(extraction, config, plan.joins)
    return extraction, plan, graph, validate_graph(graph, doc, today, config, existing=plan)


def render_page(raw: bytes, source: str, url: str, config: SiteConfig, today: date,
                options: BuildOptions | None, result: PageResult,
                adjust: Callable[[Extraction], Extraction] | None = None) -> bytes | None:
    """Extract, generate, validate and splice one page's bytes, filling `result`.
    Returns the page to write, or None when a finding is an error. `adjust` may change
    the extraction before the graph is built (a WXR post's facts come from its item)."""
    doc = Document.from_bytes(raw, source)
    result.extraction, plan, result.graph, result.findings = generate(
        doc, url, config, today, options.existing if options else KEEP, adjust)
    names = question_names(result.graph)
    lines = lines_of(page_source(doc), [name for _, name in names]) if names else []
    result.questions = tuple((i, name, line) for (i, name), line in zip(names, lines, strict=True))
    if any(f.severity == ERROR for f in result.findings):
        return None
    page = splice(remove_spans(raw, list(plan.remove)), result.graph)
    verify(page, doc.encoding, result.graph)
    return page


def process_page(job: Job, config: SiteConfig, today: date, write: bool = True,
                 options: BuildOptions | None = None) -> PageResult:
    """Build one page. Never raises for a bad page: the problem is in the result.
    Of `options`, only `existing` (the policy for other tools' markup) matters here.

    A page with an error-level finding is not written.
    """
    started = time.perf_counter()
    result = PageResult(source=str(job.source), output=str(job.output))
    try:
        if job.refused:
            raise PageError(job.refused)
        raw = read_job(job, config.max_page_bytes)
        result.input_sha256 = input_hash(raw)  # for the manifest (runner.py)
        with page_budget(config.page_seconds):  # the write below is not interrupted
            page = render_page(raw, str(job.source), page_url(config, job.rel), config, today,
                               options, result)
        if page is None:
            return result
        if write and job.in_place:
            result.changed = page != raw
            if result.changed:
                replace_in_place(job.output, raw, page)
        elif write:  # --force writes every page it builds, as `make -B` does
            result.changed = _write_if_changed(job, page, bool(options and options.force))
        else:  # check mode: would the output change?
            result.changed = _would_change(job, page)
    except (PageError, PageTimeout) as exc:
        result.error = str(exc)
    except OSError as exc:
        result.error = f"cannot write {job.output}: {exc.strerror or exc}"
    except Exception as exc:  # a bug must cost one page, not the batch
        result.error = f"internal error ({type(exc).__name__}: {exc}); please report it"
    finally:
        result.seconds = time.perf_counter() - started
    return result


def _would_change(job: Job, page: bytes) -> bool:
    """True when the output file is missing or its bytes differ from `page`."""
    try:
        return job.output.read_bytes() != page
    except OSError:
        return True


def _write_if_changed(job: Job, page: bytes, force: bool = False) -> bool:
    if not force and not _would_change(job, page):
        return False
    mode = stat.S_IMODE(job.source.stat().st_mode) | stat.S_IRUSR | stat.S_IWUSR
    write_atomic(job.output, page, mode)
    return True

