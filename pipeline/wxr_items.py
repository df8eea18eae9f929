"""Reading a WordPress WXR export: its channel facts and its items (see wxr.py).

The export is memory-mapped and its `<item>`s found with a byte scan that passes over
comments and CDATA. Each item is parsed on its own with defusedxml, inside the
export's own XML declaration (its encoding) and `<rss>` and `<channel>` start tags
(their namespace declarations); an item that cannot be parsed is a BadItem naming
its absolute line, and costs that item only. Every `wp:` namespace WordPress's
importer reads (WXR 1.0 to 1.2, http or https) is read; an export with no item, or
none that could be read, is a WxrError.
"""

from __future__ import annotations

import mmap
import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from xml.etree.ElementTree import Element

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring

from .config import DEFAULT_POST_TYPES
from .errors import PipelineError
from .jsonld import slug as make_slug

NS = {
    "content": "http://purl.org/rss/1.0/modules/content/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "wp": "http://wordpress.org/export/1.2/",
}
# Every namespace WordPress's importer accepts for `wp:` (WXR 1.0 to 1.2, http or https).
_WP_NAMESPACE = re.compile(rb"""xmlns:wp\s*=\s*["'](https?://wordpress\.org/export/1\.[012]/)["']""")
_DECLARATION = re.compile(rb"(?:\xef\xbb\xbf)?<\?xml[^>]*\?>")
_CHANNEL = re.compile(rb"<channel\b[^>]*>")
_POSITION = re.compile(r":? line \d+, column \d+$")
_MARKUP = re.compile(rb"<!\[CDATA\[|<!--|<(/?)(item|content:encoded)(?=[\s/>])")
CDATA = b"<![CDATA["


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


@dataclass(frozen=True)
class BadItem:
    """An item that cannot be read: it costs that item only (its result says why)."""

    index: int
    slug: str
    error: str


def _spans(data: bytes | mmap.mmap) -> Iterator[Span]:
    """Every `<item>` outside comments and CDATA, with its `content:encoded` text span."""
    pos, item_start, content_start = 0, None, None
    content: tuple[int, int] | None = None
    while True:
        m = _MARKUP.search(data, pos)
        if m is None:
            return
        token = m.group()
        if token == CDATA or token == b"<!--":
            end = data.find(b"]]>" if token == CDATA else b"-->", m.end())
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


def _text(item: Element, path: str, ns: dict[str, str] = NS) -> str | None:
    found = item.find(path, ns)
    text = (found.text or "").strip() if found is not None else ""
    return text or None


def _gmt(value: str | None) -> str | None:
    """`2026-06-09 08:00:00` (WordPress, GMT) as ISO 8601; None for WordPress's zero date."""
    if not value or value.startswith("0000"):
        return None
    try:
        moment = datetime.strptime(value, "%Y-%m-%d %H:%M:%S")
        return moment.replace(tzinfo=UTC).isoformat()
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
        self._counted = (0, 0)  # (offset, line breaks before it): see _lines_before
        channel_open = _CHANNEL.search(head)
        wp = _WP_NAMESPACE.search(head)
        self.ns = {**NS, "wp": wp.group(1).decode("ascii")} if wp else NS
        # What each item is parsed inside: the export's XML declaration (its encoding), the
        # <rss> and <channel> start tags (their namespace declarations), on one line, so a
        # line number in an item's error is the item's own line plus the item's first.
        declaration = _DECLARATION.match(head)
        self.prefix = b" ".join(
            part.replace(b"\r", b" ").replace(b"\n", b" ")
            for part in ((declaration.group() if declaration else b""), rss.group(),
                         channel_open.group() if channel_open else b"<channel>"))
        channel = self._parse(head + (b"" if head_end < 0 else b"</channel></rss>"))
        self.language = _text(channel, "channel/language", self.ns)
        self.link = _text(channel, "channel/link", self.ns)  # the site's address, as WordPress says
        self.authors = {
            login: _text(a, "wp:author_display_name", self.ns) or login
            for a in channel.iterfind("channel/wp:author", self.ns)
            if (login := _text(a, "wp:author_login", self.ns))
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
              ) -> Iterator[tuple[Span, Post | BadItem | None]]:
        """Every item in order, with its Post when it is published, has content and is of
        one of `post_types` (`wp:post_type`: post, page, a custom post type), or a BadItem
        saying why it cannot be read (the other items are read all the same).
        WxrError when the export holds no item, or no item could be read."""
        read = count = 0
        for index, span in enumerate(_spans(self.data), 1):
            count += 1
            try:
                item = self._item(span)
            except WxrError as exc:
                yield span, BadItem(index, f"item-{index}", str(exc))
                continue
            kind = _text(item, "wp:post_type", self.ns)
            read += kind is not None
            if (kind not in post_types or _text(item, "wp:status", self.ns) != "publish"
                    or span.content is None):
                yield span, None
                continue
            yield span, self._post(index, item)
        if not read:
            raise WxrError(f"{self.path}: " + (
                "no <item> in the export" if not count else
                f"none of its {count} items could be read as a WordPress post (no wp:post_type "
                "in a namespace WordPress's importer reads: http(s)://wordpress.org/export/1.0/ "
                "to 1.2/)"))

    def _item(self, span: Span) -> Element:
        """The item at `span`, parsed inside the export's declaration, <rss> and <channel>."""
        xml = self.prefix + bytes(self.data[span.start : span.end]) + b"</channel></rss>"
        try:
            return fromstring(xml, forbid_dtd=True)[0][0]
        except DefusedXmlException as exc:
            raise WxrError(f"refused: {type(exc).__name__} (DTDs and entities are not "
                           "read)") from None
        except ParseError as exc:
            line = exc.position[0] + self._lines_before(span.start)
            reason = _POSITION.sub("", str(exc))
            raise WxrError(f"not well-formed XML at line {line} of {self.path}: {reason}; "
                           "this item is left as it is") from None

    def _lines_before(self, offset: int) -> int:
        """The line breaks before `offset`, counted on from the last offset asked about
        (items come in order), so the export is counted through once at most."""
        done, lines = self._counted
        if offset < done:
            done, lines = 0, 0
        lines += bytes(self.data[done:offset]).count(b"\n")
        self._counted = (offset, lines)
        return lines

    def _post(self, index: int, item: Element) -> Post:
        ns = self.ns
        title = _text(item, "title", ns)
        login = _text(item, "dc:creator", ns)
        return Post(
            index=index,
            slug=_text(item, "wp:post_name", ns) or make_slug(title or f"post-{index}"),
            title=title,
            link=_text(item, "link", ns),
            author=self.authors.get(login, login) if login else None,
            published=(_gmt(_text(item, "wp:post_date_gmt", ns))
                       or _rfc822(_text(item, "pubDate", ns))),
            modified=_gmt(_text(item, "wp:post_modified_gmt", ns)),
            categories=tuple(c.text.strip() for c in item.iterfind("category")
                             if c.get("domain") == "category" and c.text and c.text.strip()),
            language=self.language,
            content=_text(item, "content:encoded", ns) or "",
        )

    def close(self) -> None:
        if isinstance(self.data, mmap.mmap):
            self.data.close()
