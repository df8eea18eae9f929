"""Plain-text helpers that need no page parser (config and batch code use them too)."""

from __future__ import annotations


def normalize_space(text: str) -> str:
    """Collapse every run of whitespace (including NBSP) to one space and trim."""
    return " ".join(text.split())
