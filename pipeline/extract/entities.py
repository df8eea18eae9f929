"""Medical entities: which conditions, drugs, procedures and therapies the article names.

Only the visible text of the article region is read: the `<article>` (else `<main>`,
else the body), without site furniture (document.is_furniture), hidden elements
(visibility.py), scripts, forms, the sources section (citations.py), and promotional
or disclaimer blocks, found by class (`cta`, `call-to-action`, `promo`, `disclaimer`,
...) or by wording ("This article is for general education", "not medical advice",
"book a consult", ...). Attribute values are never read; URLs written in the text are
blanked before matching.

`about` is what the headline names (the article's h1, else og:title, else `<title>`:
the page's `name`), in its order; the rest of a `<title>` is not read, because a site
name there ("... | Migraine Center") would make every page about it. A page whose
headline names no term is about its most frequent terms (named at least twice and at
least half as often as the most frequent, three at most). Every other term found is a
mention, in order of first appearance.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from typing import Any

from bs4 import CData, NavigableString, Tag

from ..document import Document, is_boilerplate, is_furniture, page_form
from ..records import MedicalTerm
from ..tagindex import TagIndex, tag_index
from ..terms import Dictionary, word_start_matches
from ..visibility import hidden_ids
from .citations import sources_sections

_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "form", "button", "select",
                        "textarea", "svg", "iframe", "nav", "aside"})
_BLOCKS = frozenset({"p", "div", "section", "article", "main", "header", "footer", "li", "ul",
                     "ol", "dl", "dt", "dd", "table", "tr", "td", "th", "blockquote", "figure",
                     "figcaption", "details", "summary", "pre", "address", "h1", "h2", "h3",
                     "h4", "h5", "h6", "br", "hr"})
_PROMO_CLASS = re.compile(r"(?:^|[-_])(?:cta|call-to-action|promo|promotion|advert|ad|ads|"
                          r"sponsor|sponsored|disclaimer|consult-box|booking|signup)(?:$|[-_])",
                          re.I)
# Promotional or disclaimer wording, in lower-cased text, as read with every run of
# whitespace as one space: a space in a pattern is `\s+` and the `{0,40}` window counts
# a whitespace run as one character, so the text is searched as it is, without
# rebuilding it (" ".join(text.split()) was 3% of a page). Each pattern starts with a
# literal, so `re` scans for it quickly (one caseless alternation of them all was 8x
# slower on an article); the word boundary before it is checked by word_start_matches.
# Up to 40 characters but . ! ?, a space run being one. The run is taken possessively
# (`\s++`): with `\s+` a failed search tried every way of splitting a run into pieces,
# exponential in its length (a "Book a" button in indented markup hung a page).
_WINDOW = r"(?:\s++|[^.!?\s]){0,40}?"
_PROMO_PATTERNS = tuple(re.compile(p.replace(" ", r"\s+").replace("WINDOW", _WINDOW)) for p in (
    r"this (?:article|page|post|content) is (?:for general (?:education|information)"
    r"|educational|for informational purposes)",
    r"not (?:a substitute for |intended as |to be taken as )?(?:individual |professional )?"
    r"medical advice",
    *(rf"{verb} (?:a|an|your)\bWINDOW\b(?:consult|consultation|appointment|visit)\b"
      for verb in ("book", "schedule", "request")),
    r"call (?:us|our (?:office|clinic))\b",
))


def _promotional_wording(text: str) -> bool:
    """True when lower-cased `text` has promotional or disclaimer wording at a word start."""
    return any(next(word_start_matches(p, text), None) for p in _PROMO_PATTERNS)


_HEADER_FOOTER = frozenset({"header", "footer"})
_LEAF_BLOCKS = frozenset({"p", "li", "blockquote", "dd", "figcaption", "small"})
# URLs, e-mail addresses and bare domains: `_url_pattern(True, True, True)`. A text is
# matched without the branches whose literal ("://", "www.", "@") it lacks: the same
# matches (a branch that cannot match anywhere never wins), in a quarter of the time on
# an article, where the e-mail branch alone tried `\S+@` at every position.
# The bare-domain branch likewise only when a known top-level domain follows a dot.
_TLDS = "com|org|net|gov|edu|io|co|uk|example"
_URL_DOMAIN = rf"\b(?<![\w.-])(?:[\w-]++\.)+(?:{_TLDS})(?:/\S*+)?"
_TLD_HINT = re.compile(rf"\.(?:{_TLDS})\b")  # run on lower-cased text


# Each branch starts only where its run starts (the lookbehinds), and takes its runs
# possessively: a search that fails over a long run (of `@`, of dotted words) tries each run
# once instead of once per character of it (`\S+@\S+\.\w+` was cubic on a run of `@`).
# An e-mail address is a run without spaces or `@`, an `@`, and a host with a dot.
_EMAIL = r"(?<![^\s@])[^\s@]++@[^\s@]+\.\w+"


@cache
def _url_pattern(scheme: bool, www: bool, at: bool, domain: bool) -> re.Pattern[str] | None:
    starts = [p for p, keep in ((r"\b(?<![a-z0-9+.-])[a-z][a-z0-9+.-]*+://", scheme),
                                (r"\bwww\.", www)) if keep]
    branches = [f"(?:{'|'.join(starts)})\\S+"] if starts else []
    if at:
        branches.append(_EMAIL)
    if domain:
        branches.append(_URL_DOMAIN)
    return re.compile("|".join(branches), re.I) if branches else None


def blank_urls(text: str) -> str:
    """`text` with every URL, e-mail address and bare domain replaced by as many spaces."""
    low = text.lower()
    pattern = _url_pattern("://" in text, "www." in low, "@" in text,
                           _TLD_HINT.search(low) is not None)
    return pattern.sub(lambda m: " " * len(m.group(0)), text) if pattern else text
_MAX_ABOUT = 3


def article_root(doc: Document) -> Tag:
    """The element holding the article: the first `<article>` that is not furniture,
    else `<main>`, else the body."""
    for name in ("article", "main"):
        for tag in tag_index(doc).get(name):
            if not is_boilerplate(tag):
                return tag
    return doc.soup.body or doc.soup


def _promotional_class(tag: Tag, index: TagIndex) -> bool:
    """A call-to-action, promotional or disclaimer block by its class or id, unless it holds
    an h1 or h2: then it is a part of the article whose class happens to say "promo", such
    as a post tagged `tag-promo`."""
    if "class" not in tag.attrs and not tag.get("id"):
        return False  # nothing to say "promo": most elements with attributes
    names = [*tag.get_attribute_list("class"), str(tag.get("id") or "")]
    if not any(name and _PROMO_CLASS.search(name) for name in names):
        return False
    return index.first_within(tag, "h1", "h2") is None


def article_text(doc: Document) -> str:
    """The readable text of the article region, one line per block, URLs blanked."""
    root = article_root(doc)
    skipped = set(hidden_ids(doc))
    for section in sources_sections(doc):
        skipped.update(id(t) for t in (section.heading, *section.blocks))
    parts: list[str] = []
    candidates: list[tuple[int, int]] = []
    _walk(root, skipped, parts, candidates, tag_index(doc))
    text = "".join(_without_promotional_wording(parts, candidates)).replace("\u2019", "'")
    return blank_urls(text)


def _words(parts: list[str]) -> str:
    return "".join(parts).lower()


def _without_promotional_wording(parts: list[str], candidates: list[tuple[int, int]]
                                 ) -> list[str]:
    """`parts` less the outermost candidate blocks whose wording is promotional.

    Promotional wording is rare: the whole text is searched once, and blocks one by one
    only when it matches somewhere."""
    if not _promotional_wording(_words(parts)):
        return parts
    kept: list[str] = []
    pos = 0
    for start, end in sorted(candidates, key=lambda span: (span[0], -span[1])):
        if start >= pos and _promotional_wording(_words(parts[start:end])):
            kept += parts[pos:start]
            pos = end
    return kept + parts[pos:]


_SPACING = re.compile(r"[\t\n\x0b\x0c\r\x1c-\x1f]|  ")  # what str.split() splits ASCII at


def _space(text: str) -> str:
    """Runs of whitespace as one space, an edge space kept (as `re.sub(r"\\s+", " ")`)."""
    if text.isascii() and not _SPACING.search(text):
        return text  # most texts: nothing to collapse (isascii is a flag, not a scan)
    if not text or text.isspace():
        return " " if text else ""
    inner = " ".join(text.split())
    return (" " if text[0].isspace() else "") + inner + (" " if text[-1].isspace() else "")


def _walk(root: Tag, skipped: set[int], parts: list[str],
          candidates: list[tuple[int, int]], index: TagIndex) -> None:
    """Append the readable text under `root` to `parts`.

    A promotional block is left out by its class (`_promotional_class`) here, or, for a
    paragraph-like block or a block with no blocks inside (a candidate, recorded as its
    span of `parts`), by its wording afterwards (`_without_promotional_wording`).
    A loop with its own stack, not a recursion: a page may nest thousands deep."""
    # Per open element: its children, the next one's index, its name when it is a block
    # (None for an inline element or the root), where its text starts, whether a block
    # was met inside it.
    stack: list[list[Any]] = [[root.contents, 0, None, 0, False]]
    while stack:
        frame = stack[-1]
        contents = frame[0]
        if frame[1] == len(contents):
            stack.pop()
            name, saw_block = frame[2], frame[4]
            if name is not None:
                parts.append("\n")
                if name in _LEAF_BLOCKS or not saw_block:
                    candidates.append((frame[3], len(parts)))
            if stack:
                stack[-1][4] |= saw_block or name is not None
            continue
        child = contents[frame[1]]
        frame[1] += 1
        if isinstance(child, Tag):
            name = child.name
            if (name in _SKIP_TAGS and not page_form(child)) or id(child) in skipped:
                continue
            # An element without attributes is furniture only as a page-level header or
            # footer, and never promotional by class: most of an article's elements.
            if (((child.attrs or name in _HEADER_FOOTER) and is_furniture(child))
                    or (child.attrs and _promotional_class(child, index))):
                continue
            if name not in _BLOCKS:
                stack.append([child.contents, 0, None, 0, False])
                continue
            start = len(parts)
            parts.append("\n")
            stack.append([child.contents, 0, name, start, False])
        elif type(child) in (NavigableString, CData):
            parts.append(_space(child))  # a str: no copy with str() needed


def _terms_in(dictionary: Dictionary, text: str) -> list[MedicalTerm]:
    """The terms `text` names, in order of first appearance."""
    return [dictionary.terms[key] for key in dict.fromkeys(k for k, _ in dictionary.keys(text))]


def find_entities(doc: Document, headline: str | None, dictionary: Dictionary
                  ) -> tuple[tuple[MedicalTerm, ...], tuple[MedicalTerm, ...]]:
    """(about, mentions) for the page; see the module docstring for the rule."""
    counts = Counter(key for key, _ in dictionary.keys(article_text(doc)))
    first = [dictionary.terms[key] for key in counts]  # a Counter keeps first-seen order
    about = _terms_in(dictionary, headline or "")
    if not about and counts:
        top = max(counts.values())
        ranked = sorted(first, key=lambda t: -counts[t.key])  # stable: first seen
        about = [t for t in ranked if counts[t.key] >= max(2, (top + 1) // 2)][:_MAX_ABOUT]
    chosen = {t.key for t in about}
    mentions = tuple(t for t in first if t.key not in chosen)
    return tuple(about), mentions

