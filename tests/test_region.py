"""The tree is built over the head and the article region only: same facts, less work."""

from __future__ import annotations

import importlib.util
import random

import pytest
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from pipeline.document import Document
from pipeline.existing import jsonld_blocks
from pipeline.extract import extract
from pipeline.jsonld import build_graph
from pipeline.region import reading_text
from pipeline.schema_store import BASE, graph_errors, registry, validator
from pipeline.validate import validate_graph

from .conftest import INPUT, ROOT, TODAY

HEAD = '<!DOCTYPE html><html lang="de"><head><title>T</title></head>'


def _generator():
    spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "bench" / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def whole(raw: bytes) -> Document:
    """The page parsed whole, as before the region was read alone."""
    doc = Document.from_bytes(raw)
    doc.soup = BeautifulSoup(raw[doc.bom_length:].decode(doc.encoding, "replace"), "lxml")
    return doc


def test_nav_and_footer_are_left_out_and_body_jsonld_is_kept():
    s = (HEAD + '<body class="x"><nav><h2>FAQ</h2><h3>Menu?</h3><p>no</p></nav>'
         '<main id="m"><h1>Title</h1><p>text</p></main><footer>f</footer>'
         '<script type="application/ld+json">{"@type":"Thing"}</script></body></html>')
    text = reading_text(s)
    assert text is not None
    assert text.startswith(HEAD + '<body class="x">')
    assert '<main id="m"><h1>Title</h1><p>text</p></main>' in text
    assert "<nav>" not in text and "<footer>" not in text
    assert '{"@type":"Thing"}' in text


def test_markup_in_comments_scripts_and_attributes_is_not_a_region():
    s = (HEAD + "<body><!-- <main>old</main> --><script>var a = '<main>';</script>"
         '<div title="<main>">x</div><main>real</main></body>')
    assert "\n<main>real</main>\n" in reading_text(s)


def test_articles_span_from_the_first_to_the_last_and_nested_main_counts():
    s = (HEAD + "<body><nav>n</nav><article>a</article><p>between</p><article>b</article>"
         "<aside>s</aside></body>")
    assert "<article>a</article><p>between</p><article>b</article>" in reading_text(s)
    s = HEAD + "<body><main>1<main>2</main>3</main><p>out</p></body>"
    assert "<main>1<main>2</main>3</main>\n" in reading_text(s)


def test_head_elements_no_stage_reads_are_left_out_of_the_tree():
    head = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T</title>'
            '<link rel="stylesheet" href="/a.css"><link rel="canonical" href="https://x.test/p">'
            '<LINK REL="Canonical" href="https://x.test/q"><link rel="icon" href="/&amp;i.png">'
            "<style>main { color: red } </head></style><script>var s = '</head><main>';</script>"
            '<script src="/a.js?x=1&amp;y=2"></script><meta name="description" content="D">'
            '<script type="application/ld+json">{"@type":"Thing"}</script></head>')
    text = reading_text(head + "<body><main><h1>T</h1></main></body>")
    assert text is not None and text.startswith(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T</title>'
        '<link rel="canonical" href="https://x.test/p"><LINK REL="Canonical" href="https://x.test/q">'
        '<link rel="icon" href="/&amp;i.png"><script src="/a.js?x=1&amp;y=2"></script>'
        '<meta name="description" content="D">'
        '<script type="application/ld+json">{"@type":"Thing"}</script></head><body>')
    assert "<style>" not in text and "var s" not in text and "a.css" not in text


@pytest.mark.parametrize("body", [
    "<p>no region at all</p>",
    "<main>never closed",
    "<article>never closed",
    "<main>x</main><!-- unclosed comment",
    "<main>x</main><script>unclosed",
])
def test_a_page_without_a_sure_region_is_read_whole(body):
    assert reading_text(HEAD + "<body>" + body) is None


@pytest.mark.parametrize("body", [
    # The only <article>s are comments: the body is elsewhere (issue 12).
    '<div class="entry-content"><h1>T</h1><h2>FAQ</h2></div><ol class="comment-list">'
    '<li><article id="div-comment-3" class="comment-body">c</article></li></ol>',
    "<div><h1>T</h1><p>body</p></div><article class='card post-card'>teaser</article>",
    # <article>s with post classes, but the title is outside them: they are cards.
    '<h1>T</h1><div class="entry-content">body</div>'
    '<article class="post-9 post type-post"><h2>Another post</h2></article>',
])
def test_articles_that_cannot_be_the_body_are_not_the_region(body):
    assert reading_text(HEAD + "<body>" + body + "</body></html>") is None


def test_comment_articles_after_the_body_article_leave_the_region_to_it():
    s = (HEAD + '<body><article class="post"><h1>T</h1></article><aside>side</aside>'
         '<article id="div-comment-3" class="comment-body">c</article></body>')
    assert '\n<article class="post"><h1>T</h1></article>\n' in reading_text(s)


@pytest.mark.parametrize(("region", "side", "whole"), [
    ("<p>Text.</p>", "<aside><p>Reviewed by Ana Ruiz, MD</p></aside>", True),
    ("<p>Text.</p>", "<aside class='medical-review'>Ana Ruiz, MD</aside>", True),
    ("<p>Geprüft von Ana Ruiz</p>", "<aside>Reviewed by Ana Ruiz, MD</aside>", False),
    ("<p>Text.</p>", "<aside><p>Newsletter</p></aside>", False),
    # the stems the review reader looks for on the page: its language's and English's
    ("<p>Text.</p>", "<aside><p>Geprüft von Dr. Ana Ruiz</p></aside>", True),
    ("<p>Text.</p>", "<aside><p>Recenzja medyczna: lek. Ana Ruiz</p></aside>", False),
])
def test_a_review_label_only_beside_the_region_has_the_page_read_whole(region, side, whole):
    """A side column's review card is the page's when the article states none: a label's
    stem outside the region and none inside it has the page read whole."""
    s = HEAD + f"<body><main><h1>T</h1>{region}</main>{side}</body></html>"
    assert (reading_text(s) is None) == whole


def test_without_a_language_every_languages_stems_count_beside_the_region():
    """A page that does not say its language is read for every language's labels, beside
    the region as in it."""
    s = HEAD.replace(' lang="de"', "") + ("<body><main><h1>T</h1><p>Text.</p></main>"
                                          "<aside><p>Recenzja medyczna: lek. Ana Ruiz</p></aside>"
                                          "</body></html>")
    assert reading_text(s) is None


def test_a_region_before_the_body_starts_is_read_whole():
    assert reading_text("<html><main>x</main><body><p>y</p></body></html>") is None


# Heads that leaving elements out of the tree must not change (found in review).
ODD_HEADS = {
    # No <head> start tag: a stylesheet link implies the head; without it, the noscript
    # image would open the body and carry the title and the description into it.
    "no-head-tag": '<!doctype html><html lang=en><link rel=stylesheet href=a.css><noscript>'
                   '<img src="p.gif"></noscript><title>T</title><meta name=description '
                   'content=D><body class=home><main><h1>Knee pain</h1><p>text</p></main>',
    "metas-in-the-article": '<!doctype html><html lang="en"><body><article><h1>Knee pain</h1>'
                            '<meta itemprop="datePublished" content="2024-03-05"><meta '
                            'name="description" content="Why knees hurt"><meta name="author" '
                            'content="Jane Doe"><p>Knee pain is common in runners.</p></article>',
    "fragment": '<article><h1>Knee pain</h1><meta itemprop="datePublished" content="2024-03-05">'
                '<p>Knee pain is common.</p></article>',
    "markup-in-attribute-values": '<!doctype html><html lang="en"><head><title>Knee pain</title>'
                                  '<meta name="description" content="Pain > 5 means <link rel=x>'
                                  ' see a doctor"><meta property="og:title" content="A > B '
                                  '<style>x</style> C"></head><body><article><p>Knee pain.</p>'
                                  '</article></body></html>',
    "text-and-noscript-in-head": '<html><head><style>a{}</style><noscript><link rel=stylesheet '
                                 'href=x.css></noscript><link rel=icon href=i.png>words<meta '
                                 'name=description content=D2><script>var a</script></head>'
                                 '<body><main><h1>T</h1><p>migraine</p></main></body></html>',
}


def test_without_a_head_the_metas_in_the_article_are_read(config):
    facts = extract(Document.from_bytes(ODD_HEADS["metas-in-the-article"].encode()),
                    config.base_url + "p", "en").facts
    assert (facts.description, facts.date_published) == ("Why knees hurt", "2024-03-05")
    assert facts.author is not None and facts.author.name == "Jane Doe"


def _pages() -> list[tuple[str, bytes]]:
    gen = _generator()
    rng = random.Random(7)
    pages = [(p.name, p.read_bytes()) for p in sorted(INPUT.rglob("*.html"))]
    pages += [(f"generated-{i}", gen.page(i, rng).encode()) for i in range(12)]
    pages += [(name, page.encode()) for name, page in ODD_HEADS.items()]
    return pages


@pytest.mark.slow
@pytest.mark.parametrize("name, raw", _pages(), ids=lambda v: v if isinstance(v, str) else "")
def test_region_tree_gives_the_same_extraction_findings_and_jsonld_as_the_whole_page(name, raw,
                                                                                    config):
    fast, slow = Document.from_bytes(raw), whole(raw)
    assert len(str(fast.soup)) < len(str(slow.soup)) or "generated" not in name
    got = extract(fast, config.base_url + name, config.language)
    assert got == extract(slow, config.base_url + name, config.language)
    if name in ODD_HEADS:  # no furniture: the same visible text too (no title in the body)
        assert fast.visible_text == slow.visible_text
    graph = build_graph(got, config)
    assert validate_graph(graph, fast, TODAY) == validate_graph(graph, slow, TODAY)
    assert jsonld_blocks(fast) == jsonld_blocks(slow)


def test_inlined_schema_reports_the_same_errors_as_the_schema_files(config):
    raw = (INPUT / "blog" / "ketamine-for-chronic-pain.html").read_bytes()
    graph = build_graph(extract(Document.from_bytes(raw), config.base_url, "en"), config)
    graph["@graph"][0]["url"] = "not a url"
    graph["@graph"][1]["name"] = ""
    graph["@graph"][1]["acceptedAnswer"]["extra"] = 1
    del graph["@graph"][-1]["name"]
    schema = registry().contents(BASE + "graph.schema.json")
    plain = Draft202012Validator(schema, registry=registry())

    def errors(v):
        return sorted((e.json_path, e.message) for e in v.iter_errors(graph))

    assert len(errors(plain)) >= 4
    assert errors(validator("graph")) == errors(plain)
    assert graph_errors(graph) == errors(plain)
    assert graph_errors(graph) == errors(plain)  # the second time from the node cache
    graph["@graph"] = "not a list"
    assert graph_errors(graph) == errors(plain) != []


def test_node_cache_keeps_errors_apart_for_the_same_node_at_other_positions(config):
    raw = (INPUT / "blog" / "ketamine-for-chronic-pain.html").read_bytes()
    graph = build_graph(extract(Document.from_bytes(raw), config.base_url, "en"), config)
    organization = next(n for n in graph["@graph"] if n["@type"] == "Organization")
    organization["url"] = "not a url"
    first = graph_errors(graph)
    index = graph["@graph"].index(organization)
    assert [path for path, _ in first] == [f"$['@graph'][{index}].url"]
    assert first[0][1].startswith("'not a url' does not match")
    graph["@graph"].insert(0, graph["@graph"].pop(index))
    assert graph_errors(graph) == [("$['@graph'][0].url", first[0][1])]


def _slots(value) -> list[tuple[object, object]]:
    """(container, key or index) of every value inside `value`, at any depth."""
    if isinstance(value, dict):
        pairs = list(value.items())
    elif isinstance(value, list):
        pairs = list(enumerate(value))
    else:
        return []
    return [(value, k) for k, _ in pairs] + [s for _, v in pairs for s in _slots(v)]


def _mutate_deep(node, rng: random.Random) -> None:
    """Change one value anywhere inside `node`: an item of `about` or `mentions`, an
    answer's text, a citation's url... set to a wrong value, removed, duplicated, or the
    same value with its keys in another order."""
    container, key = rng.choice(_slots(node))
    what = rng.random()
    if what < 0.15 and isinstance(container, list):
        container.append(container[key])  # a duplicate item, for uniqueItems
    elif what < 0.3 and isinstance(container, dict):
        del container[key]
    elif what < 0.4 and isinstance(container[key], dict):
        container[key] = {**dict(reversed(container[key].items())), "extra": 1}
    else:
        container[key] = rng.choice(["", " ", 3, True, 1.0, None, ["x"], {"@id": "nope"},
                                     {"@id": 3}, "<script>x</script>", "nope",
                                     {"@id": "https://example.org/x", "b": 1, "a": 2}])


@pytest.mark.slow
def test_graph_errors_equal_the_whole_schema_on_mutated_graphs(config):
    """Per-node, per-type, per-property validation reports exactly what the graph schema
    reports, the first time and the second (from the node and value caches)."""
    import copy

    plain = validator("graph")
    rng = random.Random(5)
    checked = deep = 0
    for name, raw in _pages():
        graph = build_graph(extract(Document.from_bytes(raw), config.base_url + name, "en"), config)
        graph["@graph"][0]["citation"] = [
            {"@type": "CreativeWork", "name": "A trial", "url": "https://example.org/trial"},
            {"@type": "CreativeWork", "name": "A review", "url": "https://example.org/review"}]
        expected = sorted((e.json_path, e.message) for e in plain.iter_errors(graph))
        assert graph_errors(graph) == expected == []
        for attempt in range(36):
            mutant = copy.deepcopy(graph)
            node = rng.choice(mutant["@graph"][:1] * 3 + mutant["@graph"])
            if attempt % 3:
                _mutate_deep(node, rng)
            else:
                value = rng.choice(["", 3, None, ["x"], {"@id": "nope"}, "Thing"])
                node[rng.choice(list(node))] = value
                if rng.random() < 0.2:
                    node["@type"] = rng.choice(["Drug", "Person", ["MedicalWebPage", "FAQPage"],
                                                "Nope"])
                if rng.random() < 0.1:
                    node.pop("@type", None)
            expected = sorted((e.json_path, e.message) for e in plain.iter_errors(mutant))
            assert graph_errors(mutant) == expected
            assert graph_errors(copy.deepcopy(mutant)) == expected  # from the caches
            checked += bool(expected)
            deep += any(path.count(".") + path.count("[") > 3 for path, _ in expected)
    assert checked > 200
    assert deep > 50


def test_value_cache_keeps_errors_apart_by_position_property_and_key_order(config):
    raw = (INPUT / "blog" / "ketamine-for-chronic-pain.html").read_bytes()
    graph = build_graph(extract(Document.from_bytes(raw), config.base_url, "en"), config)
    plain = validator("graph")

    def both():
        expected = sorted((e.json_path, e.message) for e in plain.iter_errors(graph))
        assert graph_errors(graph) == expected
        return expected

    page = graph["@graph"][0]
    page["mentions"][0] = {"@id": "nope"}
    first = both()
    assert [path for path, _ in first] == ["$['@graph'][0].mentions[0]['@id']"]
    page["about"] = [{"@id": "nope"}]  # the same bad item under another property
    page["mentions"].insert(0, page["mentions"].pop(0) | {})
    page["mentions"][0], page["mentions"][-1] = page["mentions"][-1], page["mentions"][0]
    assert [path for path, _ in both()] == [
        "$['@graph'][0].about[0]['@id']",
        f"$['@graph'][0].mentions[{len(page['mentions']) - 1}]['@id']"]
    page["about"] = [{"@id": {"b": 1, "a": 2}}]
    assert both()[0][1] == "{'b': 1, 'a': 2} is not of type 'string'"
    page["about"] = [{"@id": {"a": 2, "b": 1}}]  # equal as JSON, shown in its own order
    assert both()[0][1] == "{'a': 2, 'b': 1} is not of type 'string'"
    page["about"] = [{"@id": True}]
    assert both()[0][1] == "True is not of type 'string'"


_ID = {"type": "string", "pattern": "^https?://"}
_SHAPES = [
    {"type": "object", "required": ["a"], "additionalProperties": False,
     "properties": {"a": {"type": "integer"}, "b": {"type": "array", "uniqueItems": True,
                                                     "items": {"properties": {"@id": _ID}}}},
     "if": {"properties": {"a": {"const": 1}}}, "then": {"required": ["b"]},
     "else": {"not": {"required": ["b"]}}},
    {"type": "array", "minItems": 1, "uniqueItems": True, "contains": {"type": "object"},
     "items": {"type": "object", "required": ["@id"], "properties": {"@id": _ID}}},
    {"type": "array", "items": False},
    {"prefixItems": [{"type": "string"}], "items": {"type": "integer"}},
    {"properties": {"a": {"type": "string"}}, "patternProperties": {"^b": {"type": "integer"}},
     "additionalProperties": False},
    {"allOf": [{"properties": {"a": {"type": "string"}}}], "unevaluatedProperties": False},
    {"properties": {"a": _ID}, "allOf": [{"properties": {"b": {"type": "array",
                                                            "items": _ID}}},
                                         {"required": ["c"]}]},
    {"properties": {"a": False, "b": True, "c": {}}, "additionalProperties": {"type": "null"}},
    {"properties": {"b": {"properties": {"c": False}, "items": {"properties": {"a": False}}},
                    "a": {"anyOf": [_ID, {"type": "array", "items": {"type": "integer"}}]}}},
]
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-2, 2) | st.sampled_from(["", "x", "http://e.x"]),
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.sampled_from(["a", "b", "bb", "c", "@id"]), inner, max_size=4),
    max_leaves=12)


@pytest.mark.slow
@settings(max_examples=300, deadline=None)
@given(shape=st.sampled_from(range(len(_SHAPES))), instance=_JSON)
def test_validation_by_parts_reports_what_the_whole_schema_reports(shape, instance):
    """The shell, property and item split (and the shapes that are not split) give the
    whole schema's errors, the second time from the value cache too."""
    from pipeline.schema_store import _Part

    part = _Part(_SHAPES[shape])
    whole = Draft202012Validator(_SHAPES[shape])
    expected = sorted((e.json_path, e.message) for e in whole.iter_errors(instance))
    assert sorted(part.errors(instance)) == expected
    assert sorted(part.errors(instance)) == expected


@pytest.mark.parametrize("path", sorted((ROOT / "schemas").glob("*.schema.json")),
                         ids=lambda p: p.name)
def test_every_schema_file_is_a_valid_draft_2020_12_schema(path):
    import json

    from jsonschema.exceptions import SchemaError

    schema = json.loads(path.read_text("utf-8"))
    Draft202012Validator.check_schema(schema)  # raises SchemaError for a broken schema
    broken = {**schema, "type": 12}
    with pytest.raises(SchemaError):
        Draft202012Validator.check_schema(broken)


@pytest.mark.parametrize("text", [
    "See https://www.nih.gov/pain and www.example.com/x, or mail info@clinic.example.",
    "No link here: pain. Relief. Dr. Lee's clinic.",
    "A bare domain upcregenerative.example/blog and an ftp://files.example thing",
    "WWW.SHOUTING.COM and Mixed@Case.Org",
    "edge: a@b, x://, www., .com, e.g. i.e. 3.5 mg",
])
def test_url_blanking_without_absent_branches_matches_the_full_pattern(text):
    from pipeline.extract.entities import _url_pattern, blank_urls

    full = _url_pattern(True, True, True, True).sub(lambda m: " " * len(m.group(0)), text)
    assert blank_urls(text) == full
    assert len(blank_urls(text)) == len(text)
