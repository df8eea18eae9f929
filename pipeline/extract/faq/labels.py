"""FAQ labels: where a page says an FAQ starts. A heading with an FAQ phrase anywhere (or
ending in "questions": words.py), not a page title that is an interview's, or a
paragraph that is wholly such a phrase in bold (`<p><strong>FAQ</strong></p>`); or, with no
such heading inside it, an element whose class, id or `aria-label` says FAQ, or the
panel of a tab titled as one."""

from __future__ import annotations

import re

from bs4 import NavigableString, Tag

from ...document import Document
from ...keys import fold
from ...tagindex import HEADINGS, TagIndex, first_text, tag_index
from ..widgets import widget_memo
from .base import faq_marked_keys, is_faq_heading
from .bookmarks import bookmark_runs
from .layout import layout
from .qa_runs import qa_runs
from .shapes import is_bold, sibling_after, sibling_before, start_text
from .words import Vocabulary, vocabulary


def faq_labels(doc: Document) -> list[tuple[Tag, int]]:
    """The FAQ labels in page order, each with its heading level (0 for a marked element
    holding no FAQ heading), found once per page. Looked up in the tag index; the layout
    is built only when a marked element needs it."""
    return doc.memo(_faq_labels)


def _faq_labels(doc: Document) -> list[tuple[Tag, int]]:
    words = vocabulary()
    index = tag_index(doc)
    widgets = widget_memo(doc)
    announced: dict[str, bool] = {}  # by heading text: a page repeats its titles
    found = [(h, int(h.name[1])) for h in index.headings if is_faq_heading(doc, h, widgets,
                                                                           announced)
             and not _interview(h, index.heading_text(h), words) and not _asked_title(h, words)]
    found += _bold_titles(index, words)
    marked = [t for t in index.get("[aria-label]") if t.name in ("section", "div")
              and words.announces_faq(str(t["aria-label"]))]
    marked += [t for key in faq_marked_keys(doc) for t in index.get(key) if t.name not in _CELLS]
    marked += _tab_panels(index, words)
    marked += _help_articles(index, words)
    marked += qa_runs(doc)
    if marked:
        lay = layout(doc)
        positions = sorted(lay.pos(h) for h, _ in found)
        # Deduplicated by identity: a bs4 Tag hashes and compares by its whole markup (a
        # walk of its subtree each time, and two FAQ-marked elements alike would be one).
        found += [(t, 0) for t in {id(t): t for t in marked}.values()
                  if t.name not in HEADINGS and not lay.holds(t, positions)]
    # a bookmark list's questions, read from the first anchored one: an FAQ heading over
    # the list of links is the run's title, not a label of its own (bookmarks.py)
    found += [(holder, 0) for holder, _ in bookmark_runs(doc)
              if all(holder is not t for t, _ in found)]
    return sorted(found, key=lambda hl: index.order.get(id(hl[0]), -1))


_CELLS = frozenset({"tr", "td", "th"})  # "td.faqQ", "td.faqA": a cell's role; the table
# is the FAQ (table.py), not each cell
BOLD_TITLE_LEVEL = 7  # a bold paragraph label reads as a heading below every <h6>
_MAX_TITLE = 80  # characters of a bold paragraph that is a title


def _bold_titles(index: TagIndex, words: Vocabulary) -> list[tuple[Tag, int]]:
    """Paragraphs (or cells, list items) that are wholly one bold FAQ phrase
    (`<p><strong>FAQ</strong></p>` in a product description or a classic-editor post: a
    title written without a heading tag), a bold phrase in a font tag on a line of its
    own (a table layout's title: `_own_line`), or wholly one FAQ phrase in capitals
    (`<p>QUESTIONS AND ANSWERS</p>` on a text-only page), each as a label below every
    heading level; not a bold question that holds one ("Q: What do people ask you
    most?": an interview's question)."""
    found = []
    styled = [t for t in index.get("[style]") if t.name == "span" and is_bold(t)]
    for bold in (*index.get("strong", "b"), *styled):
        text = first_text(bold, _TITLE_NODES)  # a few nodes: bold elements may nest
        # thousands deep (unclosed <b>s), and a title is a string or two
        if len(text) > _MAX_TITLE or not words.announces_faq(text) or words.asks(text):
            continue
        line = bold  # "<font size=3><b>FAQ</b></font>": the font tag is the title's too
        while isinstance(line.parent, Tag) and line.parent.name in _WRAPPERS \
                and start_text(line.parent) == text:
            line = line.parent
        block = line.parent
        if isinstance(block, Tag) and block.name in _TITLE_BLOCKS \
                and start_text(block).rstrip(":") == text.rstrip(":"):
            found.append((block, BOLD_TITLE_LEVEL))
        elif line is not bold and _own_line(line):
            found.append((line, BOLD_TITLE_LEVEL))
    for para in index.get("p"):  # "<p>QUESTIONS AND ANSWERS</p>": a text-only page's title
        first = para.contents[0] if para.contents else None
        if isinstance(first, NavigableString) and str(first).strip().isupper():
            text = start_text(para)
            if len(text) <= _MAX_TITLE and text.isupper() and words.announces_faq(text) \
                    and not words.asks(text):
                found.append((para, BOLD_TITLE_LEVEL))
    return found


_WRAPPERS = frozenset({"font", "span"})  # inline styling around a bold title
_TITLE_NODES = 8  # nodes of a bold element read for a title
_TITLE_BLOCKS = frozenset({"p", "div", "td", "li"})  # a block that is wholly a bold title


def _own_line(tag: Tag) -> bool:
    """`tag` stands on a line of its own among its siblings: a `<br>` (or nothing) before
    it and after it, text aside that is only spaces (a table layout's
    `<font size=3><b>Frequently Asked Questions</b></font><br><br>` in a cell)."""
    before, after = sibling_before(tag), sibling_after(tag)
    return (before is None or (isinstance(before, Tag) and before.name == "br")) \
        and isinstance(after, Tag) and after.name == "br"


_KB_BODY = re.compile(r"^(?:kb|hc|intercom)[-_]article[-_]{1,2}(?:body|content)$")


def _help_articles(index: TagIndex, words: Vocabulary) -> list[Tag]:
    """A help centre's article body (`div.kb-article__body`, `div.hc-article-content`,
    Intercom's `article.intercom-article-body`) holding two or more headings that ask: a
    knowledge-base article written as questions and answers, whose title names the
    topic, not the FAQ; one question heading is a how-to article's title."""
    found = []
    for key in (k for k in index.tags if k[:1] == "." and _KB_BODY.search(k[1:])):
        for body in index.get(key):
            asking = [h for h in body.find_all(HEADINGS[1:]) if words.asks(h.get_text(" "))]
            if len(asking) >= 2:
                found.append(body)
    return found



def _asked_title(heading: Tag, words: Vocabulary) -> bool:
    """A page title (`<h1>`) whose only FAQ words say who asks ("Chiropractic care for
    babies: what parents ask us"; not "Three questions my patients ask"): an article
    written as answers to its readers' questions, each a section of it, not an FAQ; a
    lower heading "What parents ask us" is an FAQ's label."""
    if heading.name != "h1":
        return False
    text = fold(heading.get_text(" ")).lower()
    found = words.faq_phrase.search(text)
    return found is not None and found.group(0).endswith(" ask") and "question" not in text \
        and not words.faq_phrase.search(text, found.end())


def _interview(heading: Tag, text: str, words: Vocabulary) -> bool:
    """An interview's title, not an FAQ's: a page title (`<h1>`) starting with an
    interview title ("Q&A: A sleep specialist on ..."), or under a kicker that names an
    advice column ("ASK DR RUTH" over "… Our GP answers your questions": readers'
    letters), or any heading naming the one person who answers ("Q&A with the clinic's
    director", "Interview with ..."). `text` is the heading's (`TagIndex.heading_text`)."""
    folded = fold(text)
    found = words.interview.match(folded) or words.interview.match(_subtitle(folded))
    if found is None and heading.name == "h1":  # "ASK DR RUTH" over the title: a column's
        kicker = heading.find_previous_sibling()
        text = fold(kicker.get_text(" ")) if kicker is not None else ""
        return len(text) <= _KICKER and words.column.fullmatch(text.strip()) is not None
    return found is not None and (heading.name == "h1" or found.group(0).rstrip().endswith("with"))


_KICKER = 40  # characters of a kicker naming an advice column over a page's title


def _subtitle(title: str) -> str:
    """The part of a title after its colon, without an article ("Bowel Cancer Awareness
    Month: a Q&A with Dr NAME" -> "Q&A with Dr NAME"), or "" when it has no colon."""
    _, colon, rest = title.partition(": ")
    rest = rest.lstrip()
    for article in ("a ", "an ", "the "):
        if rest.lower().startswith(article):
            return rest[len(article):]
    return rest if colon else ""


def _tab_panels(index: TagIndex, words: Vocabulary) -> list[Tag]:
    """The panels of tabs titled as an FAQ (an Elementor or Bootstrap tab "FAQs" or
    "Questions" whose `aria-controls` names its panel, or whose link's target is the
    `aria-labelledby` of one; Shoelace's and Bulma's, named by an attribute of their
    own: `Vocabulary.titles_faq_tab`), and of an accordion's button titled so (a
    Shopify theme's collapsible "FAQs" among "Supplement facts" and "How to use"): each
    panel is an FAQ-marked element."""
    panels: list[Tag] = []
    labelled_by: dict[str, list[Tag]] = {}
    for panel in index.get("[aria-labelledby]"):
        labelled_by.setdefault(str(panel["aria-labelledby"]), []).append(panel)
    controls = [t for t in index.get("[aria-controls]") if t.name == "button"]
    for tab in [*index.get("[role]"), *controls]:  # an accordion's "FAQs" button too
        if (tab.get("role") != "tab" and tab.name != "button") or not (
                words.announces_faq(tab.get_text(" ")) if tab.name == "button"
                else words.titles_faq_tab(tab.get_text(" "))):
            continue
        targets = str(tab.get("aria-controls") or "").split()
        link = tab if tab.name == "a" else tab.a  # Magento Page Builder: li > a[href=#id]
        if not targets and link is not None and str(link.get("href") or "")[:1] == "#":
            targets = [str(link["href"])[1:]]
        if len(targets) == 1 and targets[0]:
            # the panel the tab names, or the one naming the tab's target as its label
            # (Spectra: a[href="#uagb-tabs__tab2"] over div[aria-labelledby=…tab2])
            panels += index.get("#" + targets[0]) or labelled_by.get(targets[0], [])
    named = 0
    for tab in index.get("sl-tab", "li"):
        key = next((a for a in _TAB_KEYS if a in tab.attrs), None)
        if key is not None and named < _MAX_NAMED and words.titles_faq_tab(start_text(tab)):
            named += 1  # a page has a tab or two titled as an FAQ: a walk each, bounded
            panels += _named_panel(tab, str(tab[key]))
    return panels


# A tab naming its panel without ARIA: Shoelace's `sl-tab[panel]` over
# `sl-tab-panel[name]`, Bulma's `li[data-tab]` over `div.tab-content[data-content]`.
_TAB_KEYS = ("panel", "data-tab", "data-target")
_MAX_NAMED = 4  # tabs titled as an FAQ whose panels are looked for by name
_PANEL_KEYS = ("name", "data-content", "data-tab-content", "id")


def _named_panel(tab: Tag, value: str) -> list[Tag]:
    """The one element after `tab` that a panel attribute names `value` (looked for only
    for a tab titled as an FAQ: a walk of the page after it, once)."""
    value = value.lstrip("#")
    found = [t for t in tab.find_all_next(True) if t is not tab and any(
        str(t.get(k) or "") == value for k in _PANEL_KEYS)]
    return found[:1] if len(found) == 1 else []
