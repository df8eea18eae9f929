"""Yoast SEO's FAQ block. Its saved markup is a `div.schema-faq` holding one
`div.schema-faq-section` per question (the section carries the question's id), with the
question in `strong.schema-faq-question` and the answer in `p.schema-faq-answer`.
An FAQ by construction: no heading or wording is required.
"""

from __future__ import annotations

from .base import SelectorExtractor

EXTRACTOR = SelectorExtractor(
    name="yoast",
    priority=40,
    container=(".schema-faq",),
    item=(".schema-faq-section",),
    question=(".schema-faq-question",),
    answer=(".schema-faq-answer",),
)
