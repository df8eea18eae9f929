"""The page's BeautifulSoup tree, grafted from lxml's own tree: the tree that
`BeautifulSoup(markup, "lxml")` builds, in a little over half the time.

bs4's lxml tree builder has lxml call back into Python for every start tag, end tag
and run of text, and builds the tree from those events through several layers of bs4
bookkeeping: it was a quarter of the cost of a page. `GraftingTreeBuilder` is that
builder with another `feed`: the same parser (libxml2's HTML parser, fed the whole
text at once, as bs4 feeds it) builds its tree in C, and one walk then grafts bs4 nodes
onto the soup, doing for each node what bs4 does with its event:

- a `Tag` made by bs4's own constructor with the builder (multi-valued attributes as
  lists, charset substitutions, void elements), its attributes in bs4's dict class;
- a string classed by its nearest `script`/`style`/`template`/`rt`/`rp` ancestor
  (`Script`, `Stylesheet`, ...), and, outside `<pre>`/`<textarea>`, a string of ASCII
  whitespace only replaced by one newline (if it holds one) or one space;
- comments; the doctype first; next/previous element and sibling links in document
  order.

A tree deeper than lxml's tree builder keeps (2,047 levels with huge_tree; legacy pages
of unclosed `<font>`, builder pages of nested `<div>`s) is built from the same parser's
events by `_Events`, with the same lean bookkeeping, instead of bs4's builder (about half
its cost per node). Where lxml's tree does not hold what the events would give, the
markup is parsed by the standard builder instead (`_Unsure`): text or markup after
`</html>`, or anything but whitespace and comments before the first start tag (lxml's
tree drops text at the document level), a doctype that is not a plain `<!DOCTYPE name>`
at the very start (lxml lower-cases its name; a misplaced one is an event but not a
node), an attribute that libxml2's tree builder fills in when it is written bare
(`checked`, ...), texts longer than libxml2's tree builder keeps, a processing
instruction, an empty document, anything else unexpected. A page's reading text
(region.py) never holds `</html>`, so the pages that matter take the fast path.

tests/test_soup.py checks the two trees are identical, node for node and link for link,
on every page of the test corpus and on generated HTML; `grafting_works` does the same
on a small document once per process, so a bs4 or lxml release that builds trees
differently makes `parse` fall back to the standard builder rather than change output.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any, ClassVar

from bs4 import BeautifulSoup, Comment, Doctype, NavigableString, Tag
from bs4.builder import LXMLTreeBuilder  # type: ignore[attr-defined]  # registered at import
from lxml import etree

_ASCII_SPACES = "\x20\x0a\x09\x0c\x0d"  # what bs4 collapses (BeautifulSoup.ASCII_SPACES)
# HTML's whitespace, which is also libxml2's: not Python's \s (no-break space, \v, ...).
_WS = "[\x20\x0a\x09\x0c\x0d]"
_LEADING_DOCTYPE = re.compile(rf"{_WS}*<!doctype{_WS}+([a-z][a-z0-9]*){_WS}*>", re.I | re.A)
_DOCTYPE = re.compile(r"<!doctype", re.I)
# Whitespace and whole comments up to the first start tag: anything else there (a stray end
# tag, text) can make a whitespace event at document level, which lxml's tree drops.
# A comment here ends at its first `-->`; one that could end sooner (`<!-->`, `--!>`) is messy.
# One character or one comment per step, taken possessively: a failed match never backtracks.
_CLEAN_START = re.compile(rf"(?:{_WS}|<!--(?!-?>)(?:(?!--!?>).)*+-->)*+<[a-z]",
                          re.I | re.S | re.A)
_HTML_END = re.compile(r"</html", re.I)


# libxml2's tree builder drops elements nested deeper than it keeps (256 levels, with
# huge_tree, which the graft's parser sets, everything below depth 2,047, <html> being 0)
# and, without huge_tree, stops a text node at 10,000,000 bytes (UTF-8); the events keep
# both. A tree that reaches depth 2,047 (something below may have been dropped), or a text
# long enough to come near the limit, is parsed the standard way.
_MAX_DEPTH = 2046
# Whether an element stands at depth _MAX_DEPTH + 1: an XPath of that many steps, which
# libxml2 evaluates level by level (each element once).
_AT_DEPTH_LIMIT = etree.XPath("boolean(/" + "/".join(["*"] * (_MAX_DEPTH + 2)) + ")")
_MAX_CHARS = 2_000_000  # at most 4 bytes a character: well under the text limit


class _Unsure(Exception):
    """lxml's tree may not hold what the parser's events give: use the standard builder."""


class _TooDeep(_Unsure):
    """lxml's tree stops at a depth the events go past: build from the events (_Events)."""


class GraftingTreeBuilder(LXMLTreeBuilder):
    """bs4's lxml HTML tree builder, building the soup from lxml's tree (module docstring)."""

    NAME = "lxml-graft"
    ALTERNATE_NAMES: ClassVar[list[str]] = []
    features: ClassVar[list[str]] = [NAME]
    grafted = False  # after a parse: True when this module built the tree, not bs4's builder

    def feed(self, markup: Any) -> None:
        try:
            _Graft(self.soup, self).document(markup)
            self.grafted = True
            return
        except _TooDeep:
            self.soup.reset()
        except (_Unsure, etree.LxmlError, RecursionError):
            self.soup.reset()
            self.grafted = False
            super().feed(markup)
            return
        try:  # deeper than lxml's tree keeps: the same parser's events, lean bookkeeping
            _Events(_Graft(self.soup, self)).feed(markup, self.huge_tree)
            self.grafted = True
        except (_Unsure, etree.LxmlError):
            self.soup.reset()
            self.grafted = False
            super().feed(markup)


class _Graft:
    """One document's walk over lxml's tree, attaching bs4 nodes to `soup`."""

    def __init__(self, soup: BeautifulSoup, builder: GraftingTreeBuilder) -> None:
        self.soup = soup
        self.builder = builder
        self.containers = builder.string_containers
        self.preserve = builder.preserve_whitespace_tags
        self.attrs_class = builder.attribute_dict_class
        self.namespaces = builder.active_namespace_prefixes[-1]
        self.last: Any = None  # the most recently attached node

    def document(self, markup: Any) -> None:
        if self.soup.parse_only is not None or self.soup.element_classes:
            raise _Unsure  # a strainer or custom node classes: bs4's own events apply them
        if not isinstance(markup, str) or len(markup) > _MAX_CHARS or _HTML_END.search(markup):
            raise _Unsure
        doctype = _LEADING_DOCTYPE.match(markup)
        start = doctype.end() if doctype else 0
        if _DOCTYPE.search(markup, start) or not _CLEAN_START.match(markup, start):
            raise _Unsure  # a second doctype, one that is not plain and first, or a messy start
        parser = etree.HTMLParser(recover=True, huge_tree=True, default_doctype=False)
        parser.feed(markup)
        root = parser.close()
        if root is None or root.getnext() is not None:
            raise _Unsure
        if (root.getroottree().docinfo.internalDTD is not None) != (doctype is not None):
            raise _Unsure
        if _AT_DEPTH_LIMIT(root):
            raise _TooDeep  # found before any node is grafted: one pass in C over the levels
        soup = self.soup
        if doctype:
            self.string(doctype.group(1), soup, Doctype, False)
        for node in reversed(list(root.itersiblings(preceding=True))):
            self.node(node, soup, False, None)
        self.node(root, soup, False, None)

    def string(self, text: str, parent: Tag, cls: type[NavigableString], keep: bool) -> None:
        if not keep and not text.strip(_ASCII_SPACES):
            text = "\n" if "\n" in text else " "
        string = cls(text)
        string.setup(parent, self.last)
        parent.contents.append(string)
        self.last = string

    def node(self, top: Any, parent: Tag, keep: bool, container: str | None) -> None:
        """Attach `top` (and its subtree) under `parent`, then its tail text. `keep`: inside
        a whitespace-preserving element; `container`: the nearest string-container tag.
        One loop over an explicit stack, not a call per nesting level: a page may nest
        2,000 deep."""
        outer = (parent, keep, container)
        # One frame per open element: its children still to attach, then the element and
        # its tag's keep and container (the tail goes to the frame below, or `outer`).
        stack: list[tuple[Any, Any, Tag, bool, str | None]] = []
        el: Any = top
        while True:
            if el is not None:
                if el.tag is etree.Comment:
                    self.string(el.text or "", parent, Comment, keep)
                    if el.tail:
                        self.string(el.tail, parent, self._text_class(container), keep)
                else:
                    if len(stack) > _MAX_DEPTH:
                        raise _TooDeep
                    if not isinstance(el.tag, str):  # a processing instruction, an entity
                        raise _Unsure
                    tag = self.tag(el.tag, el.items(), parent)
                    keep = keep or tag.name in self.preserve
                    container = tag.name if tag.name in self.containers else container
                    if el.text:
                        self.string(el.text, tag, self._text_class(container), keep)
                    stack.append((iter(el), el, tag, keep, container))
                    parent = tag
            if not stack:
                return
            el = next(stack[-1][0], None)
            if el is None:
                done = stack.pop()[1]
                parent, keep, container = stack[-1][2:] if stack else outer
                if done.tail:
                    self.string(done.tail, parent, self._text_class(container), keep)

    def tag(self, name: str, items: Any, parent: Tag) -> Tag:
        """Attach a tag named `name` with the attributes `items` under `parent`."""
        if name[0] == "{":
            raise _Unsure
        attrs = self.attrs_class()
        for key, value in items:
            # libxml2's tree builder gives a bare boolean attribute (`checked`) its own
            # name as value where the events give "": any value equal to its name is
            # ambiguous, whatever libxml2's list of boolean attributes.
            if key[0] == "{" or value == key:
                raise _Unsure
            attrs[key] = value
        tag = Tag(parser=self.soup, builder=self.builder, name=name, attrs=attrs,
                  parent=parent, previous=self.last, namespaces=self.namespaces)
        parent.contents.append(tag)
        self.last = tag
        return tag

    def _text_class(self, container: str | None) -> type[NavigableString]:
        if container is None:
            return NavigableString
        return self.containers[container]


class _Events:
    """An lxml parser target building the soup from the parser's events, as bs4's own
    builder does, with _Graft's lean bookkeeping: for a tree deeper than lxml's keeps.
    Called only once _Graft has found the markup's start, doctype and end plain."""

    def __init__(self, graft: _Graft) -> None:
        self.graft = graft
        soup: Tag = graft.soup
        self.open: list[tuple[Tag, bool, str | None]] = [(soup, False, None)]
        self.texts: list[str] = []

    def feed(self, markup: str, huge_tree: bool) -> None:
        """Parse `markup` as bs4's builder does (its parser options), building the soup."""
        parser = etree.HTMLParser(target=self, recover=True, huge_tree=huge_tree)
        parser.feed(markup)
        parser.close()

    def start(self, name: str, attrib: Any, nsmap: Any = None) -> None:
        self._flush()
        parent, keep, container = self.open[-1]
        graft = self.graft
        tag = graft.tag(name, attrib.items(), parent)
        self.open.append((tag, keep or name in graft.preserve,
                          name if name in graft.containers else container))

    def end(self, name: str) -> None:
        self._flush()
        if len(self.open) > 1:
            self.open.pop()

    def data(self, text: str) -> None:
        self.texts.append(text)

    def comment(self, text: str) -> None:
        self._flush()
        parent, keep, _ = self.open[-1]
        self.graft.string(text, parent, Comment, keep)

    def doctype(self, name: str, pubid: str, system: str) -> None:
        self._flush()
        self.graft.string(Doctype._string_for_name_and_ids(name, pubid, system),
                          self.open[0][0], Doctype, False)

    def pi(self, target: str, data: str) -> None:
        raise _Unsure

    def close(self) -> None:
        self._flush()

    def _flush(self) -> None:
        if self.texts:
            text = "".join(self.texts)
            self.texts.clear()
            parent, keep, container = self.open[-1]
            self.graft.string(text, parent, self.graft._text_class(container), keep)


def tree_signature(soup: BeautifulSoup) -> list[tuple[Any, ...]]:
    """Everything about a soup's nodes that two builders must agree on: each node's class,
    name or text, attributes (with their value classes) and other per-tag settings, parent,
    and the next/previous element and sibling links. For tests and `grafting_works`."""
    nodes = [soup, *soup.descendants]
    index = {id(n): i for i, n in enumerate(nodes)}

    def at(node: Any) -> int | None:
        return None if node is None else index[id(node)]

    out: list[tuple[Any, ...]] = []
    for node in nodes:
        links = (at(node.parent), at(node.previous_element), at(node.next_element),
                 at(node.previous_sibling), at(node.next_sibling))
        if isinstance(node, Tag):
            attrs = [(type(k), k, type(v), list(v) if isinstance(v, list) else v,
                      repr(getattr(v, "__dict__", None))) for k, v in node.attrs.items()]
            settings = {} if node is soup else {  # the soup itself: its builder differs
                k: v for k, v in vars(node).items()
                if k not in ("parent", "previous_element", "next_element", "previous_sibling",
                             "next_sibling", "contents", "attrs")}
            out.append((Tag, type(node.attrs), node.name, attrs, repr(settings),
                        [at(c) for c in node.contents], links))
        else:
            extras = {k: v for k, v in vars(node).items()
                      if k not in ("parent", "previous_element", "next_element",
                                   "previous_sibling", "next_sibling")}
            out.append((type(node), str(node), repr(extras), links))
    return out


_CANARY = """<!DOCTYPE html>
<!-- before --><html lang="en"><head><meta charset="utf-8"><title>T &amp; t</title>
<script type="application/ld+json">{"a": "<b>"}</script><style>p{}</style></head>
<body class="a  b"><main><article id="x" rel="up next"><h1>Head</h1>
<p>One <b>two</b>&nbsp;<a href="/x?a=1&amp;b=2">three</a><br>four</p>
<pre>  kept
  </pre><ul>
  <li>x</li> <li>y<!--   --></li></ul><template><p>t</p></template><textarea>  </textarea>
<details open><summary>Q</summary><div hidden>A</div></details><table><tr><td>c</td></tr>
</table></article></main>
"""


@cache
def grafting_works() -> bool:
    """True when, with the bs4 and lxml installed, grafting builds the same tree as the
    standard builder on a small document covering each rule (checked once per process)."""
    try:  # a release whose API the graft no longer fits raises: that too turns it off
        standard = BeautifulSoup(_CANARY, "lxml")
        builder = GraftingTreeBuilder()
        grafted = BeautifulSoup(_CANARY, builder=builder)
        return builder.grafted and tree_signature(standard) == tree_signature(grafted)
    except Exception:
        return False


def parse(markup: str) -> BeautifulSoup:
    """`BeautifulSoup(markup, "lxml")`, grafted from lxml's tree where that is the same."""
    if grafting_works():
        return BeautifulSoup(markup, builder=GraftingTreeBuilder())
    return BeautifulSoup(markup, "lxml")
