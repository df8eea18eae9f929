"""FAQs already marked up in the page's HTML as microdata (`itemscope itemtype=".../Question"`,
`itemprop="name"`, `itemprop="acceptedAnswer"` → `itemprop="text"`) or RDFa
(`typeof="Question"`, `property="name"`, `property="acceptedAnswer"` → `property="text"`),
read from the page's one tree.

Each Question's name element is the question and its answer's text element the answer;
a property belongs to the nearest typed element around it, so an Answer's properties are
never read as the Question's. Questions under one parent item (the FAQPage) form a block.
"""

from __future__ import annotations

import re
from collections import defaultdict

from bs4 import PageElement, Tag

from ...document import Document, is_boilerplate
from .base import FAQBlock, make_blocks, tag_index

# (attribute naming an item's type, attribute naming a property): microdata, then RDFa.
_SYNTAXES = (("itemtype", "itemprop"), ("typeof", "property"))
_LAST_SEGMENT = re.compile(r"[^/#:]+$")


def _names(value: object) -> set[str]:
    """The local names in a type or property attribute: "https://schema.org/Question" and
    "schema:Question" both give "Question"."""
    values = value if isinstance(value, list) else str(value).split()
    return {m.group(0) for v in values if (m := _LAST_SEGMENT.search(str(v).rstrip("/")))}


def _owner(tag: Tag, type_attr: str) -> Tag | None:
    """The nearest typed element around `tag` (not `tag` itself)."""
    return tag.find_parent(attrs={type_attr: True})


def _prop(item: Tag, name: str, syntax: tuple[str, str]) -> Tag | None:
    """The first element under `item` giving `item` the property `name`."""
    type_attr, prop_attr = syntax
    for el in item.find_all(attrs={prop_attr: True}):  # type: ignore[call-overload]
        if name in _names(el[prop_attr]) and _owner(el, type_attr) is item:
            return el
    return None


def _pair(question: Tag, syntax: tuple[str, str]) -> tuple[Tag, list[PageElement]] | None:
    name = _prop(question, "name", syntax)
    answer = _prop(question, "acceptedAnswer", syntax)
    if name is None or answer is None:
        return None
    text = _prop(answer, "text", syntax) if answer.get(syntax[0]) else answer
    return (name, list(text.children)) if text is not None else None


class MicrodataExtractor:
    name = "microdata"
    priority = 50

    def find(self, doc: Document, base_url: str) -> list[FAQBlock]:
        """One block per parent item (or per page) holding marked-up Questions."""
        groups: dict[int, list[tuple[Tag, list[PageElement]]]] = defaultdict(list)
        for syntax in _SYNTAXES:
            type_attr = syntax[0]
            for question in tag_index(doc).get(f"[{type_attr}]"):
                if "Question" not in _names(question[type_attr]) or is_boilerplate(question):
                    continue
                pair = _pair(question, syntax)
                if pair:
                    groups[id(_owner(question, type_attr))].append(pair)
        return make_blocks(self.name, doc, groups.values(), base_url)


EXTRACTOR = MicrodataExtractor()
