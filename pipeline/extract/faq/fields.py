"""Record fields: a knowledge base's question record printed as labelled fields, one
field labelled "Question" and the next "Answer" (Salesforce Experience Cloud's
`div.slds-form-element > span.slds-form-element__label` beside the field's value).
A label is an element whose class names a label (`toggles`' class words: its last word
"label") and whose whole text is a question or answer label word of the vocabulary
(faq-vocabulary.json `question_labels`, `answer_labels`, the words of five letters or
more: "Question", "Pregunta", not "Q"); the value is the element after it. Each pair is
a one-question FAQ: a record states it is one, whatever a heading says."""

from __future__ import annotations

from bs4 import PageElement, Tag

from ...document import Document, is_boilerplate
from ...tagindex import tag_index
from .base import FAQBlock, make_blocks
from .items import element_children, item_unit, next_part
from .shapes import start_text
from .words import class_part, vocabulary


def _label_word(tag: Tag) -> str:
    """A label's words, read at a bounded cost (a page may nest thousands of them)."""
    return start_text(tag).rstrip(" :").lower()


_DEPTH = 3  # wrappers a field's label may stand in (`records-record-layout-item > div`)


def _field_label(field: Tag) -> Tag | None:
    """The label that starts `field`: its first part, or the first part of the first part
    (at most _DEPTH levels down), whose class names a label."""
    node = field
    for _ in range(_DEPTH):
        parts = element_children(node, 1)
        if not parts:
            return None
        node = parts[0]
        if any(class_part(c) == "label" for c in node.get_attribute_list("class") if c):
            return node
    return None


def _pairs(doc: Document) -> list[list[tuple[Tag, list[PageElement]]]]:
    words = vocabulary()
    index = tag_index(doc)
    keys = [k for k in index.tags if k.startswith(".") and class_part(k[1:]) == "label"]
    found = []
    for label in index.get(*keys) if keys else []:
        if _label_word(label) not in words.question_fields or is_boilerplate(label):
            continue
        question = next_part(label)
        field = item_unit(label.parent) if isinstance(label.parent, Tag) else None
        after = next_part(field) if field is not None else None
        answer_label = _field_label(after) if after is not None else None
        if question is None or answer_label is None \
                or _label_word(answer_label) not in words.answer_fields:
            continue
        answer = next_part(answer_label)
        if answer is not None:
            found.append([(question, list(answer.children))])
    return found


class FieldsExtractor:
    name = "fields"
    priority = 14

    def find(self, doc: Document, base_url: str) -> list[FAQBlock]:
        """One block per question field followed by an answer field."""
        return make_blocks(self.name, doc, _pairs(doc), base_url)


EXTRACTOR = FieldsExtractor()
