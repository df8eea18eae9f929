"""Invariants of a build, as hypothesis properties over generated pages and FAQ text.

Each example is a page built from random pieces (doctype, <html>, <head> or not,
uppercase tags, decoy `</head>`s in comments and script strings, CRLF, a BOM, an
encoding) around a headings FAQ whose questions and answers are random text. It is
built through `process_page`, as the CLI does, and then:

- round trip: the FAQ text comes back exactly (whitespace collapsed) in the
  extraction, and the graph comes back exactly from the written page, read by
  extruct and by `json.loads` of the script text a browser-conformant parser sees;
- containment: the output parses to the input's elements plus exactly one new
  script, and removing our block gives back the input bytes;
- idempotency: building the output again gives the same bytes;
- the input file is never modified.
"""

from __future__ import annotations

import json
import os
import tempfile
from html import escape, unescape
from pathlib import Path

import html5lib
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.batch import Job
from pipeline.build import process_page
from pipeline.extract.faq.answer_nodes import form_choices
from pipeline.extract.faq.words import vocabulary
from pipeline.keys import question_key
from pipeline.roundtrip import read_back
from pipeline.text import ZERO_WIDTH, normalize_space
from pipeline.writeback import MARKER, locate, splice, strip_own

from .conftest import TODAY

# Text a page can carry (in a legacy encoding, partly as `&#NNNN;` references): no surrogates, no C0/C1 controls (a parser turns those into
# U+FFFD or drops them; test_hostile.py covers raw NUL bytes), no noncharacters.
_PAGE_TEXT = st.characters(blacklist_categories=("Cs", "Cc", "Co", "Cn"))
ENCODINGS = {  # codec -> (declaration, alphabet of characters the codec can write)
    "utf-8": ('<meta charset="utf-8">', _PAGE_TEXT),
    "cp1252": ('<meta charset="windows-1252">',
               st.sampled_from(sorted({c for c in bytes(range(32, 256)).decode("cp1252", "ignore")
                                       if c.isprintable()}))),
    "shift_jis": ('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">',
                  st.sampled_from(list("abcXYZ 09?<>&\"'\\~ー表ソ能予申十ケタミン安全ですか？。、「」"))),
}


def faq_text(alphabet: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    # Hostile snippets are mixed in so they appear far more often than by chance.
    piece = st.one_of(st.text(alphabet, min_size=1, max_size=12),
                      st.sampled_from(["</script>", "<!--", "<script", "]]>", "</head>", "&amp;",
                                       " \t ", "\u2028", "\u2029"]))
    return (st.lists(piece, min_size=1, max_size=6).map("".join)
            .filter(lambda t: normalize_space(t) != ""))


def _plain_question(text: str) -> bool:
    words, name = vocabulary(), normalize_space(text)
    return not (words.is_title(name) or words.label_end(name) or words.announces_faq(name)
                or words.counter.fullmatch(name))  # "00": an item's number (shapes.is_counter)


@st.composite
def pages(draw):
    """(page bytes, encoding, questions, answers) for a generated page."""
    encoding = draw(st.sampled_from(sorted(ENCODINGS)))
    declaration, alphabet = ENCODINGS[encoding]
    if encoding != "utf-8":  # what the codec cannot write becomes a character reference
        alphabet = st.one_of(alphabet, _PAGE_TEXT)
    # A heading under the FAQ heading is a question unless it is a section title ("Sources",
    # "Hope you love it!"), carries a "Q1." label, announces an FAQ itself or holds only an
    # item's number (a counter, passed over after an answer), and one of
    # the run must ask (README, FAQ shapes): the rest is left to the FAQ fixtures.
    # Questions are distinct as keys.py says.
    questions = draw(st.lists(faq_text(alphabet).filter(_plain_question), min_size=1,
                              max_size=3, unique_by=lambda t: question_key(normalize_space(t))))
    questions[0] += "?"  # a run of headings none of which asks anything is notes, not an FAQ
    # An answer that is only short choices set apart by middle dots ("Yes · No") is a
    # form's option list when all of the run's are (answer_nodes.form_choices).
    answers = [draw(faq_text(alphabet).filter(lambda a: not form_choices(normalize_space(a))))
               for _ in questions]
    nl = draw(st.sampled_from(["\n", "\r\n", ""]))
    upper = draw(st.booleans())

    def tag(name: str) -> str:
        return name.upper() if upper else name

    decoy = draw(st.sampled_from(["", "<!-- </head> -->", "<script>var s = '</head>';</script>",
                                  "<style>/* </head> */</style>", "<![CDATA[ x ]]>"]))
    head = [declaration, f"<{tag('title')}>{escape(questions[0])}</{tag('title')}>", decoy]
    faq = "".join(f"<h3>{escape(q)}</h3>{nl}<p>{escape(a)}</p>{nl}" for q, a in zip(questions, answers, strict=False))
    body = f"<article>{nl}<h1>Title</h1>{nl}<h2>Frequently asked questions</h2>{nl}{faq}</article>"
    parts = []
    if draw(st.booleans()):
        parts.append("<!DOCTYPE html>")
    has_html, has_head = draw(st.booleans()), draw(st.booleans())
    if has_html:
        parts.append(f"<{tag('html')} lang=\"en\">")
    if has_head:
        parts += [f"<{tag('head')}>", *head, f"</{tag('head')}>"]
    else:
        parts += [h for h in head if h and not h.startswith("<![CDATA[")]
    parts += [f"<{tag('body')}>", body, f"</{tag('body')}>"]
    if has_html:
        parts.append(f"</{tag('html')}>")
    text = nl.join(parts) + nl
    bom = b"\xef\xbb\xbf" if encoding == "utf-8" and draw(st.booleans()) else b""
    return bom + encode(text, encoding), encoding, questions, answers


def encode(text: str, encoding: str) -> bytes:
    """`text` in `encoding`; a character the codec cannot write, or cannot read back as
    itself (Python's Shift_JIS writes U+00A5 as 0x5C, which reads as a backslash), is
    written as a `&#N;` reference, as editors do."""
    out = []
    for char in text:
        try:
            data = char.encode(encoding)
        except UnicodeEncodeError:
            data = b""
        out.append(data if data and data.decode(encoding) == char else f"&#{ord(char)};".encode())
    return b"".join(out)


def parse5(page: bytes, encoding: str):
    """The tree a browser builds."""
    text = page.decode(encoding).removeprefix("\ufeff")
    return html5lib.parse(text, treebuilder="lxml", namespaceHTMLElements=False)


def elements(tree) -> list[tuple[str, tuple]]:
    return [(el.tag, tuple(sorted(el.attrib.items()))) for el in tree.iter()
            if isinstance(el.tag, str)]


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(generated=pages())
def test_build_invariants_over_generated_pages(config, generated):
    raw, encoding, questions, answers = generated
    with tempfile.TemporaryDirectory() as tmp:
        source, output = Path(tmp) / "in" / "page.html", Path(tmp) / "out" / "page.html"
        source.parent.mkdir()
        source.write_bytes(raw)
        stamp = os.stat(source).st_mtime_ns
        result = process_page(Job(source, output, "page.html"), config, TODAY)
        assert result.error is None and result.ok, (result.error, result.findings)
        page = output.read_bytes()

        # Round trip: the FAQ text, then the graph through two different readers.
        faq = result.extraction.faq
        # A question's name drops zero-width characters ("&#8203;"), which are invisible,
        # and soft hyphens, which draw nothing and are taken out before the parse.
        unseen = str.maketrans("", "", ZERO_WIDTH + "\u00ad")
        assert [item.question for item in faq] == [normalize_space(q.translate(unseen))
                                                   for q in questions]
        assert [unescape(item.answer_html) for item in faq] == [
            normalize_space(a.replace("\u00ad", "")) for a in answers]
        assert read_back(page, encoding) == result.graph
        tree = parse5(page, encoding)
        ours = [s for s in tree.iter("script") if MARKER in (s.get("class") or "").split()]
        assert len(ours) == 1
        assert json.loads(ours[0].text) == result.graph

        # Containment: the input's elements plus one script; the input's bytes back.
        out_elements = elements(tree)
        out_elements.remove(("script", (("class", MARKER), ("type", "application/ld+json"))))
        assert out_elements == elements(parse5(raw, encoding))
        assert strip_own(page) == raw
        (start, end), = locate(page).own_blocks
        assert page[start:end].isascii()  # valid in any of the page's encodings

        # Idempotency: the splice and a whole rebuild of the output give the same bytes.
        assert splice(page, result.graph) == page
        again = Path(tmp) / "again" / "page.html"
        rebuilt = process_page(Job(output, again, "page.html"), config, TODAY)
        assert rebuilt.error is None and again.read_bytes() == page

        # The input is never modified.
        assert source.read_bytes() == raw and os.stat(source).st_mtime_ns == stamp
