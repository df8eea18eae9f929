"""WordPress WXR exports (Tools -> Export): build every published post, write a new export.

Each item whose `wp:post_type` is one the config names (`[wordpress] post_types`, default
`post` and `page`) and whose `wp:status` is `publish` is a page: its
`content:encoded` is the article body; its title, link, author (`dc:creator`, shown
by the channel's `wp:author_display_name`), dates (`wp:post_date_gmt`,
`wp:post_modified_gmt`, else `pubDate`) and categories come from the item. The body
is wrapped in a minimal page (title as `<h1>`, the body in `<main><article>`) and goes
through the same extraction, graph, validation and read-back as a page; the page
facts are then taken from the item.

The new export is the input with one insertion per built post: the JSON-LD block at
the start of its `content:encoded` (inside the CDATA section; XML-escaped when the
content is escaped text). A block from an earlier build is replaced, so rebuilding a
built export changes nothing. The block is escaped JSON with no `<`, `>` or `&`, so
it can never hold `]]>`. Every other byte is copied: `strip_blocks` gives the input back.

Reading the export is in wxr_items.py. Safety: the channel head and each item are
parsed with defusedxml (no DTD, no entity expansion, no external entities); an export
with a DOCTYPE is refused. The file is memory-mapped and read item by item, posts
stream through the process pool, and the new export is written as results arrive
(through a temporary file, then `os.replace`), so memory does not grow with the export.
"""

from __future__ import annotations

import mmap
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from html import escape
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

from .batch import BuildOptions, atomic_file, write_atomic
from .config import SiteConfig
from .errors import PipelineError
from .extract.people import parse_person
from .jsonld import slug as make_slug
from .records import Extraction, PageResult, Person
from .runner import prepare, stream
from .writeback import SCRIPT_CLOSE, SCRIPT_OPEN, script_block
from .wxr_items import CDATA, BadItem, Export, Post, Span, WxrError

_ESCAPED_OPEN = xml_escape(SCRIPT_OPEN).encode("ascii")
_ESCAPED_CLOSE = xml_escape(SCRIPT_CLOSE).encode("ascii")


def post_page(post: Post, config: SiteConfig) -> bytes:
    """A standalone HTML page for a post: its facts in the head, its body in the article."""
    lang = post.language or config.language
    head = [f"<title>{escape(post.title or '')}</title>"]
    if post.link:
        head.append(f'<link rel="canonical" href="{escape(post.link)}">')
    if post.author:
        head.append(f'<meta name="author" content="{escape(post.author)}">')
    if post.published:
        head.append(f'<meta property="article:published_time" content="{post.published}">')
    if post.modified:
        head.append(f'<meta property="article:modified_time" content="{post.modified}">')
    if post.categories:
        head.append(f'<meta name="keywords" content="{escape(", ".join(post.categories))}">')
    title = f"<h1>{escape(post.title)}</h1>\n" if post.title else ""
    return (f'<!DOCTYPE html>\n<html lang="{escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
            + "\n".join(head) + f"\n</head>\n<body>\n<main>\n<article>\n{title}{post.content}\n"
            "</article>\n</main>\n</body>\n</html>\n").encode("utf-8")


def _item_facts(post: Post, config: SiteConfig, extraction: Extraction) -> Extraction:
    author = parse_person(post.author) if post.author else None
    facts = replace(
        extraction.facts,
        url=post.link or extraction.facts.url,
        title=post.title or extraction.facts.title,
        language=(post.language or config.language).replace("_", "-"),
        date_published=post.published,
        date_modified=post.modified,
        author=author or (Person(post.author) if post.author else None),
    )
    return replace(extraction, facts=facts)


@dataclass
class PostResult:
    """A post's outcome: the page result, and its block and standalone page when built."""

    result: PageResult
    index: int
    slug: str
    block: str | None = None
    page: bytes | None = None


def process_post(post: Post | BadItem, config: SiteConfig, today: date, source: str,
                 options: BuildOptions | None) -> PostResult:
    """Build one post (never raises for a bad post: the problem is in the result)."""
    from .build import render_page  # loaded by runner.prepare first

    result = PageResult(source=f"{source}#{post.slug}")
    out = PostResult(result, post.index, post.slug)
    if isinstance(post, BadItem):
        result.error = post.error
        return out
    try:
        page = render_page(post_page(post, config), result.source,
                           post.link or config.base_url + post.slug + "/", config, today,
                           options, result, adjust=lambda e: _item_facts(post, config, e))
        if page is not None and result.graph is not None:
            out.block, out.page = script_block(result.graph), page
    except PipelineError as exc:
        result.error = str(exc)
    except Exception as exc:  # a bug must cost one post, not the export
        result.error = f"internal error ({type(exc).__name__}: {exc}); please report it"
    return out


def _insertion(data: bytes | mmap.mmap, span: tuple[int, int]) -> tuple[int, int, bool]:
    """(start, end, cdata): where our block goes in a post's content text, and the end of
    the block from an earlier build there (end == start when there is none)."""
    start, stop = span
    cdata = data[start : start + len(CDATA)] == CDATA
    if cdata:
        start += len(CDATA)
    opener, closer = (SCRIPT_OPEN.encode(), SCRIPT_CLOSE.encode()) if cdata else (
        _ESCAPED_OPEN, _ESCAPED_CLOSE)
    if data[start : start + len(opener)] == opener:
        close = data.find(closer, start, stop)
        if close >= 0:
            end = close + len(closer)
            return start, end + (data[end : end + 1] == b"\n"), cdata
    return start, start, cdata


def strip_blocks(data: bytes) -> bytes:
    """The export without any block we inserted: the input as it was before the first build."""
    for opener, closer in ((SCRIPT_OPEN.encode(), SCRIPT_CLOSE.encode()),
                           (_ESCAPED_OPEN, _ESCAPED_CLOSE)):
        data = re.sub(re.escape(opener) + rb".*?" + re.escape(closer) + rb"\n?", b"", data,
                      flags=re.S)
    return data


def export_target(path: Path, out: Path) -> Path:
    """Where the export at `path` is written: `out` when it is a `.xml` path, else
    `out/<name>`."""
    return out if out.suffix.lower() == ".xml" else out / path.name


def _write_page(target: Path, done: PostResult, written: dict[Path, str]) -> None:
    """Write a post's standalone page (`--pages`), unless another post of the export has
    the same page path (two posts with one slug, or slugs that agree in their first 80
    characters): then the post's result says so and names the other."""
    assert done.page is not None
    page = target.parent / target.stem / f"{make_slug(done.slug)}.html"
    me = f"item {done.index} ({done.result.source})"
    first = written.setdefault(page, me)
    if first != me:
        done.result.error = f"its page {page} is already the page of {first}; not written"
        return
    write_atomic(page, done.page)


def build_export(path: Path, out: Path, config: SiteConfig, today: date, options: BuildOptions,
                 pages: bool = False) -> Iterator[PageResult]:
    """Build every published post of the export at `path`; write the new export to `out`
    (a `.xml` path, else `out/<name>`), and with `pages` each post's page to
    `out/<export stem>/<slug>.html`. Yields one result per post, in export order."""
    target = export_target(path, out)
    if os.path.realpath(target) == os.path.realpath(path):
        raise WxrError(f"--out {out} would overwrite the export {path}; choose another path")
    export = Export(path)
    try:
        with atomic_file(target) as handle:
            pos = 0
            posts = ((span, post) for span, post in export.items(config.post_types)
                     if post is not None)
            spans: dict[int, Span] = {}
            written: dict[Path, str] = {}  # each standalone page, and the post it holds

            def items() -> Iterator[Post | BadItem]:
                for span, post in posts:
                    spans[post.index] = span
                    yield post

            for done in stream(process_post, items(), options.jobs,
                               (config, today, str(path), options),
                               prepare=lambda: prepare(config)):
                span = spans.pop(done.index)
                done.result.output = f"{target}#{done.slug}"
                if done.block is not None and span.content is not None:
                    start, end, cdata = _insertion(export.data, span.content)
                    block = done.block if cdata else xml_escape(done.block)
                    handle.write(export.data[pos:start])
                    handle.write(block.encode("ascii") + b"\n")
                    pos = end
                    done.result.changed = end == start or export.data[start:end] != (
                        block.encode("ascii") + b"\n")
                    if pages and done.page is not None:
                        _write_page(target, done, written)
                yield done.result
            handle.write(export.data[pos:])
    finally:
        export.close()
