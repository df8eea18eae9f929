"""WordPress exports on the command line's other commands (used by cli.py and run.py):
`check`, `validate` and `extract` accept a `.xml` export as `build` does (wxr.py), and
what is said about an export before it is read: `--shard` is refused, and a
`site.base_url` that is not the export's channel link is warned about.

- `check EXPORT`: the export is built into a temporary folder and compared with
  `--out`'s copy (`DIR/<name>`); each post is a page of the check: up to date, would
  change (its content in the output differs), missing (no output export), failed.
- `validate EXPORT`: each published post's healthld block is validated, as for a page.
- `extract EXPORT`: every post's extraction, JSON-LD and findings, as one JSON object.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .batch import BuildOptions, Job
from .config import SiteConfig
from .errors import PipelineError
from .outcome import FAILED, MISSING, UNCHANGED, WOULD_CHANGE, Outcome
from .records import ERROR, Finding, PageResult


def refuse_shard(shard: tuple[int, int] | None, exports: list[Path]) -> None:
    """--shard splits page folders; an export is one file and is built whole."""
    if shard is not None and exports:
        raise PipelineError(f"--shard does not apply to a WordPress export ({exports[0]}): an "
                            "export is one file and is built whole; drop --shard")


def base_url_warning(path: Path, config: SiteConfig) -> str | None:
    """A warning when the export's channel link is not on the host of `site.base_url`
    (the @ids would point at another site), else None."""
    from .wxr_items import Export

    export = Export(path)
    try:
        link = export.link
    finally:
        export.close()
    if not link or urlsplit(link).netloc.lower() == urlsplit(config.base_url).netloc.lower():
        return None
    return (f"{path}: the export's channel link is {link} but site.base_url is "
            f"{config.base_url}: the pages' @ids and URLs would name another site; set "
            "site.base_url to the site's address")


def _posts(path: Path, config: SiteConfig) -> Iterator[Any]:
    from .wxr_items import Export

    export = Export(path)
    try:
        for _, post in export.items(config.post_types):
            if hasattr(post, "content"):  # a post (not None, nor an item that cannot be read)
                yield post
    finally:
        export.close()


def check_export(path: Path, out: Path, config: SiteConfig, today: date,
                 options: BuildOptions) -> list[Outcome]:
    """Build the export at `path` in memory (a temporary folder) and compare each post
    with the copy in `out`; one Outcome per post, in export order."""
    from .wxr import build_export, export_target

    target = export_target(path, out)
    with tempfile.TemporaryDirectory(prefix="healthld-check-") as tmp:
        results = list(build_export(path, Path(tmp), config, today, options))
        built = Path(tmp) / path.name
        # each post's content by its slug (the name its result carries), built and as output
        old = ({p.slug: p.content for p in _posts(target, config)} if target.is_file()
               else None)
        new = {p.slug: p.content for p in _posts(built, config)} if built.is_file() else {}
        same_file = old is not None and built.read_bytes() == target.read_bytes()
    checks = []
    for result in results:
        slug = result.source.rsplit("#", 1)[1]
        result.output = f"{target}#{slug}"
        if result.error or result.count(ERROR):
            state = FAILED
        elif old is None:
            state = MISSING
            result.findings.append(Finding("OUTPUT_MISSING", ERROR,
                                           f"{target} does not exist: run healthld build"))
        elif same_file or old.get(slug) == new.get(slug):
            state = UNCHANGED
        else:
            state = WOULD_CHANGE
            result.findings.append(Finding("OUTPUT_STALE", ERROR,
                                           f"{target} is out of date: run healthld build"))
        checks.append(Outcome(result, state, Job(path, Path(result.output), result.source)))
    if old is not None and not same_file and all(c.state == UNCHANGED for c in checks):
        # another item changed (a new draft, an edited page of another type)
        stale = PageResult(source=str(path), output=str(target), findings=[Finding(
            "OUTPUT_STALE", ERROR, f"{target} is out of date: run healthld build")])
        checks.append(Outcome(stale, WOULD_CHANGE, Job(path, target, path.name)))
    return checks


def validate_export(path: Path, config: SiteConfig, today: date
                    ) -> Iterator[tuple[str, list[Finding]]]:
    """(post, findings) for each published post's healthld block, as `validate` checks a
    built page's."""
    from .document import Document
    from .validate import validate_page
    from .wxr import post_page

    for post in _posts(path, config):
        source = f"{path}#{post.slug}"
        doc = Document.from_bytes(post_page(post, config), source)
        _, findings = validate_page(doc, today, config)
        yield source, findings


def extract_export(path: Path, config: SiteConfig, today: date) -> dict[str, Any]:
    """What `extract` prints for an export: every post's extraction, JSON-LD, findings."""
    from .runner import prepare
    from .wxr import process_post

    prepare(config)
    posts = []
    for post in _posts(path, config):
        done = process_post(post, config, today, str(path), None)
        result = done.result
        posts.append({"source": result.source, "error": result.error,
                      "extraction": result.extraction.as_dict() if result.extraction else None,
                      "jsonld": result.graph,
                      "findings": [f.as_dict() for f in result.findings]})
    return {"source": str(path), "posts": posts}
