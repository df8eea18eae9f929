"""The one byte-level HTML tokenizer, and the one answer to "is this our block?" and
"is this a JSON-LD script?".

Write-back, region finding, sniffing, source lines and the reading of other tools'
blocks scan a page's text with `tokens`, and ask `is_json_ld` / `is_ours` about a
script, so they can never disagree about where an element is or whose it is.

- A JSON-LD script is a `<script>` whose `type` attribute, compared as a MIME type
  (case-insensitive, surrounding whitespace and parameters ignored), is
  `application/ld+json`.
- Our block is a JSON-LD script whose `class` attribute's token list holds MARKER.
  `data-class="healthld-graph"`, the marker in another attribute's value, or a
  marked script of another type (`src=consent.js`) is someone else's.

Text is scanned as latin-1, so offsets are byte offsets and the scan is exact for
every ASCII-compatible encoding (see writeback.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html import unescape

MARKER = "healthld-graph"
JSON_LD_TYPE = "application/ld+json"
HTML_SPACE = " \t\n\f\r"  # not str.strip()'s set: \x85 and \xa0 are bytes of characters
BOM = "\xef\xbb\xbf"  # the UTF-8 byte order mark, as latin-1 text
RAW_TEXT = frozenset({"script", "style", "title", "textarea", "xmp", "iframe", "noembed",
                      "noframes", "plaintext"})

# A tag as the HTML standard's tokenizer reads it (lxml and html5lib agree): the name
# runs to a space, `/` or `>`; then spaces and `/`s, and attributes, each a name (which
# may start with `=`) and an optional value; a quoted value is followed directly by the
# next attribute (`src="a.js"async`). Everything but `>` is consumed, so the match fails
# only when the tag is open at the end of the text. Each part ends where the next one
# must start, and every quantifier is possessive: linear time.
_S = r"\t\n\f\r "  # the HTML standard's whitespace
TAG = re.compile(
    rf"<(/?)([A-Za-z][^{_S}/>]*+)((?:[{_S}/]++|[^{_S}/>][^{_S}/>=]*+"
    rf"""(?:[{_S}]*+=[{_S}]*+(?:"[^"]*+"?|'[^']*+'?|[^{_S}>]*+))?)*+)>"""
)
_SPACES = {ord(c): " " for c in HTML_SPACE}
_NAME = re.compile(r"[A-Za-z][A-Za-z0-9:._-]*")
_ATTR = re.compile(  # one attribute of TAG's attribute text, its value's three forms grouped
    rf"""([^{_S}/>][^{_S}/>=]*+)(?:[{_S}]*+=[{_S}]*+(?:"([^"]*+)"?|'([^']*+)'?|([^{_S}>]*+)))?""")
_RAW_CLOSE = {name: re.compile(rf"</{name}(?=[\s/>])", re.I | re.A) for name in RAW_TEXT}
# What changes the state of a script's content: the HTML standard's "script data
# escaped" (after `<!--`) and "double escaped" (a `<script` inside that) states, in
# which a `</script>` inside a `document.write('<script…</script>')` does not end it.
# A `<!--` whose dashes run into `>` (`<!-->`, `<!--->`) escapes nothing: its `-->` ends
# the escape at once, so it is left to the `-->` alternative.
_SCRIPT_STATE = re.compile(r"<!--(?!-*+>)|-->|<(/?)script(?=[\s/>])", re.I | re.A)


@dataclass(frozen=True)
class Token:
    """A start or end tag: its lower-case name, byte span and raw attribute text."""

    closing: bool
    name: str
    start: int
    end: int
    attrs: str


def tokens(s: str) -> Iterator[Token | tuple[int, int]]:
    """Tags in the data state, and (start, end) spans of non-tag text between them.

    Comments, doctypes, processing instructions and other bogus comments are passed over
    as the HTML standard tokenizes them (lxml and html5lib agree): `<![CDATA[` outside
    SVG/MathML is a bogus comment that ends at the first `>`, as does `</` + non-letter.
    The content of raw-text elements (script, style, title, ...) is never read as tags;
    a script ends where a browser ends it (see `raw_text_end`).
    """
    pos = 0
    n = len(s)
    while pos < n:
        i = s.find("<", pos)
        if i < 0:
            yield (pos, n)
            return
        if i > pos:
            yield (pos, i)
        if s.startswith("<!--", i):
            pos = comment_end(s, i)
            continue
        if s.startswith("</", i) and not (s[i + 2 : i + 3].isascii()
                                          and s[i + 2 : i + 3].isalpha()):
            j = s.find(">", i + 2)  # `</>` is dropped; `</ x>`, `</3>` are bogus comments
            pos = n if j < 0 else j + 1
            continue
        if s.startswith(("<!", "<?"), i):
            j = s.find(">", i + 2)
            pos = n if j < 0 else j + 1
            if s[i : i + 9].lower() == "<!doctype":
                yield Token(False, "!doctype", i, pos, "")
            continue
        m = TAG.match(s, i)
        if not m:
            if _NAME.match(s, i + 1 + (s[i + 1 : i + 2] == "/")):
                yield (i, n)  # a tag open at the end: a parser reads the rest as that tag
                return
            yield (i, i + 1)
            pos = i + 1
            continue
        token = Token(bool(m.group(1)), m.group(2).lower(), i, m.end(), m.group(3))
        yield token
        pos = m.end()
        if not token.closing and token.name in RAW_TEXT:
            pos = raw_text_end(s, token)


def raw_text_end(s: str, token: Token) -> int:
    """Where the content of the raw-text element opened by `token` ends (the `<` of its
    end tag, or the end of `s`). A script's content follows the standard's escaped
    states: after `<!--`, a `<script` makes the next `</script>` part of the content."""
    if token.name == "plaintext":
        return len(s)
    if token.name != "script":
        close = _RAW_CLOSE[token.name].search(s, token.end)
        return len(s) if close is None else close.start()
    escaped = double = False
    for m in _SCRIPT_STATE.finditer(s, token.end):
        text = m.group()
        if text == "<!--":
            escaped = escaped or not double
        elif text == "-->":
            escaped = double = False
        elif m.group(1):  # </script
            if not double:
                return m.start()
            double = False
        elif escaped:  # <script inside an escaped section
            double = True
    return len(s)


def element_end(s: str, token: Token) -> int:
    """The end of the raw-text element opened by `token`: past its end tag's `>`."""
    close = raw_text_end(s, token)
    gt = s.find(">", close)
    return len(s) if close >= len(s) or gt < 0 else gt + 1


def comment_end(s: str, i: int) -> int:
    """The end of the comment opened at `i`: `-->` or `--!>`; `<!-->` and `<!--->` are
    empty comments; an unclosed comment runs to the end."""
    end = comment_close(s, i)
    return len(s) if end is None else end


def comment_close(s: str, i: int) -> int | None:
    """`comment_end`, or None for a comment that is never closed."""
    for empty in ("<!-->", "<!--->"):
        if s.startswith(empty, i):
            return i + len(empty)
    ends = [j + len(t) for t in ("-->", "--!>") if (j := s.find(t, i + 4)) >= 0]
    return min(ends) if ends else None


def attributes(attrs: str) -> dict[str, str]:
    """A tag's attributes by lower-case name, values with entities decoded; the first of
    two attributes of one name wins, as in a browser."""
    found: dict[str, str] = {}
    for m in _ATTR.finditer(attrs):
        name = m.group(1).lower()
        if name not in found:
            value = m.group(2) if m.group(2) is not None else m.group(3) if m.group(3) is not None \
                else m.group(4) or ""
            found[name] = unescape(value) if "&" in value else value
    return found


def is_json_ld_type(value: str | None) -> bool:
    """True when a script's `type` value is the JSON-LD MIME type (case-insensitive,
    whitespace and parameters ignored)."""
    return value is not None and value.split(";", 1)[0].strip(HTML_SPACE).lower() == JSON_LD_TYPE


def has_marker(classes: str | Iterable[str] | None) -> bool:
    """True when a `class` value (or its token list) holds our MARKER."""
    if classes is None:
        return False
    if isinstance(classes, str):
        classes = classes.translate(_SPACES).split(" ")
    return MARKER in classes


def is_json_ld(token: Token) -> bool:
    """True for the start tag of a JSON-LD script."""
    return (token.name == "script" and not token.closing
            and is_json_ld_type(attributes(token.attrs).get("type")))


def is_json_ld_tag(tag: str) -> bool:
    """True when the start tag text `tag` (from its `<`) opens a JSON-LD script."""
    m = TAG.match(tag)
    return m is not None and is_json_ld(Token(bool(m.group(1)), m.group(2).lower(), 0,
                                              m.end(), m.group(3)))


def is_ours(token: Token) -> bool:
    """True for the start tag of our block: a JSON-LD script whose class holds MARKER."""
    if token.name != "script" or token.closing or MARKER not in token.attrs:
        return False
    found = attributes(token.attrs)
    return is_json_ld_type(found.get("type")) and has_marker(found.get("class"))


def first_element(text: str) -> str | None:
    """The name of the first start tag in `text` (comments, doctypes, processing
    instructions and end tags passed over); None if there is none."""
    for token in tokens(text):
        if isinstance(token, Token):
            if not token.closing and token.name != "!doctype":
                return token.name
        elif text.startswith("<", token[0]) and (m := _NAME.match(text, token[0] + 1)):
            return m.group()  # a start tag cut short (or with stray quotes): still its name
    return None


def body_start(text: str) -> int | None:
    """The offset of the `<body>` start tag a parser would see (not one in a comment, a
    script or an attribute value), or None."""
    for token in tokens(text):
        if isinstance(token, Token) and token.name == "body" and not token.closing:
            return token.start
    return None
