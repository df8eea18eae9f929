"""Definition lists: `<dl>` whose `<dt>` is the question and the `<dd>`s after it the
answer. A list under an FAQ heading or marked as an FAQ (its own class or id, or a
container's), at least half of whose terms are phrased as questions, counts, and so does
one anywhere whose two or more terms all end with a question mark and have answers: most
definition lists are glossaries or fact boxes.
"""

from __future__ import annotations

from bs4 import NavigableString, PageElement, Tag

from ...document import Document, is_boilerplate
from ...tagindex import tag_index
from ...text import normalize_space
from .base import FAQBlock, labelled, make_blocks, under_title
from .words import ends_asking, vocabulary


def _terms(dl: Tag) -> list[Tag]:
    """The list's own `<dt>`/`<dd>`: its children, and those of its `<div>` groups (the
    HTML content model); a nested list's terms are its own."""
    terms: list[Tag] = []
    for child in dl.children:
        if isinstance(child, Tag) and child.name == "div":
            terms.extend(c for c in child.children if isinstance(c, Tag) and c.name in ("dt", "dd"))
        elif isinstance(child, Tag) and child.name in ("dt", "dd"):
            terms.append(child)
    return terms


def _pairs(dl: Tag) -> list[tuple[Tag, list[PageElement]]]:
    """(dt, answer nodes) in order; `<div>` groups inside the list are looked into, nested
    lists are left to themselves, several `<dd>`s make one answer."""
    pairs: list[tuple[Tag, list[PageElement]]] = []
    for term in _terms(dl):
        if term.name == "dt":
            pairs.append((term, []))
        elif pairs:
            answer = pairs[-1][1]
            if answer:
                answer.append(NavigableString(" "))
            answer.extend(term.children)
    return pairs


def _term(term: Tag) -> str:
    return normalize_space(term.get_text(" "))


def _asks(pairs: list[tuple[Tag, list[PageElement]]]) -> bool:
    """At least half the terms are phrased as questions: an FAQ, not a list of facts
    ("Content current as of:", "Regulated products") under an FAQ-titled page."""
    words = vocabulary()
    asked = sum(words.is_question(normalize_space(term.get_text(" "))) for term, _ in pairs)
    return asked * 2 >= len(pairs) > 0


class DefinitionListExtractor:
    name = "definition_list"
    priority = 30

    def find(self, doc: Document, base_url: str) -> list[FAQBlock]:
        """One block per FAQ definition list: a labelled one (under an FAQ heading or
        mark) at least half of whose terms ask, or any list of two or more terms that
        all end with a question mark, each with its answer ("Questions" over a Markdown
        definition list), as `looks_like_faq` takes a generic accordion."""
        marked = {id(t) for t in labelled(doc, "dl")}
        runs = []
        for dl in tag_index(doc).get("dl"):
            pairs = _pairs(dl)
            if (id(dl) in marked and _asks(pairs)) or (
                    len(pairs) >= 2 and all(ends_asking(_term(t)) and a for t, a in pairs)
                    and not is_boilerplate(dl) and not under_title(doc, dl)):
                runs.append(pairs)
        return make_blocks(self.name, doc, runs, base_url)


EXTRACTOR = DefinitionListExtractor()
