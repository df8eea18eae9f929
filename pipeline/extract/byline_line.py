"""The page's byline line and its classes: containers whose "By NAME" line is the
author's byline (`BYLINE_CLASS`), and a byline line with no "By" right after the page's
title (`credited_line`)."""

from __future__ import annotations

import re
from itertools import islice

from bs4 import Tag

from ..document import Document
from ..records import Person
from ..tagindex import tag_index
from ..text import normalize_space
from .people import read_person
from .statement_labels import statement_label

# Containers whose "By NAME" line is the author's byline.
BYLINE_CLASS = re.compile(
    r"byline|author|attribution|contributor|(?:entry|post|article)-(?:meta|info)", re.I)

BYLINE_PARTS = re.compile(r"\s[·|—–•]\s")  # a byline line's parts
_AFTER_TITLE = 12  # elements after the page's title looked at for its byline line


def credited_line(doc: Document) -> Person | None:
    """A byline line with no "By" right after the page's title: its element's class marks
    a byline ("<p class="post-meta">NAME, MISCP · Chartered Physiotherapist · 3 August
    2026</p>", "<div class="post-meta"><span>NAME, PT, DPT, SCS</span>…"), and its first
    part is a person with a listed credential (not a forum handle's "HQ"), no review
    label in it."""
    h1s = tag_index(doc).get("h1")
    for node in islice(h1s[0].next_elements, _AFTER_TITLE) if h1s else ():
        if isinstance(node, Tag) and BYLINE_CLASS.search(
                " ".join(node.get_attribute_list("class"))):
            first = BYLINE_PARTS.split(normalize_space(node.get_text(" ")), 1)[0]
            reading = read_person(first)
            return reading.person if reading.listed and not statement_label().search(first) \
                else None
    return None
