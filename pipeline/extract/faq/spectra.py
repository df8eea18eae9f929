"""Spectra's (Ultimate Addons for Gutenberg) FAQ block: `div.wp-block-uagb-faq` holding one
`.uagb-faq-item` per question (the child block's outer div, or an inner div in older
versions), with the question in `.uagb-question` (a heading or span, as the author chose,
inside `.uagb-faq-questions-button` beside the icons) and the answer in
`.uagb-faq-content`. An FAQ by construction: no heading or wording is required.
"""

from __future__ import annotations

from .base import SelectorExtractor

EXTRACTOR = SelectorExtractor(
    name="spectra",
    priority=40,
    container=(".wp-block-uagb-faq",),
    item=(".uagb-faq-item",),
    question=(".uagb-question",),
    answer=(".uagb-faq-content",),
)
