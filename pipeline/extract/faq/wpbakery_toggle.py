"""WPBakery's (Visual Composer) older Toggle element: each `div.vc_toggle` stands on its own
in a column, a `div.vc_toggle_title` (holding the question, often in an `<h4>`, and an
`i.vc_toggle_icon`) followed by a `div.vc_toggle_content` (the answer). There is no
container: the toggles that share a parent element are one run.

Toggles also hold content that is not an FAQ, so a run counts only where it
`looks_like_faq`.
"""

from __future__ import annotations

from .base import SelectorExtractor

EXTRACTOR = SelectorExtractor(
    name="wpbakery",
    priority=35,
    container=(),
    item=(".vc_toggle",),
    question=(".vc_toggle_title",),
    answer=(".vc_toggle_content",),
    gated=True,
)
