"""Divi's Accordion and Toggle modules: `div.et_pb_accordion` (or, for toggles, the
`div.et_pb_column` they stand in) holding `div.et_pb_toggle` items, each an
`h5.et_pb_toggle_title` (the heading level is the author's choice) and a
`div.et_pb_toggle_content`.

Accordions also hold content that is not an FAQ, so one counts only where it
`looks_like_faq`.
"""

from __future__ import annotations

from .base import SelectorExtractor

EXTRACTOR = SelectorExtractor(
    name="divi",
    priority=35,
    container=(".et_pb_accordion", ".et_pb_column"),
    item=(".et_pb_toggle",),
    question=(".et_pb_toggle_title",),
    answer=(".et_pb_toggle_content",),
    gated=True,
)
