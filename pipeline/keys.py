"""When two question texts are the same question: the one definition every stage uses.

A question is compared as a reader sees it: Unicode compatibility forms folded
(NFKC), typographic quotes, apostrophes and dashes folded to their ASCII forms (a
plugin's name may say `'` and `-` where the page prints `’` and `–`), case folded,
whitespace collapsed, and trailing punctuation set aside ("Is it safe?" and "Is it
safe" are one question). Names another tool wrote into its markup go through
`plain` first (HTML entities decoded, tags removed: a plugin's JSON-LD may carry
`&lt;strong&gt;` in a name); text read from the page's tree is already plain, and a
literal "<A>" in it is text.
"""

from __future__ import annotations

import re
import unicodedata
from html import unescape

# A tag (after entities are decoded): `<` a letter or `/`, up to the next `>`.
# The tags of HTML's text-level and block elements a question name may carry, written or
# escaped (`&lt;strong&gt;`): only these are markup to a reader. "5<x and y>3" is text.
_TAG = re.compile(
    r"</?(?:a|abbr|b|bdi|bdo|big|blockquote|br|cite|code|dd|del|dfn|div|dl|dt|em|font|h[1-6]"
    r"|i|ins|kbd|li|mark|ol|p|q|s|samp|small|span|strong|sub|sup|time|u|ul|var|wbr)"
    r"(?=[\s/>])[^<>]*+>",
    re.IGNORECASE,
)
_FOLD = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'",
    "`": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"', "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-",
    "\u2014": "-", "\u2015": "-", "\u2212": "-", "\u00ad": None, "\u200b": None,
})
_END = " ?.!:;\u061f\uff1f"  # also the Arabic and full-width question marks


def fold(text: str) -> str:
    """Text as a reader compares it: NFKC, quotes and dashes folded to ASCII, case folded,
    whitespace collapsed. For text already read from a page's tree (no markup in it)."""
    if text.isascii():  # nothing to normalise or fold but case
        return " ".join(text.lower().split())
    text = unicodedata.normalize("NFKC", text).translate(_FOLD)
    return " ".join(text.casefold().split())


def plain(text: str) -> str:
    """A name as another tool wrote it, as readers see it: entities decoded, tags removed."""
    return _TAG.sub(" ", unescape(text)) if "<" in text or "&" in text else text


def question_key(text: str) -> str:
    """The key under which two question texts are the same question (see the module
    docstring): `fold`, then trailing punctuation and spaces set aside."""
    return fold(text).rstrip(_END)
