"""WPBakery's (Visual Composer) Accordion and Tour: `div.vc_tta-panels` holding
`div.vc_tta-panel` items (carrying the item's id), each a `.vc_tta-panel-heading` >
`h4.vc_tta-panel-title` > `a[data-vc-accordion]` > `span.vc_tta-title-text` (the question)
and a `div.vc_tta-panel-body` (the answer, usually `.wpb_text_column` > `.wpb_wrapper`).

Accordions also hold content that is not an FAQ, so one counts only where it
`looks_like_faq`.
"""

from __future__ import annotations

from .base import SelectorExtractor

EXTRACTOR = SelectorExtractor(
    name="wpbakery",
    priority=35,
    container=(".vc_tta-panels",),
    item=(".vc_tta-panel",),
    question=(".vc_tta-title-text",),
    answer=(".vc_tta-panel-body",),
    gated=True,
)
