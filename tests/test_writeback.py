"""Write-back: a byte splice before the real </head>, replaced in place on rebuild, escaped."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.roundtrip import read_back
from pipeline.writeback import SCRIPT_OPEN, locate, serialize, splice, strip_own

GRAPH = {"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "@id": "https://e.example/#w"}]}


def test_block_goes_just_before_head_end_and_nothing_else_changes():
    raw = b"<html><head>\n<title>x</title>\n</head>\n<body>hi</body></html>"
    out = splice(raw, GRAPH)
    at = raw.index(b"</head>")
    block = (SCRIPT_OPEN + serialize(GRAPH) + "</script>\n").encode()
    assert out == raw[:at] + block + raw[at:]


def test_indentation_before_head_end_is_kept_for_both_lines():
    raw = b"<html>\n  <head>\n    <title>x</title>\n  </head>\n</html>"
    out = splice(raw, GRAPH)
    assert b"\n  <script" in out and b"</script>\n  </head>" in out
    assert strip_own(out) == raw


def test_crlf_pages_get_crlf():
    raw = b"<html>\r\n<head>\r\n<title>x</title>\r\n</head>\r\n</html>\r\n"
    out = splice(raw, GRAPH)
    assert b"</script>\r\n</head>" in out
    assert strip_own(out) == raw


@pytest.mark.parametrize(
    "decoy",
    [
        b"<!-- </head> -->",
        b"<script>var s = '</head>';</script>",
        b"<style>/* </head> */</style>",
        b"<title>a </head> b</title>",
        # `<![CDATA[ </head> ]]>` is a bogus comment ending at `</head>`'s `>`: test_hostile.py
    ],
)
def test_head_end_inside_comment_script_style_title_or_cdata_is_not_the_head_end(decoy):
    raw = b"<html><head>" + decoy + b"<meta charset=utf-8></HEAD><body>x</body></html>"
    out = splice(raw, GRAPH)
    assert out.index(b"<script type=\"application/ld+json\"") == raw.index(b"</HEAD>")


def test_a_fragment_without_any_head_gets_the_block_at_the_end_beside_it():
    # A script before the fragment would make parsers build a head around it, and a
    # rebuild would read the page differently (issue 14); at the end it is in the body.
    raw = b"<p>Only a fragment</p>\n"
    assert locate(raw).insert_at == len(raw)
    assert strip_own(splice(raw, GRAPH)) == raw


def test_rebuild_replaces_our_block_in_place():
    raw = b"<html><head><title>x</title></head><body></body></html>"
    once = splice(raw, GRAPH)
    other = {"@context": "https://schema.org", "@graph": []}
    twice = splice(once, other)
    assert twice.count(b"healthld-graph") == 1
    assert serialize(other).encode() in twice
    assert splice(once, GRAPH) == once


def test_a_duplicated_block_of_ours_is_collapsed_to_one():
    raw = b"<html><head><title>x</title>\n</head><body></body></html>"
    once = splice(raw, GRAPH)
    block = once[once.index(b"<script"): once.index(b"</script>") + 9]
    doubled = once.replace(b"<body>", b"<body>" + block)
    assert splice(doubled, GRAPH).count(b"healthld-graph") == 1


def test_other_tools_scripts_stay_byte_identical():
    theirs = b'<script type="application/ld+json" class="yoast-schema-graph">{"@graph":[]}</script>'
    raw = b"<html><head>" + theirs + b"</head><body></body></html>"
    out = splice(raw, GRAPH)
    assert theirs in out and out.count(b"application/ld+json") == 2


def test_text_cannot_break_out_of_the_script():
    hostile = "</script><script>alert(1)</script> <!-- ]]> & \u2028\u2029\x00 ünï"
    graph = {"@context": "https://schema.org", "@graph": [{"@type": "Thing", "name": hostile}]}
    text = serialize(graph)
    assert text.isascii()
    for bad in ("<", ">", "&", "\u2028", "\x00"):
        assert bad not in text
    assert json.loads(text) == graph
    page = splice(b"<html><head></head><body></body></html>", graph)
    assert read_back(page, "utf-8") == graph


json_text = st.text(st.characters(codec="utf-8"), max_size=60)


@settings(max_examples=150, deadline=None)
@given(name=json_text, answer=json_text)
def test_any_strings_round_trip_through_the_page(name, answer):
    graph = {"@context": "https://schema.org",
             "@graph": [{"@type": "Question", "name": name, "acceptedAnswer": {"text": answer}}]}
    page = splice(b"<!doctype html><html><head><title>t</title></head><body></body></html>", graph)
    assert read_back(page, "utf-8") == graph
    assert splice(page, graph) == page


@settings(max_examples=150, deadline=None)
@given(before=st.binary(max_size=40).map(lambda b: b.replace(b"<", b"")),
       after=st.binary(max_size=40))
def test_removing_our_block_gives_back_the_input(before, after):
    raw = b"<html><head>" + before + b"</head>" + after
    assert strip_own(splice(raw, GRAPH)) == raw
