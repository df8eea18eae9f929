"""Is this file an HTML page we can edit safely? Checks made before a page is parsed.

Blog exports hold more than pages: empty files, images or archives saved with an
`.html` name, RSS feeds and sitemaps (XML), API dumps (JSON). Each is refused with
one clear reason instead of being "built" into a page that goes live.

The write-back scans a page's bytes as ASCII (writeback.py), which is exact for every
ASCII-compatible encoding. An encoding in which ASCII bytes can mean something else
(EBCDIC, UTF-7, the ISO-2022 family, HZ) is refused rather than guessed at.
"""

from __future__ import annotations

import codecs

from .markup import HTML_SPACE, first_element

# C0 control bytes other than tab, line feed, form feed and carriage return: they do
# not occur in text, and they make up about a tenth of random or compressed data.
_CONTROL_BYTES = bytes([*range(0, 9), 11, *range(14, 32)])
_SAMPLE = 8192
_ASCII = bytes(range(128))
# Encodings that switch state with escape sequences: an ASCII byte may be half of a
# character, so a byte-level splice could land inside one.
_STATEFUL_PREFIXES = ("iso2022", "hz", "utf-7", "utf_7")

# Every element name of the HTML standard, obsolete ones included. A document whose
# first element is none of these (and no custom element) is some other markup.
HTML_ELEMENTS = frozenset(
    """a abbr acronym address applet area article aside audio b base basefont bdi bdo
    bgsound big blink blockquote body br button canvas caption center cite code col
    colgroup data datalist dd del details dfn dialog dir div dl dt em embed fieldset
    figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6 head header
    hgroup hr html i iframe image img input ins isindex kbd keygen label legend li link
    listing main map mark marquee math menu menuitem meta meter multicol nav nextid nobr
    noembed noframes noscript object ol optgroup option output p param picture plaintext
    pre progress q rb rp rt rtc ruby s samp script search section select slot small
    source spacer span strike strong style sub summary sup svg table tbody td template
    textarea tfoot th thead time title tr track tt u ul var video wbr xmp""".split()
)


def binary_reason(raw: bytes) -> str | None:
    """Why `raw` looks like binary data rather than text, or None.

    More than 1% control bytes (and at least 4) in the first 8 KB. A stray NUL in a
    page is text with a mistake in it, not binary data.
    """
    sample = raw[:_SAMPLE]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))  # one pass
    if controls >= 4 and controls * 100 > len(sample):
        return (f"binary data, not an HTML page ({controls} control bytes in the first "
                f"{len(sample):,} bytes)")
    return None


def markup_reason(text: str) -> str | None:
    """Why decoded `text` (BOM removed) is not an HTML page, or None when it may be one.

    A page starts with markup (after whitespace) and its first element is an HTML
    element (or a custom element, whose name has a hyphen).
    """
    start = text.lstrip(HTML_SPACE)
    if not start:
        return "the file holds only whitespace, not an HTML page"
    if not start.startswith("<"):
        kind = "JSON data" if start[0] in "{[" else "plain text"
        return f"{kind}, not an HTML page (it does not start with markup)"
    name = first_element(start)
    if name is None:
        return "no HTML element in the file, not an HTML page"
    local = name.lower().rpartition(":")[2]
    if local not in HTML_ELEMENTS and "-" not in local:
        kind = "an XML document" if start.startswith("<?xml") else "markup"
        return f"{kind} whose first element is <{name}>, not an HTML page"
    return None


def is_text_codec(name: str) -> bool:
    """True when `name` is a codec that decodes bytes to text (not base64, zlib, ...)."""
    try:
        b"<".decode(name, errors="replace")  # an empty input is not enough: it skips the check
    except LookupError:
        return False
    return True


def ascii_safe(name: str) -> bool:
    """True when every ASCII byte means its ASCII character in encoding `name`, always.

    Holds for UTF-8, windows-1252, the ISO-8859 family, Shift_JIS, EUC-*, GBK, Big5:
    in those, `<`, `>`, `/`, `-`, `!`, `=`, quotes and whitespace are never part of a
    multi-byte character.
    """
    canonical = codecs.lookup(name).name
    if canonical.startswith(_STATEFUL_PREFIXES):
        return False
    try:
        return _ASCII.decode(name) == _ASCII.decode("ascii")
    except UnicodeError:
        return False
