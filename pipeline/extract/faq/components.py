"""Web components that draw their question from an attribute: VA.gov's
`<va-accordion-item header="Q?">A</va-accordion-item>`, Shoelace's
`<sl-details summary="Q?">A</sl-details>`, or from a child in a title slot
(`<sgds-accordion-item><div slot="header">Q?</div>…`). The element's tag name says it is a
disclosure item (a word of faq-vocabulary.json `component_words`: "accordion",
"details" ...), the attribute (`visibility.COMPONENT_TITLE_ATTRS`) is the question, and
the element's content the answer. A browser running the page's scripts shows the
attribute as the item's title, as Google's renderer does, and the page's visible text
counts it (`Document.visible_text`). Items side by side are one run, an FAQ when it
`looks_like_faq` (under an FAQ heading, in an FAQ-marked container, or two or more
items all asking), up to a section title ("References").
"""

from __future__ import annotations

from bs4 import PageElement, Tag

from ...document import Document, is_boilerplate
from ...visibility import component_titles
from .base import FAQBlock, looks_like_faq, make_block, tag_index, until_title
from .items import runs
from .names import visible_name
from .words import vocabulary


class ComponentsExtractor:
    name = "components"
    priority = 20

    def find(self, doc: Document, base_url: str) -> list[FAQBlock]:
        """One block per run of titled disclosure components that looks like an FAQ."""
        titles = dict(component_titles(doc))
        index = tag_index(doc)
        words = vocabulary().component_words
        slotted: dict[int, Tag] = {}  # a component's title drawn from a named slot
        for name, tags in index.custom_elements():
            if words & set(name.split("-")):
                for tag in tags:
                    title = _slot_title(tag) if id(tag) not in titles else None
                    if title is not None:
                        slotted[id(tag)] = title
                        titles[id(tag)] = visible_name(title)
        if not titles:
            return []
        items = sorted((tag for name, tags in index.custom_elements()
                        if words & set(name.split("-")) for tag in tags if id(tag) in titles),
                       key=lambda tag: index.order[id(tag)])
        blocks = []
        for run in runs(items):
            names = [titles[id(tag)] for tag in run]
            pairs: list[tuple[Tag, list[PageElement]]] = until_title(
                [(slotted.get(id(tag), tag),
                  [c for c in tag.contents if c is not slotted.get(id(tag))]) for tag in run],
                names)
            names = names[: len(pairs)]
            if pairs and not is_boilerplate(run[0]) and looks_like_faq(doc, run[0], names):
                block = make_block(self.name, doc, pairs, base_url, names=names)
                if block:
                    blocks.append(block)
        return blocks


# Named slots a component draws its title from (`<div slot="header">Q?</div>`: the Singapore
# Government Design System's sgds-accordion-item, Ionic's ion-accordion).
_TITLE_SLOTS = frozenset({"header", "heading", "summary", "title", "label", "trigger",
                          "question"})


def _slot_title(tag: Tag) -> Tag | None:
    """The child of `tag` in a title slot, or None."""
    return next((c for c in tag.children if isinstance(c, Tag)
                 and str(c.get("slot") or "").lower() in _TITLE_SLOTS), None)


EXTRACTOR = ComponentsExtractor()
