"""Kadence Blocks' Accordion. Saved as `div.wp-block-kadence-accordion` around
`.kt-accordion-inner-wrap`, one `div.wp-block-kadence-pane.kt-accordion-pane` per item: a
`.kt-accordion-header-wrap` (a div or heading, as the author chose) holding
`button.kt-blocks-accordion-header` > `.kt-blocks-accordion-title-wrap` >
`span.kt-blocks-accordion-title` (the question), and `div.kt-accordion-panel` >
`div.kt-accordion-panel-inner` (the answer). The saved markup has no `aria-expanded`: the
script adds it, so the classes are what a reader of the HTML has.

An accordion is a generic widget, so one counts only where it `looks_like_faq`.
"""

from __future__ import annotations

from .base import SelectorExtractor

EXTRACTOR = SelectorExtractor(
    name="kadence",
    priority=35,
    container=(".kt-accordion-inner-wrap",),
    item=(".kt-accordion-pane",),
    question=(".kt-blocks-accordion-title",),
    answer=(".kt-accordion-panel-inner",),
    gated=True,
)
