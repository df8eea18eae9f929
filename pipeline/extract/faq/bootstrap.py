"""Bootstrap 5 accordions: `div.accordion` holding `.accordion-item`s, each an
`.accordion-header` (an h2-h6 wrapping `button.accordion-button`) and an
`.accordion-collapse` whose `.accordion-body` is the answer.

Accordions also hold content that is not an FAQ, so one counts only where it
`looks_like_faq`. Items of an accordion nested in an answer stay with their own
accordion.
"""

from __future__ import annotations

from .base import SelectorExtractor

EXTRACTOR = SelectorExtractor(
    name="bootstrap",
    priority=35,
    container=(".accordion",),
    item=(".accordion-item",),
    question=(".accordion-header",),
    answer=(".accordion-body",),
    gated=True,
)
