"""A writer's credit worded as a review: a bare "Reviewed by NAME" that is the page's
byline (a critic's credit over a book review, a recipe tester's), which the extraction
makes the author rather than a medical review."""

from __future__ import annotations

from dataclasses import replace

from bs4 import Tag

from ..document import Document
from ..records import Person
from ..tagindex import tag_index
from ..text import ONE_WORD_NAMES, normalize_space
from ..wording import wording
from .byline_line import BYLINE_CLASS
from .review import read_review
from .statement_labels import opens_statement, statement_label
from .urls import link_for


def byline_credit(doc: Document, base_url: str) -> Person | None:
    """The person of a bare "Reviewed by NAME" that is the page's only byline: no medical
    label or qualifier, no credentials nor an honorific with a clinical role ("Relu par le
    Dr NAME, hématologue": a doctor's review; a CJK name, which takes no honorific, with
    a title: "審核者 骨科部 主治醫師 NAME") unless the page is itself a review
    (`review_title`),
    opening a byline-classed block (or a byline-classed parent up to two levels); the caller
    takes it on a page that names no author or names this person. A critic's credit
    ("Reviewed by Dr Aled Pryce" over a book review), not a medical review: the caller
    makes it the author and claims no review, since a false medical-review claim is worse
    than a missed one."""
    reading = doc.memo(read_review)
    person = reading.review.reviewer if reading.review else None
    if person is None or reading.medical or reading.block is None \
            or ((person.credentials or ((person.prefix or ONE_WORD_NAMES.match(person.name))
                                        and _clinical_role(reading.block.get_text(" "))))
                and not review_title(doc)) \
            or not _credits(normalize_space(reading.block.get_text(" "))):
        return None  # the byline credits someone before it ("Recipe by NAME | Reviewed by")
    node: Tag | None = reading.block
    for _ in range(3):
        if node is None:
            return None
        if BYLINE_CLASS.search(" ".join(node.get_attribute_list("class"))):
            return replace(person, url=link_for(reading.block, person.name, base_url))
        node = node.parent if isinstance(node.parent, Tag) else None
    return None


def _clinical_role(text: str) -> bool:
    """`text` names a clinical role (`roles`: "hématologue", "gastroenterologista")."""
    roles = wording().roles
    return any(w.strip(".,;:()—–-").lower() in roles for w in text.split())


def _credits(text: str) -> bool:
    """`text` opens with a review statement, or with an author label before it ("Post
    author Reviewed by NAME": a theme's screen-reader label over its byline)."""
    m = statement_label().search(text)
    if m is None or not opens_statement(text[m.start():]):
        return False
    lead = text[:m.start()].strip(" :").lower()
    return not lead or any(lead == label or lead.endswith(" " + label)
                           for label in wording().author_labels)


def review_title(doc: Document) -> bool:
    """The page is itself a review of a book or product: its title (first `<h1>`) has a
    review word (`review_titles`: "Book Review: 'The Tired Gut'", "Knee brace review") as
    the last word of its head before a colon, or as its last word."""
    h1s = tag_index(doc).get("h1")
    title = normalize_space(h1s[0].get_text(" ")) if h1s else ""
    head = title.partition(":")[0]
    words = [w.strip("'\"‘’“”()[]").lower() for w in head.split()]
    return bool(words) and words[-1] in wording().review_titles
