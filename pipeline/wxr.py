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

Safety: the channel head and each item are parsed with defusedxml (no DTD, no entity
expansion, no external entities); an export with a DOCTYPE is refused. The file is
memory-mapped and read item by item, posts stream through the process pool, and the
new export is written as results arrive (through a temporary file, then
`os.replace`), so memory does not grow with the export.
"""

from __future__ import annotations

import mmap
import os
import re
import tempfile
from collections.abc import Collection, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime
from html import escape
from pathlib import Path
from xml.etree.ElementTree import Element
from xml.sax.saxutils import escape as xml_escape

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring

from .batch import BuildOptions, write_atomic
from .config import DEFAULT_POST_TYPES, SiteConfig
from .errors import PipelineError
from .extract.people import parse_person
from .jsonld import slug as make_slug
from .records import Extraction, PageResult, Person
from .runner import prepare, stream
from .writeback import SCRIPT_CLOSE, SCRIPT_OPEN, script_block

NS = {
    "content": "http://purl.org/rss/1.0/modules/content/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "wp": "http://wordpress.org/export/1.2/",
}
_MARKUP = re.compile(rb"<!\[CDATA\[|<!--|<(/?)(item|content:encoded)(?=[\s/>])")
_CDATA = b"<![CDATA["
_ESCAPED_OPEN = xml_escape(SCRIPT_OPEN).encode("ascii")
_ESCAPED_CLOSE = xml_escape(SCRIPT_CLOSE).encode("ascii")


class WxrError(PipelineError):
    """The export cannot be read as a WXR file (not XML, a DOCTYPE, no channel)."""


@dataclass(frozen=True)
class Span:
    """Byte offsets of one `<item>` and of its `content:encoded` text (None: no content)."""

    start: int
    end: int
    content: tuple[int, int] | None


@dataclass(frozen=True)
class Post:
    """One published post: the facts its item states and its body."""

    index: int  # 1-based position among the export's items
    slug: str
    title: str | None
    link: str | None
    author: str | None
    published: str | None
    modified: str | None
    categories: tuple[str, ...]
    language: str | None
    content: str


def _spans(data: bytes | mmap.mmap) -> Iterator[Span]:
    """Every `<item>` outside comments and CDATA, with its `content:encoded` text span."""
    pos, item_start, content_start = 0, None, None
    content: tuple[int, int] | None = None
    while True:
        m = _MARKUP.search(data, pos)
        if m is None:
            return
        token = m.group()
        if token == _CDATA or token == b"<!--":
            end = data.find(b"]]>" if token == _CDATA else b"-->", m.end())
            if end < 0:
                raise WxrError("unterminated CDATA section or comment")
            pos = end + 3
            continue
        tag_end = data.find(b">", m.end())
        if tag_end < 0:
            raise WxrError("unterminated tag")
        pos = tag_end + 1
        closing, name = bool(m.group(1)), m.group(2)
        self_closing = data[tag_end - 1 : tag_end] == b"/"
        if name == b"item":
            if not closing:
                item_start, content = m.start(), None
            elif item_start is not None:
                yield Span(item_start, pos, content)
                item_start = None
        elif item_start is not None and not self_closing:
            if not closing:
                content_start = pos
            elif content_start is not None:
                content, content_start = (content_start, m.start()), None


def _text(item: Element, path: str) -> str | None:
    found = item.find(path, NS)
    text = (found.text or "").strip() if found is not None else ""
    return text or None


def _gmt(value: str | None) -> str | None:
    """`2026-06-09 08:00:00` (WordPress, GMT) as ISO 8601; None for WordPress's zero date."""
    if not value or value.startswith("0000"):
        return None
    try:
        moment = datetime.strptime(value, "%Y-%m-%d %H:%M:%S")
        return moment.replace(tzinfo=timezone.utc).isoformat()
    except ValueError:
        return None


def _rfc822(value: str | None) -> str | None:
    try:
        return parsedate_to_datetime(value).isoformat() if value else None
    except (TypeError, ValueError):
        return None


class Export:
    """An open WXR file: its channel facts and its items, read lazily from a memory map."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            with path.open("rb") as handle:
                self.data: bytes | mmap.mmap = (
                    mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
                    if path.stat().st_size else b"")
        except OSError as exc:
            raise WxrError(f"{path}: cannot read: {exc.strerror or exc}") from None
        head_end = self._first_item()
        head = bytes(self.data[: head_end if head_end >= 0 else len(self.data)])
        rss = re.search(rb"<rss\b[^>]*>", head)
        if rss is None or b"<channel" not in head:
            raise WxrError(f"{path}: not a WXR export (no <rss> channel)")
        self.rss_open = rss.group()
        channel = self._parse(head + (b"" if head_end < 0 else b"</channel></rss>"))
        self.language = _text(channel, "channel/language")
        self.link = _text(channel, "channel/link")  # the site's address, as WordPress says
        self.authors = {
            login: _text(a, "wp:author_display_name") or login
            for a in channel.iterfind("channel/wp:author", NS)
            if (login := _text(a, "wp:author_login"))
        }

    def _first_item(self) -> int:
        for span in _spans(self.data):
            return span.start
        return -1

    def _parse(self, xml: bytes) -> Element:
        try:
            return fromstring(xml, forbid_dtd=True)
        except DefusedXmlException as exc:
            raise WxrError(f"{self.path}: refused: {type(exc).__name__} (DTDs and entities "
                           "are not read)") from None
        except ParseError as exc:
            raise WxrError(f"{self.path}: not well-formed XML: {exc}") from None

    def items(self, post_types: Collection[str] = DEFAULT_POST_TYPES
              ) -> Iterator[tuple[Span, Post | None]]:
        """Every item in order, with its Post when it is published, has content and is of
        one of `post_types` (`wp:post_type`: post, page, a custom post type)."""
        for index, span in enumerate(_spans(self.data), 1):
            xml = self.rss_open + bytes(self.data[span.start : span.end]) + b"</rss>"
            item = self._parse(xml)[0]
            if (_text(item, "wp:post_type") not in post_types
                    or _text(item, "wp:status") != "publish" or span.content is None):
                yield span, None
                continue
            title = _text(item, "title")
            login = _text(item, "dc:creator")
            yield span, Post(
                index=index,
                slug=_text(item, "wp:post_name") or make_slug(title or f"post-{index}"),
                title=title,
                link=_text(item, "link"),
                author=self.authors.get(login, login) if login else None,
                published=_gmt(_text(item, "wp:post_date_gmt")) or _rfc822(_text(item, "pubDate")),
                modified=_gmt(_text(item, "wp:post_modified_gmt")),
                categories=tuple(c.text.strip() for c in item.iterfind("category")
                                 if c.get("domain") == "category" and c.text and c.text.strip()),
                language=self.language,
                content=_text(item, "content:encoded") or "",
            )

    def close(self) -> None:
        if isinstance(self.data, mmap.mmap):
            self.data.close()


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


def process_post(post: Post, config: SiteConfig, today: date, source: str,
                 options: BuildOptions | None) -> PostResult:
    """Build one post (never raises for a bad post: the problem is in the result)."""
    from .build import render_page  # loaded by runner.prepare first

    result = PageResult(source=f"{source}#{post.slug}")
    out = PostResult(result, post.index, post.slug)
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
    cdata = data[start : start + len(_CDATA)] == _CDATA
    if cdata:
        start += len(_CDATA)
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


def _target(path: Path, out: Path) -> Path:
    return out if out.suffix.lower() == ".xml" else out / path.name


def build_export(path: Path, out: Path, config: SiteConfig, today: date, options: BuildOptions,
                 pages: bool = False) -> Iterator[PageResult]:
    """Build every published post of the export at `path`; write the new export to `out`
    (a `.xml` path, else `out/<name>`), and with `pages` each post's page to
    `out/<export stem>/<slug>.html`. Yields one result per post, in export order."""
    target = _target(path, out)
    if os.path.realpath(target) == os.path.realpath(path):
        raise WxrError(f"--out {out} would overwrite the export {path}; choose another path")
    export = Export(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            pos = 0
            posts = ((span, post) for span, post in export.items(config.post_types)
                     if post is not None)
            spans: dict[int, Span] = {}

            def items() -> Iterator[Post]:
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
                        page = target.parent / target.stem / f"{make_slug(done.slug)}.html"
                        write_atomic(page, done.page)
                yield done.result
            handle.write(export.data[pos:])
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    finally:
        export.close()
