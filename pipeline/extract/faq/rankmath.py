"""Rank Math's FAQ block. Rendered as `div#rank-math-faq.rank-math-block` around a
`.rank-math-list` (a div, ol or ul) of `.rank-math-list-item`s (div or li, carrying the
question's id); the question is `.rank-math-question` (an h2-h6, p or div, as the author
chose) and the answer `div.rank-math-answer`, which may start with an image. Several
blocks on one page all use the id `rank-math-faq`; each is read.
"""

from __future__ import annotations

from .base import SelectorExtractor

EXTRACTOR = SelectorExtractor(
    name="rankmath",
    priority=40,
    container=("#rank-math-faq",),
    item=(".rank-math-list-item",),
    question=(".rank-math-question",),
    answer=(".rank-math-answer",),
)
