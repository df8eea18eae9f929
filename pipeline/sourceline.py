"""Where a finding is in the page source: a line number for CI annotations and reports.

The page is not parsed again: the text a finding is about (a question, an answer, the
reviewer's name, the review statement) is searched for in the page's decoded source,
allowing tags, entities and line breaks between its words. Findings about the page
as a whole, or text that cannot be found, have no line.
"""

from __future__ import annotations

import re
from dataclasses import replace
from html import unescape
from typing import TYPE_CHECKING, Any

from . import markup
from .records import Finding

if TYPE_CHECKING:
    from .document import Document

# Tags, entities, spaces, punctuation. A tag holds no `<`: with `<[^>]*+>`, a run of `<`
# without `>` was scanned to its end from each of its characters (quadratic).
_GAP = r"(?:<[^<>]*+>|&[#\w]++;|\W)++"
_WORD = re.compile(r"\w[\w'’-]*")
_NODE = re.compile(r"^\$\['@graph'\]\[(\d+)\]")
# Searched in lower-cased source (a caseless `re` scan of a whole page is several times slower).
_REVIEW_STATEMENT = re.compile(r"(?:medically\s+)?reviewed\s+by|last\s+(?:medically\s+)?reviewed")
_MAX_WORDS = 8


def line_at(text: str, offset: int) -> int:
    """1-based line of a character offset."""
    return text.count("\n", 0, offset) + 1


def body_start(text: str) -> int:
    """Where the page body starts (so a question is not found in a JSON-LD block in the head).
    `text` is lower-cased source."""
    return markup.body_start(text) or 0


def find_line(text: str, needle: str) -> int | None:
    """The line where `needle` (its first words, tags and entities between them allowed)
    starts in the page body of the source `text`, or None. Case is ignored."""
    return _find_line(text.lower(), needle)


def _find_line(low: str, needle: str) -> int | None:
    """`find_line` in lower-cased source `low` (lower() keeps every line break)."""
    start = body_start(low)
    words = _WORD.findall(unescape(re.sub(r"<[^>]*>", " ", needle)).lower())
    if not words:
        return None
    for chosen in (words[:_MAX_WORDS], words[:3], [max(words, key=len)]):
        m = re.compile(_GAP.join(re.escape(w) for w in chosen)).search(low, start)
        if m:
            return line_at(low, m.start())
    return None


def _needle(finding: Finding, graph: dict[str, Any] | None) -> str | re.Pattern[str] | None:
    path = finding.path
    if "lastReviewed" in path or finding.code.startswith("REVIEW_"):
        return _REVIEW_STATEMENT
    m = _NODE.match(path)
    nodes = (graph or {}).get("@graph") or []
    if not m or int(m.group(1)) >= len(nodes) or not isinstance(nodes[int(m.group(1))], dict):
        return None
    node = nodes[int(m.group(1))]
    if "reviewedBy" in path:
        ref = node.get("reviewedBy")
        person = next((n for n in nodes if isinstance(n, dict) and isinstance(ref, dict)
                       and n.get("@id") == ref.get("@id")), None)
        return str((person or {}).get("name") or "") or None
    if "acceptedAnswer" in path:
        answer = node.get("acceptedAnswer")
        return str(answer.get("text", "")) if isinstance(answer, dict) else None
    if path.endswith(".name") or node.get("@type") == "Question":
        return str(node.get("name") or "") or None
    return None


def add_lines(findings: list[Finding], graph: dict[str, Any] | None, text: str) -> list[Finding]:
    """The findings with `line` set where the source `text` shows what they are about.

    Only the page from its `<body` on is lower-cased and searched (what a finding is
    about is never in the head), and only when a finding needs a line."""
    low: str | None = None
    lines_before = 0  # line breaks before the body
    out = []
    for finding in findings:
        line = finding.line
        needle = _needle(finding, graph) if line is None else None
        if needle is not None and low is None:
            start = markup.body_start(text) or 0
            low, lines_before = text[start:].lower(), text.count("\n", 0, start)
        if isinstance(needle, re.Pattern):
            assert low is not None
            first = low.find("reviewed")  # every match holds it: skip to near it
            m = needle.search(low, max(0, first - 40)) if first >= 0 else None
            line = line_at(low, m.start()) + lines_before if m else None
        elif needle:
            assert low is not None
            found = _find_line(low, needle)
            line = found + lines_before if found is not None else None
        out.append(finding if line == finding.line else replace(finding, line=line))
    return out


def page_source(doc: Document) -> str:
    """The page's source text, decoded as the parser decoded it."""
    return doc.raw[doc.bom_length:].decode(doc.encoding, errors="replace")


_GAP_AT = re.compile(_GAP)


def _without_tags(text: str) -> str:
    """`re.sub(r"<[^>]*+>", " ", text)` in one pass: each `<` up to the next `>` made a
    space. The pattern, tried from every `<` of a text with no `>` after them, read the
    rest of the text from each (quadratic); here the first `<` with no `>` after it ends
    the work, as no later one has one either."""
    parts: list[str] = []
    pos = 0
    while (lt := text.find("<", pos)) >= 0 and (gt := text.find(">", lt + 1)) >= 0:
        parts += (text[pos:lt], " ")
        pos = gt + 1
    return "".join(parts) + text[pos:] if parts else text


def _chain_at(low: str, words: list[str], at: int) -> bool:
    """True when `words` follow one another in `low` from `at`, a gap of tags, entities,
    spaces or punctuation between each two (as `_find_line`'s pattern reads them)."""
    pos = at + len(words[0])
    for word in words[1:]:
        gap = _GAP_AT.match(low, pos)
        if gap is None or not low.startswith(word, gap.end()):
            return False
        pos = gap.end() + len(word)
    return True


def _chain_find(low: str, words: list[str], start: int, end: int) -> int:
    """Where `words` first follow one another (`_chain_at`) from `start`, starting
    before `end`; -1 if nowhere."""
    at = low.find(words[0], start, end + len(words[0]))
    while at >= 0 and not _chain_at(low, words, at):
        at = low.find(words[0], at + 1, end + len(words[0]))
    return at


def lines_of(text: str, needles: list[str]) -> list[int | None]:
    """The line of each of `needles` (a page's questions, in page order) in the page body
    of the source `text`, as `find_line` reads a needle (its first words, tags and
    entities between them allowed), for the manifest, which keeps each question's line
    for the site-wide pass (sitewide.py). No pattern is compiled per needle: a needle's
    first word is found with `str.find` and the words after it checked in place, in the
    text as written first (a page's questions are its own text), then case aside (the
    body lower-cased once, only if needed). Each needle is looked for from where the one before it
    was found (an FAQ's own questions follow one another), then before that; so the
    search of a whole FAQ is one pass over the page, and a question that also appears
    earlier (in a table of contents) is given the line of its place in the FAQ."""
    start = body_start(text)
    source, before = text[start:], text.count("\n", 0, start)
    low: str | None = None  # the body lower-cased, made only for a needle not found as it is
    found: list[int | None] = []
    cursor = 0  # where the needle before was found
    counted, lines = 0, before + 1  # the line at offset `counted` of the body
    for needle in needles:
        plain = unescape(_without_tags(needle))
        at = -1
        # As the page writes it (the FAQ's own text, most often), then case aside.
        for caseless in (False, True):
            if caseless:
                low = source.lower() if low is None else low
            body_text = low if caseless and low is not None else source
            words = _WORD.findall(plain.lower() if caseless else plain)
            for chosen in ((words[:_MAX_WORDS], words[:3], [max(words, key=len)])
                           if words else ()):
                at = _chain_find(body_text, chosen, cursor, len(body_text))
                if at < 0 and cursor:
                    at = _chain_find(body_text, chosen, 0, cursor)
                if at >= 0:
                    break
            if at >= 0:
                break
        if at < 0:
            found.append(None)
            continue
        if at < counted:
            counted, lines = 0, before + 1
        lines += source.count("\n", counted, at)
        counted = cursor = at
        found.append(lines)
    return found
