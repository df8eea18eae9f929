"""Bookmark-list FAQs: a list of links to anchors on the same page, each link a question,
and further down each anchor opening its question and answer (a table layout's or an
early CMS's FAQ: `<a href="#q1">Which children get MMR?</a><br>…` over
`<p><a name="q1"></a>Which children get MMR?</p><p>All children …</p><p><a href="#top">
top</a></p>`; seen in the eval sets h503, h511 and h519, from FrontPage, Dreamweaver,
Blogger classic, e107 and Zope pages).

The run of anchored questions is handed to the section reader (headings.py) as an
FAQ-marked element, read from the first anchored question, like a labelled Q&A run
(qa_runs.py): the questions' shape, the answers and where the last one ends ("Back to
top", a rule, furniture) are read as under any label. A page's table of contents links to
its sections the same way: only an anchor element (`<a name>`, `<a id>`) is a question's,
not a heading's or a section's id, and one on a heading only when its name says FAQ
("#faq1"); links in site furniture are not read."""

from __future__ import annotations

from bs4 import Tag

from ...document import Document
from ...tagindex import HEADINGS, tag_index
from .base import FAQ_MARK
from .items import opens
from .layout import layout
from .shapes import start_text
from .words import vocabulary

_MIN_BOOKMARKS = 2  # question links whose anchors are found further down
_BLOCKS = frozenset({"p", "div", "dt", "li", "td", *HEADINGS})


def bookmark_runs(doc: Document) -> list[tuple[Tag, Tag]]:
    """The element holding a page's anchored questions with the block of the first one,
    or nothing: at most one run a page, found once per page."""
    return doc.memo(_bookmark_runs)


def _bookmark_runs(doc: Document) -> list[tuple[Tag, Tag]]:
    index = tag_index(doc)
    jumps = [a for a in index.get("a") if str(a.get("href") or "").startswith("#")
             and len(str(a["href"])) > 1]
    if len(jumps) < _MIN_BOOKMARKS:
        return []
    words, lay = vocabulary(), layout(doc)
    names: dict[str, Tag] = {}
    for anchor in index.get("a"):
        if anchor.get("name"):
            names.setdefault(str(anchor["name"]), anchor)
    blocks: list[Tag] = []
    for link in jumps:
        fragment = str(link["href"])[1:]
        ids = [t for t in index.get("#" + fragment) if t.name == "a"]
        target = ids[0] if ids else names.get(fragment)
        if target is None or lay.pos(target) <= lay.pos(link) or lay.in_furniture(link) \
                or not words.asks(start_text(link)):
            continue
        block = _question_block(target)
        if block.name in HEADINGS and not FAQ_MARK.search(fragment):
            continue  # a table of contents' entry for a heading
        blocks.append(block)
    if len(blocks) < _MIN_BOOKMARKS:
        return []
    first = min(blocks, key=lay.pos)
    return [(first.parent, first)] if isinstance(first.parent, Tag) else []


def _question_block(target: Tag) -> Tag:
    """The block an anchor opens (`<p><a name="q1"></a>Q?</p>`, `<h3><a name="faq1">Q?</a>
    </h3>`), or the anchor itself in loose text (a post body: `<a name="q1"></a><b>Q?</b>
    <br>A`)."""
    parent = target.parent
    if isinstance(parent, Tag) and parent.name in _BLOCKS and opens(parent, target):
        return parent
    return target
