"""Elementor's Accordion and Toggle widgets. `div.elementor-accordion` (or
`div.elementor-toggle`) holds `.elementor-accordion-item`s (`.elementor-toggle-item`s),
each a `.elementor-tab-title` (a div or heading, as the author chose, wrapping an icon
span and the title link) and a `div.elementor-tab-content`.

Accordions also hold content that is not an FAQ, so a widget counts only where it
`looks_like_faq`. Elementor's newer nested accordion renders `<details>`; details.py
reads it.
"""

from __future__ import annotations

from .base import SelectorExtractor

EXTRACTOR = SelectorExtractor(
    name="elementor",
    priority=35,
    container=(".elementor-accordion", ".elementor-toggle"),
    item=(".elementor-accordion-item", ".elementor-toggle-item"),
    question=(".elementor-tab-title",),
    answer=(".elementor-tab-content",),
    gated=True,
)
