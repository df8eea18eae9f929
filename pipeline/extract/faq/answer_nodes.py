"""An answer's nodes as the FAQ readers pass them, made ready for `make_block`: one wrapper
`<div>` unwrapped, jump links ("Back to top") and blank lines at its end left out, an
answer label ("A.", "<em>A:</em>", "Ans:" after a "Q1." question) taken off. The tree is
never changed: a shortened text is a new string."""

from __future__ import annotations

import re
from collections.abc import Sized
from functools import cache

from bs4 import NavigableString, PageElement, Tag

from ...dates import find_date
from ...keys import plain
from ...text import normalize_space
from ...wording import phrase_pattern, wording
from .layout import marked_furniture
from .shapes import BOLD, index_of, label_element, meaningful, paragraph_question
from .words import vocabulary


def jump_only(node: PageElement) -> bool:
    """An element that is only a link to an anchor on this page ("Return to Top", "Back to
    questions"), directly or in one wrapper: navigation, not part of an answer."""
    for _ in range(3):
        if not isinstance(node, Tag):
            return False
        if node.name == "a":
            return str(node.get("href") or "").startswith("#")
        kids = [k for k in node.children if isinstance(k, Tag) or str(k).strip()]
        if len(kids) != 1:
            return False
        node = kids[0]
    return False


def _spacer(node: PageElement) -> bool:
    """An element with no text and no media: a line break or an empty `<div><br></div>`
    (Blogger's blank line) at an answer's end."""
    return isinstance(node, Tag) and node.name in ("br", "div", "p", "span") \
        and not node.get_text().strip() and node.find(("img", "iframe", "video")) is None


def without_label(nodes: list[PageElement], lettered: bool = False) -> list[PageElement]:
    """An answer without the label element that opens it ("<em>A.</em> <p>Yes …</p>", or
    "<p><span>A</span>Yes …</p>"), or, after a lettered question label (`lettered`), the
    label its text opens with ("<p>Ans: Yes …</p>"); the tree is not changed."""
    nodes = unwrap(nodes)
    first = next((n for n in nodes if isinstance(n, Tag) or str(n).strip()), None)
    if first is None:
        return nodes
    rest = nodes
    if label_element(first, answer=True):
        rest = nodes[index_of(nodes, first) + 1:]
    elif isinstance(first, Tag) and first.name == "p":
        kids = list(first.children)
        inner = next(meaningful(first), None)
        if inner is not None and label_element(inner, answer=True):
            rest = [*kids[index_of(kids, inner) + 1:], *nodes[index_of(nodes, first) + 1:]]
        elif lettered:
            rest = [*unlabelled(first), *nodes[index_of(nodes, first) + 1:]]
    elif lettered:
        rest = [*unlabelled(first), *nodes[index_of(nodes, first) + 1:]]
    # An answer that is only the word ("A", "Yes") is the answer, not a label.
    return rest if any(isinstance(n, Tag) or str(n).strip() for n in rest) else nodes


def unwrap(nodes: list[PageElement]) -> list[PageElement]:
    """An answer that is one wrapper `<div>` (`div.answer`, an inner container) is its
    content; jump links to anchors on the page and blank lines at its end are left out."""
    while True:
        meaningful = [n for n in nodes if isinstance(n, Tag) or str(n).strip()]
        while meaningful and len(meaningful) > 1 and (jump_only(meaningful[-1])
                                                       or _spacer(meaningful[-1])):
            meaningful.pop()
            nodes = nodes[: index_of(nodes, meaningful[-1]) + 1]
        if len(meaningful) != 1 or not isinstance(meaningful[0], Tag):
            return nodes
        if meaningful[0].name != "div":
            return nodes
        nodes = list(meaningful[0].children)


def sign_off(block: Tag) -> bool:
    """A letter's closing: two lines split by a `<br>`, a valediction of one to four words
    ending in a comma, then a name ("Sleep well,<br>Bree", "Warmly,<br>Dr. Ana Ruiz"): a
    newsletter ends there, and so does the answer before it."""
    lines: list[str] = [""]
    for child in block.children:
        if isinstance(child, Tag) and child.name == "br":
            lines.append("")
        else:
            lines[-1] += child.get_text(" ") if isinstance(child, Tag) else str(child)
    if len(lines) != 2:
        return False
    closing, name = lines[0].split(), lines[1].split()
    return 0 < len(closing) <= 4 and closing[-1].endswith(",") and 0 < len(name) <= 3 \
        and all(w[:1].isupper() for w in name)


def closing(block: Tag, after: Sized, text: str) -> bool:
    """A block that ends an FAQ: a furniture element alone (`furniture_only`), a letter's
    sign-off (`sign_off`), or, `after` its items, the page's dated meta line, opening
    with an update, publication, review or next-review word of any language with a date
    in its first words ("Updated: February 2, 2026", "Stand: 01/2026 · Nächste
    Überprüfung: 11/2027", "Last modified January 15, 2026: …"). `text`: the block's
    text, spaces collapsed (the caller has it)."""
    if furniture_only(block) or sign_off(block):
        return True
    if not after:
        return False
    m = _meta_word().match(text)
    return m is not None and find_date(text[m.end():m.end() + _META_DATE]) is not None


_META_DATE = 40  # characters after a meta line's word where its date stands


@cache
def _meta_word() -> re.Pattern[str]:
    words = wording()
    ends = (*words.segment_ends, *words.published_labels, *words.date_labels)
    return re.compile(rf"(?:{phrase_pattern(tuple(w for w in ends if w != 'by'))})(?!\w)",
                      re.I)


def _bold_label(node: PageElement | None) -> bool:
    """A bold element that is wholly an answer's label ("<strong>A:</strong>")."""
    return isinstance(node, Tag) and node.name in BOLD and vocabulary().label_end(
        node.get_text() + " ", answer=True) >= len(node.get_text().strip())


def unlabelled(node: PageElement) -> list[PageElement]:
    """An answer's first node without an "A:" / "Answer:" label: a text, or a paragraph
    whose text (or bold lead) starts with one, given as its content less the label. The
    tree is not changed: the shortened text is a new string."""
    words = vocabulary()
    if type(node) is NavigableString:
        cut = words.label_end(str(node), answer=True)
        return [NavigableString(str(node)[cut:])] if cut else [node]
    if not isinstance(node, Tag) or node.name not in ("p", "div", "font", "span"):
        return [node]  # Blogger: a div a line; a table layout's "<font><b>A.</b> …</font>"
    children = list(meaningful(node))
    first = children[0] if children else None
    if type(first) is NavigableString and words.label_end(str(first), answer=True):
        return [*unlabelled(first), *children[1:]]
    if _bold_label(first):
        return children[1:]  # "<strong>A:</strong> Yes"
    rest = children[1:]  # Word's "<p class=MsoNormal><span style=…>A: Yes</span></p>",
    for _ in range(_WRAPPERS):  # OpenOffice's "<p><font face=…><font size=2>A: Yes"
        if not (isinstance(first, Tag) and first.name in ("span", "font")):
            break
        inner = list(meaningful(first))
        if inner and type(inner[0]) is NavigableString \
                and words.label_end(str(inner[0]), answer=True):
            return [*unlabelled(inner[0]), *inner[1:], *rest]
        if inner and _bold_label(inner[0]):
            return [*inner[1:], *rest]  # "<p><font><b>Ans:</b> Dengue is …</font></p>"
        first, rest = (inner[0] if inner else None), [*inner[1:], *rest]
    return [node]


_WRAPPERS = 3  # nested styling elements looked through for an answer's label


def note(block: Tag) -> bool:
    """A paragraph (or a line's `<div>`) set wholly in italics ("<p><em>Always read the
    label …</em></p>"): after
    the last answer it is the page's note (a disclaimer), not part of the answer; between
    answers, part of the one before."""
    kids = list(meaningful(block))
    return bool(kids) and block.name in ("p", "div") and all(
        isinstance(k, Tag) and k.name in ("em", "i") for k in kids)


def furniture_only(block: Tag) -> bool:
    """A paragraph that is only a furniture element (`<p><a class="print-link">`)."""
    children = list(meaningful(block))
    return len(children) == 1 and isinstance(children[0], Tag) and marked_furniture(children[0])


def bold_title(block: Tag) -> bool:
    """A paragraph or list item led by a bold section title ("Recipe Notes", "Sources")."""
    first = next(meaningful(block), None)
    return isinstance(first, Tag) and first.name in BOLD \
        and vocabulary().is_title(normalize_space(first.get_text(" ")).rstrip(":"))


_POINTER_LENGTH = 400  # an answer's HTML past this is an answer, whatever it links to
_POINTER_WORDS = 3  # words beside its link: "Read our guide:", "See"


def pointer(answer_html: str) -> bool:
    """An answer that only points to another page: one link away and at most three words
    beside it ("Read our guide: <a href="/fever/0">Is a fever dangerous?</a>", a search
    widget's "People also ask" over links). Read on the short HTML `make_block` gives."""
    if len(answer_html) > _POINTER_LENGTH or answer_html.count("<a ") != 1:
        return False
    start = answer_html.find("<a ")
    close = answer_html.find("</a>", start)
    opened = answer_html.find(">", start)
    if close < 0 or opened < 0 or 'href="#' in answer_html[start:opened] \
            or "href=" not in answer_html[start:opened]:
        return False
    beside = plain(answer_html[:start] + " " + answer_html[close + 4:])
    return len(beside.split()) <= _POINTER_WORDS


_SIGNATURE_WORDS = 5  # "– Bríd, Co. Mayo", "— Worried apo, Marikina", "– name withheld"
_SPACED_DASHES = (" – ", " — ", " - ")


def reader_letter(question: str, answer_html: str) -> bool:
    """A reader's letter and its reply, not an FAQ item: the question signed after a dash
    ("Do I still need contraception? – name withheld"), or the reply opening with the
    signature on its own line ("<p>— Worried apo, Marikina</p><p>Nurse Jocelyn: …")."""
    for dash in _SPACED_DASHES:
        asked, found, signature = question.rpartition(dash)
        if found and asked.rstrip().endswith("?") and "?" not in signature \
                and 0 < len(signature.split()) <= _SIGNATURE_WORDS:
            return True
    if not answer_html.startswith("<p"):
        return False
    first = plain(answer_html.split("</p>", 1)[0]).strip()
    return first[:1] in ("—", "–") and len(first.split()) <= _SIGNATURE_WORDS + 1


def quiz_step(answer_html: str, run: int = 1) -> bool:
    """An item of a quiz or a decision tree, not of an FAQ: its answer behind a toggle that
    says only "Answer" ("<details><summary>Answer</summary>…": an exercise's), or both
    branches of a yes/no step labelled ("Yes: Call 911 … No: Go to question 2."), or, in a
    run of two or more items (`run`), a form's choices ("Yes · No", "Tired · Headache ·
    Confused": an app screen's options; one item's "0 · 0" may be an answer)."""
    words = vocabulary()
    if answer_html.startswith("<details"):
        start = answer_html.find(">", answer_html.find("<summary")) + 1
        toggle = answer_html[start:answer_html.find("</summary>", start)]
    else:  # the toggle's text before the answer it opened ("Answer<p>…", unwrapped)
        toggle = answer_html.split("<", 1)[0] if "<" in answer_html else ""
    if plain(toggle).strip().lower() in words.reveals:
        return True
    shown = plain(answer_html[:_POINTER_LENGTH])
    text = shown.strip().lower()
    return any(text.startswith(f"{yes}:") and f" {no}:" in text for yes, no in words.branches) \
        or (run > 1 and form_choices(shown))


def form_choices(text: str) -> bool:
    """`text` is two or more short options set apart by middle dots or bullets, with no
    sentence among them ("Yes · No")."""
    options = text.replace("\u2022", "\u00b7").split("\u00b7")
    return len(options) > 1 and all(
        0 < len(o.split()) <= _CHOICE_WORDS and not any(c in o for c in ".?!:") for o in options)


_CHOICE_WORDS = 4


def unanswered(item: Tag) -> bool:
    """`item` and the list item after it are each a question and nothing else
    ("<li>Should I go to the ER?</li><li>Can I exercise?</li>": questions to ask, or an
    episode's audience questions, answered nowhere on the page)."""
    nxt = item.find_next_sibling("li")
    return all(i is not None and (q := paragraph_question(i)) is not None and not any(
        isinstance(n, Tag) or str(n).strip() for n in q[2]) for i in (item, nxt))
