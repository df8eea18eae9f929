"""Plain-text helpers that need no page parser (config and batch code use them too)."""

from __future__ import annotations

import re

# Where a camelCase name starts a word ("accordionHeader", "fsElementHeader"): class names
# are split there (document.py's component parts, faq/words.py's class words).
CAMEL_HUMP = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def normalize_space(text: str) -> str:
    """Collapse every run of whitespace (including NBSP) to one space and trim."""
    return " ".join(text.split())


# Characters that draw nothing and only keep an editor's spacer element from being empty
# (Wix writes `<p><span>&#8203;</span></p>`): zero-width space, word joiner, BOM. Not the
# joiners U+200C/U+200D, which change how letters and emoji join.
ZERO_WIDTH = "\u200b\u2060\ufeff"


# Scripts read by their ranges (regex character-class bodies): kana and CJK ideographs,
# written without spaces between words; Hangul syllables, whose names are one word.
KANA_CJK = "\u3040-\u30ff\u3400-\u9fff"
HANGUL = "\uac00-\ud7a3"
THAI = "\u0e00-\u0e7f"  # written without spaces between words, years in the Buddhist era
HANGUL_LETTER = re.compile(f"[{HANGUL}]")  # a Korean name is one word
ONE_WORD_NAMES = re.compile(f"[{KANA_CJK}{HANGUL}]")  # scripts whose names may be one word
THAI_LETTER = re.compile(f"[{THAI}]")

DOUBLE_QUOTES = "\"“„«"  # marks that open reported speech (a testimonial, a letter)


def is_blank(text: str) -> bool:
    """True when `text` shows nothing: spaces, tabs, line breaks, NBSP and zero-width
    spaces only."""
    return not text.strip(ZERO_WIDTH + " \t\n\r\xa0")
