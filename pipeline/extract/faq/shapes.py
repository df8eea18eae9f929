"""The shapes a question takes in an FAQ section (headings.py reads the sections): a
question element's shape key, and a paragraph or list item that asks a question (a bold
lead, or text up to a `<br>` ending in a question mark, its "Q:" label left out)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bs4 import NavigableString, PageElement, Tag

from ...tagindex import first_tag, first_text, links_away
from ...text import is_blank, normalize_space
from .words import class_part, ends_asking, vocabulary

# Blocks taken whole into an answer unless they hold the question shape.
LISTS = frozenset({"ul", "ol", "dl", "table", "blockquote", "figure", "pre", "details"})
PARAGRAPHS = frozenset({"p", "li", "dt", "dd"})
BOLD = frozenset({"strong", "b"})
_BOLD_STYLE = re.compile(r"font-weight:\s*+(?:bold|[6-9]00)")  # `style="font-weight:700;"`


def is_bold(tag: PageElement) -> bool:
    """A `<strong>` or `<b>`, or a `<span>` whose inline style sets a bold weight (an
    editor that styles instead of tagging: Wix's rich text)."""
    if not isinstance(tag, Tag):
        return False
    if tag.name in BOLD:
        return True
    style = str(tag.get("style") or "").lower()
    return tag.name == "span" and _BOLD_STYLE.search(style) is not None
# What a line of text is made of: a `<div>` of nothing else is a paragraph (Blogger and
# Weebly write one `<div>` per line).
_INLINE = frozenset({"b", "strong", "em", "i", "a", "span", "br", "small", "u", "sup", "sub",
                     "code", "abbr", "mark", "img", "font", "time"})


_MAX_NODES = 100  # a question element is short: its text is read up to this many nodes


def start_text(tag: Tag) -> str:
    """The start of `tag`'s text, read over at most _MAX_NODES nodes, whitespace
    collapsed: a question element's text at a bounded cost, whatever it holds (a table
    nested in a cell, an item wrapper holding its answer)."""
    return first_text(tag, _MAX_NODES)


def inline_block(tag: Tag) -> bool:
    """A `<div>` holding only text and inline elements, some of it text or an element
    that is not a link to another page: a paragraph (`<div><span>Q?</span></div>`; a
    `<div>` holding only a link away is a listing's entry, not a paragraph). An empty
    element or an icon among them (`<div class="icon-arrow-right"></div>` after a
    toggle's title) is not a block."""
    if tag.name != "div":
        return False
    text = False
    for child in tag.children:
        if isinstance(child, Tag):
            if is_icon(child) or _empty(child):
                continue
            if child.name not in _INLINE:
                return False
            text = text or not _link_away(child)
        elif str(child).strip():
            text = True
    return text


def _link_away(tag: Tag) -> bool:
    """`tag` is a link to another page, or wraps only one (Drupal Views'
    `span.field-content > a`), a few inline wrappers down."""
    for _ in range(3):
        if tag.name == "a":
            return links_away(tag)
        kids = [k for k in tag.contents if isinstance(k, Tag) or str(k).strip()]
        if len(kids) != 1 or not isinstance(kids[0], Tag):
            return False
        tag = kids[0]
    return False


def _empty(tag: Tag) -> bool:
    """An element with nothing in it but whitespace (its own children only: a bounded
    look)."""
    return all(type(c) is NavigableString and is_blank(str(c)) for c in tag.contents)


def more_questions(rest: list[PageElement]) -> list[tuple[Tag, str, list[PageElement]]]:
    """The bold questions that start later lines of a paragraph's answer
    ("<strong>Q1?</strong><br>A1<br><br><strong>Q2?</strong><br>A2"): each with its
    name and its answer's nodes; [] when there are none (the answer is all of `rest`)."""
    words = vocabulary()
    found: list[tuple[Tag, str, list[PageElement]]] = []
    line_start = False
    for node in rest:
        if isinstance(node, Tag) and node.name == "br":
            line_start = True
        elif isinstance(node, Tag) and node.name in BOLD and line_start:
            name = strip_label(normalize_space(node.get_text(" ")))
            if words.is_question(name) and ends_asking(name):
                found.append((node, name, []))
                line_start = False
                continue
            line_start = False
        elif isinstance(node, Tag) or str(node).strip():
            line_start = False
        if found and not (isinstance(node, Tag) and node.name == "br" and not found[-1][2]):
            found[-1][2].append(node)
    return found


def shape(tag: Tag, kind: str) -> tuple[object, ...]:
    """A question element's shape: its kind, tag and class, and for a paragraph or list
    item its parent's tag and class (a heading may sit in a per-question wrapper). A
    class a site builder generates per instance (Framer's `framer-17hf3c0`) counts by
    its stem (`framer-#`), as does one numbered per item (`framer-q0`, `framer-q1`)."""
    parent = tag.parent if kind != "heading" else None
    return (kind, tag.name, _classes(tag), parent.name if parent else None,
            _classes(parent) if parent else ())


def _classes(tag: Tag) -> tuple[str, ...]:
    return tuple(_NUMBERED.sub("#", _HASHED.sub("#", c)) for c in tag.get_attribute_list("class"))


# A class's last part that is a generated hash ("17hf3c0"; not "item", "col-6" or "h3").
_HASHED = re.compile(r"(?<=[-_])(?=[a-z]*+\d)(?=\d*+[a-z])[a-z0-9]{5,}+$", re.I)
# An item's number at the end of a class ("framer-q0", "framer-q1"): numbered per copy.
_NUMBERED = re.compile(r"(?<=[-_][a-z])\d++$", re.I)


def meaningful(tag: Tag) -> Iterator[PageElement]:
    for child in tag.children:
        if isinstance(child, Tag) or str(child).strip():
            yield child


def strip_label(text: str, answer: bool = False) -> str:
    return text[vocabulary().label_end(text, answer):].strip()


_INLINE_LABEL = frozenset({"span", "em", "strong", "b", "i", "mark", "small", "abbr", "label",
                           "div", "p"})  # a label cell: `div.qa_label` "Question"


def label_element(node: PageElement, answer: bool = False) -> bool:
    """An inline element whose whole text is a question label ("Q", "Q.", "Q1:") or with
    `answer` an answer one ("A", "A."): in its own element the punctuation is not needed
    (`<span class="qa-label">Q</span>`); not a drop cap, nor a script's span per letter."""
    if not isinstance(node, Tag) or node.name not in _INLINE_LABEL:
        return False
    text = " ".join(node.get_text().split())
    after = str(node.next_sibling) if type(node.next_sibling) is NavigableString else ""
    if isinstance(node.next_sibling, Tag) and text.isalpha():  # "<span>S</span><span>h…"
        after = first_text(node.next_sibling, 2)
    if after[:1].islower() or (text.isalpha() and after.lstrip()[:1].islower()):
        return False  # a drop cap ("<span>A</span>lthough"), a bold word ("<b>A</b> few")
    if not text or len(text) > 12:
        return False
    end = vocabulary().label_end
    return end(text + " ", answer) == len(text) + 1 or end(text + ": ", answer) == len(text) + 2


def leading_label(tag: Tag, answer: bool = False) -> str | None:
    """The text of a label element opening `tag` (its first meaningful child, or that
    child's first, two levels down), or None."""
    node: PageElement | None = tag
    for _ in range(3):
        first = next(meaningful(node), None) if isinstance(node, Tag) else None
        if first is None or not isinstance(first, Tag):
            return None
        if label_element(first, answer):
            return " ".join(first.get_text().split())
        node = first
    return None


def card_title(heading: Tag) -> bool:
    """A heading that is wholly a link to another page (a related-post card, a menu)."""
    children = list(meaningful(heading))
    return (len(children) == 1 and isinstance(children[0], Tag) and children[0].name == "a"
            and links_away(children[0]))


def is_counter(tag: Tag) -> bool:
    """An element that holds only an item's number (BeTheme's `<span class="num">1</span>`
    before the question's words), or the number with its label word (a web story's
    `<span class="label">FAQ 2</span>` over the question): a counter, not part of the
    question nor of the answer before it."""
    return len(tag.contents) == 1 and type(tag.contents[0]) is NavigableString \
        and vocabulary().counter.fullmatch(tag.contents[0].strip()) is not None


def is_icon(tag: Tag) -> bool:
    """An icon or symbol drawn beside a question (a class whose last word names one: an
    icon font's letter, an "[edit]" link), or text only screen readers get ("Show this
    section"): not part of the question's words."""
    words = vocabulary()
    classes = tag.attrs.get("class") if tag.attrs else None
    return bool(classes) and any(
        c and (class_part(c) in words.icon or c.lower() in words.screen_reader)
        for c in (classes if isinstance(classes, list) else [classes]))


_ANSWER_DASHES = frozenset("–—-:")


def paragraph_question(block: Tag) -> tuple[Tag, str, list[PageElement], str] | None:
    """(question element, name, answer nodes inside the block, kind) for a paragraph or
    list item that asks a question: led by a bold question, or its text up to the first
    `<br>` (or all of it) ending in a question mark."""
    words = vocabulary()
    children = list(meaningful(block))
    if not children:
        return None
    first = children[0]
    lead = normalize_space(first.get_text(" ")) if isinstance(first, Tag) else ""
    # A bold lead that is only a label ("<strong>Question:</strong> Can I ...?"): the
    # question is the text after it, read as a labelled paragraph below.
    if isinstance(first, Tag) and is_bold(first) and (strip_label(lead + " ") or not lead):
        name = strip_label(lead)
        if words.is_question(name) and ends_asking(name):
            rest = list(first.next_siblings)
            while rest and ((isinstance(rest[0], Tag) and rest[0].name == "br")
                            or (not isinstance(rest[0], Tag) and not str(rest[0]).strip())):
                rest.pop(0)
            if rest and type(rest[0]) is NavigableString:
                # "<strong>Q?</strong> – A": the dash between question and answer is neither
                text = str(rest[0]).lstrip()
                if text[:1] in _ANSWER_DASHES and text[1:2].isspace():
                    rest[0] = NavigableString(text[2:].lstrip())
            return first, name, rest, "bold"
        return None
    head: list[PageElement] = []
    rest = []
    for child in block.children:
        if rest or (isinstance(child, Tag) and child.name == "br" and head):
            rest.append(child)
        elif isinstance(child, Tag) and child.name in LISTS | PARAGRAPHS:
            return None
        elif isinstance(child, Tag) and (is_icon(child) or (
                is_counter(child) and not any(str(h).strip() for h in head))):
            continue  # "<span class="q-no">01</span> Question?", a chevron icon
        else:
            head.append(child)
    text = normalize_space("".join(
        c.get_text(" ") if isinstance(c, Tag) else str(c) for c in head))
    name = strip_label(text)
    if name and ends_asking(name) and words.is_question(name) and not reported(name):
        if rest and isinstance(rest[0], Tag) and rest[0].name == "br":
            rest.pop(0)
        return block, name, rest, "labelled" if name != text else "paragraph"
    return None


_OPENING = "\"“„«"


def reported(text: str) -> bool:
    """A question quoted after other words ('New question: "Did the pain start …?"', 'She
    asked, "Is it safe?"'): reported speech in a sentence, not a question put to the
    reader. A question wholly in quotes is still one."""
    text = text.rstrip()
    if not text.endswith(("\"", "”", "»")):
        return False
    opened = max(text.rfind(q, 0, len(text) - 1) for q in _OPENING)
    return opened > 0


def line_question(node: Tag) -> str | None:
    """The name ("Q:" label left out) of a bold question that starts a line of loose text in a
    container, as a blog's post body writes its FAQ without paragraphs ("<h4>Your questions</h4>
    <b>Q: Can I …?</b><br>A: …<br><b>Q: …?</b>", a bookmark's empty anchor before it); None for
    anything else. A font tag holding only the bold question is its line too (`<font><b>Q?</b>`)."""
    bold = node
    if node.name in ("font", "span"):
        kids = [c for c in node.contents if isinstance(c, Tag) or str(c).strip()]
        bold = kids[0] if len(kids) == 1 and isinstance(kids[0], Tag) else node
    if bold.name not in BOLD:
        return None
    before = sibling_before(node)
    if isinstance(before, Tag) and before.name != "br" and before.name in _INLINE and (
            before.name != "a" or before.get_text().strip()):
        return None  # mid-line: a bold phrase inside a sentence
    if before is not None and not isinstance(before, Tag):
        return None
    name = strip_label(normalize_space(node.get_text(" ")))
    asks = vocabulary().is_question(name) and ends_asking(name)
    return name if asks else None


_CELL_WITHIN = 12  # nodes of a table where its first cell stands


def question_cells(table: Tag) -> bool:
    """A layout table whose first cell opens with a bold question on a line of its own
    (`<tr><td><font><b>Q?</b></font><br><font>A</font></td></tr>` per question on a
    2000s site): read cell by cell, not taken whole."""
    cell = first_tag(table, ("td", "th"), _CELL_WITHIN)
    lead = next((c for c in cell.children if isinstance(c, Tag)), None) if cell else None
    return lead is not None and line_question(lead) is not None


def blank_line(node: Tag) -> bool:
    """A `<br>` right after another: the blank line between two of a post's lines."""
    before = sibling_before(node)
    return node.name == "br" and isinstance(before, Tag) and before.name == "br"


def sibling_before(node: PageElement) -> PageElement | None:
    """The sibling before `node`, whitespace left out."""
    before = node.previous_sibling
    while before is not None and not isinstance(before, Tag) and not str(before).strip():
        before = before.previous_sibling
    return before


def sibling_after(node: PageElement) -> PageElement | None:
    """The sibling after `node`, whitespace left out."""
    after = node.next_sibling
    while after is not None and not isinstance(after, Tag) and not str(after).strip():
        after = after.next_sibling
    return after


def index_of(nodes: list[PageElement], node: PageElement) -> int:
    """Where `node` is in `nodes`, by identity (bs4 compares tags by their markup)."""
    return next(k for k, n in enumerate(nodes) if n is node)


def trim_breaks(nodes: list[PageElement]) -> list[PageElement]:
    """An answer without the `<br>`s and spaces that end it (before the next question)."""
    end = len(nodes)
    while end:
        last = nodes[end - 1]
        if (isinstance(last, Tag) and last.name != "br") or (not isinstance(last, Tag) \
                and str(last).strip()):
            break
        end -= 1
    return nodes[:end]


def own_toc(tag: Tag) -> bool:
    """A list of two or more links, all to anchors on this page (`ul.faq-toc`; a `<div>`
    of nothing but such links: Concrete CMS's `div.ccm-faq-block-links`): the FAQ's table
    of contents, before its first question."""
    if tag.name == "div":
        kids = list(meaningful(tag))
        return len(kids) >= 2 and all(isinstance(k, Tag) and k.name == "a" and len(
            str(k.get("href") or "")) > 1 and str(k.get("href")).startswith("#") for k in kids)
    if tag.name not in ("ul", "ol", "nav"):
        return False
    links = tag.find_all("a", limit=201)
    return 2 <= len(links) <= 200 and all(str(a.get("href") or "").startswith("#")
                                          for a in links)


def link_list(tag: Tag) -> bool:
    """A list whose every item is just a link to another page: a link list, not an answer.
    (Links to anchors on this page are the FAQ's own table of contents: read past.)"""
    if tag.name not in ("ul", "ol"):
        return False
    items = [c for c in tag.children if isinstance(c, Tag)]
    links = [kids[0] for c in items
             if c.name == "li" and len(kids := list(meaningful(c))) == 1
             and isinstance(kids[0], Tag) and kids[0].name == "a"]
    return len(items) >= 2 and len(links) == len(items) and any(map(links_away, links))


def link_bar(tag: Tag) -> bool:
    """An element of nothing but two or more short links (separators aside): a share bar
    or a tag list, in any language ("Facebook WhatsApp Copiar enlace"), not an answer's
    prose."""
    links = 0
    for child in meaningful(tag):
        if isinstance(child, Tag):
            if child.name != "a" or len(child.get_text(" ").split()) > 4:
                return False
            links += 1
        elif str(child).strip(" \n\t|·•/-–—,"):
            return False
    return links >= 2


_MEDIA = ("img", "picture", "video", "iframe", "svg", "object", "embed")


def blank(node: PageElement) -> bool:
    """A node that shows nothing: whitespace, NBSP or zero-width spaces, and no media."""
    if isinstance(node, Tag):
        return is_blank(node.get_text()) and node.name not in _MEDIA and node.find(_MEDIA) is None
    return is_blank(str(node))


def after(tag: Tag) -> PageElement | None:
    """The node after `tag` and everything inside it."""
    node: PageElement = tag
    while node.next_sibling is None and node.parent is not None:
        node = node.parent
    return node.next_sibling
