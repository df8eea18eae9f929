"""Living beside other tools' structured data: one fixture page per situation under
`tests/fixtures/existing/`, with what must happen under each `--existing` policy in
`<name>.json` (findings, reused @ids, whether the page is written, FAQPages after).

The built page is read back with extruct, every syntax (JSON-LD block by block, so a
broken block cannot hide the others; microdata; RDFa), and its FAQPage nodes counted.
Regenerate the expected files after an intended change with `UPDATE_GOLDEN=1`.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pytest
from extruct.jsonld import JsonLdExtractor
from extruct.rdfa import RDFaExtractor
from extruct.utils import parse_xmldom_html
from extruct.w3cmicrodata import MicrodataExtractor
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.batch import BuildOptions, Job
from pipeline.build import process_page
from pipeline.existing import nodes
from pipeline.graph import types_of
from pipeline.policy import KEEP, POLICIES, REPLACE
from pipeline.writeback import MARKER, ld_json_spans

from .conftest import ROOT, TODAY

FIXTURES = ROOT / "tests" / "fixtures" / "existing"
PAGES = sorted(FIXTURES.glob("*.html"))
# The findings this feature is about; others (governance, dates) are tested elsewhere.
CODES = {"FAQ_ALREADY_MARKED_UP", "FAQ_STALE_MARKUP", "PAGE_NODE_DUPLICATE", "JSONLD_OTHER_REMOVED",
         "JSONLD_OTHER_INVALID", "FAQPAGE_COUNT", "FAQ_NOT_VISIBLE"}


def structured_data(page: bytes) -> dict[str, list]:
    """Every typed node a consumer reads from `page`, per syntax, with extruct."""
    tree = parse_xmldom_html(page, encoding="utf-8")
    jsonld = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            jsonld += JsonLdExtractor().extract_items(script)
        except ValueError:  # a broken block: unusable for every consumer, skipped
            continue
    return {"json-ld": jsonld,
            "microdata": MicrodataExtractor().extract_items(tree, None),
            "rdfa": RDFaExtractor().extract_items(tree, None)}


def faqpage_count(page: bytes) -> int:
    data = structured_data(page)
    count = sum("FAQPage" in types_of(n) for n in nodes(data["json-ld"]))
    count += sum(t.endswith("/FAQPage") for item in data["microdata"]
                 for t in (item["type"] if isinstance(item["type"], list) else [item["type"]]))
    count += sum(t.endswith("/FAQPage") for n in data["rdfa"] for t in n.get("@type", []))
    return count


def build(page: Path, tmp_path: Path, config, policy: str):
    out = tmp_path / policy / page.name
    result = process_page(Job(page, out, page.name), config, TODAY, options=BuildOptions(existing=policy))
    return result, out


def observed(page: Path, tmp_path: Path, config, policy: str) -> dict:
    result, out = build(page, tmp_path, config, policy)
    assert result.error is None, result.error
    node = result.graph["@graph"][0]
    ids = {n["@type"]: n["@id"] for n in result.graph["@graph"]
           if n["@type"] in ("Organization", "WebSite")}
    return {
        "findings": sorted([f.code, f.severity] for f in result.findings if f.code in CODES),
        "page_id": node["@id"],
        "organization_id": ids["Organization"],
        "website_id": ids["WebSite"],
        "our_faqpage": "FAQPage" in types_of(node),
        "written": out.exists(),
        "faqpages_after": faqpage_count(out.read_bytes()) if out.exists() else None,
    }


@pytest.mark.parametrize("policy", POLICIES)
@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_existing_markup_matches_expected(page, policy, tmp_path, config):
    expected_file = page.with_suffix(".json")
    got = observed(page, tmp_path, config, policy)
    if os.environ.get("UPDATE_GOLDEN"):
        expected = json.loads(expected_file.read_text("utf-8")) if expected_file.exists() else {}
        expected[policy] = got
        expected_file.write_text(json.dumps(expected, indent=2, sort_keys=True) + "\n", "utf-8")
    assert got == json.loads(expected_file.read_text("utf-8"))[policy]


def test_every_existing_fixture_has_expected_data():
    assert PAGES and sorted(p.with_suffix(".html") for p in FIXTURES.glob("*.json")) == PAGES


@pytest.mark.parametrize("policy", POLICIES)
@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_a_written_page_never_carries_two_faqpages(page, policy, tmp_path, config):
    result, out = build(page, tmp_path, config, policy)
    if out.exists():
        assert faqpage_count(out.read_bytes()) <= 1


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_keep_leaves_other_blocks_byte_identical(page, tmp_path, config):
    result, out = build(page, tmp_path, config, KEEP)
    if not out.exists():
        return
    before = [page.read_bytes()[a:b] for a, b, _ in ld_json_spans(page.read_bytes())]
    after = [out.read_bytes()[a:b] for a, b, _ in ld_json_spans(out.read_bytes())]
    assert after == before


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_replace_removes_only_blocks_that_claim_the_page(page, tmp_path, config):
    """Under `replace`, the output is the input minus the removed script elements (and
    their lines), plus our block: no other byte changes."""
    result, out = build(page, tmp_path, config, REPLACE)
    if not out.exists():
        return
    raw, written = page.read_bytes(), out.read_bytes()
    ours_start = written.index(b'<script type="application/ld+json" class="' + MARKER.encode())
    ours_end = written.index(b"</script>", ours_start) + len(b"</script>")
    without_ours = written[:ours_start] + written[ours_end:].removeprefix(b"\n")
    removed = [s for s in ld_json_spans(raw) if s[2] not in {c for *_, c in ld_json_spans(written)}]
    rebuilt = raw
    for start, end, _ in reversed(removed):
        end += 1 if rebuilt[end:end + 1] == b"\n" else 0
        rebuilt = rebuilt[:start] + rebuilt[end:]
    assert without_ours == rebuilt


def test_broken_block_does_not_stop_our_block_from_being_read(tmp_path, config):
    result, out = build(FIXTURES / "broken-jsonld-block.html", tmp_path, config, KEEP)
    written = out.read_bytes()
    assert b'"openingHours": "Mo-Fr 08:00-17:00",\n}' in written  # left exactly as it was
    ours = [n for n in structured_data(written)["json-ld"] if "@graph" in n]
    assert ours == [result.graph]


def test_ids_already_on_the_page_are_reused(tmp_path, config):
    result, out = build(FIXTURES / "other-tool-ids.html", tmp_path, config, KEEP)
    graph = result.graph["@graph"]
    page = graph[0]
    assert page["@id"] == "https://www.upcregenerative.example/blog/is-ketamine-addictive/#webpage"
    assert page["isPartOf"] == {"@id": "https://www.upcregenerative.example/#site"}
    assert page["publisher"] == {"@id": "https://www.upcregenerative.example/#org"}
    # One page node for the URL across both tools' blocks: the same @id, merged.
    merged = {n.get("@id") for n in nodes(structured_data(out.read_bytes())["json-ld"])
              if set(types_of(n)) & {"WebPage", "MedicalWebPage"}}
    assert merged == {page["@id"]}


def test_stale_markup_names_the_stale_question(tmp_path, config):
    result, _ = build(FIXTURES / "yoast-graph-stale-faq.html", tmp_path, config, KEEP)
    stale = [f for f in result.findings if f.code == "FAQ_STALE_MARKUP"]
    assert len(stale) == 1 and "Can I drive home after an infusion?" in stale[0].message
    assert "Can I eat before an infusion?" in stale[0].message  # on the page, not marked up


def test_pages_without_microdata_or_rdfa_never_build_an_lxml_tree(monkeypatch, config, tmp_path):
    import pipeline.existing as existing

    def refuse(*args, **kwargs):
        raise AssertionError("an lxml tree was built for a page without microdata or RDFa")

    monkeypatch.setattr(existing, "parse_xmldom_html", refuse)
    result, _ = build(FIXTURES / "yoast-graph-matching-faq.html", tmp_path, config, KEEP)
    assert result.error is None


QUESTIONS = ["Does it hurt?", "How long does it take?", "Is it covered by insurance?",
             "Can I drive afterwards?", "Who can have it?"]


def _page_with(visible: list[str], marked_up: list[str], syntax: str) -> bytes:
    """A page whose visible FAQ is `visible` and whose other tool marks up `marked_up`."""
    url = "https://www.upcregenerative.example/blog/generated/"
    faq = "".join(f"<h3>{q}</h3><p>Answer to {q.lower()}</p>" for q in visible)
    head = body_markup = ""
    if syntax == "json-ld" and marked_up:
        graph = {"@context": "https://schema.org", "@graph": [
            {"@type": ["WebPage", "FAQPage"], "@id": url, "url": url,
             "mainEntity": [{"@id": f"{url}#q{i}"} for i in range(len(marked_up))]},
            *({"@type": "Question", "@id": f"{url}#q{i}", "name": q,
               "acceptedAnswer": {"@type": "Answer", "text": f"Answer to {q.lower()}"}}
              for i, q in enumerate(marked_up))]}
        head = f'<script type="application/ld+json">{json.dumps(graph)}</script>'
    elif syntax == "microdata" and marked_up:
        items = "".join(
            '<div itemscope itemprop="mainEntity" itemtype="https://schema.org/Question" hidden>'
            f'<span itemprop="name">{q}</span></div>' for q in marked_up)
        body_markup = f'<div itemscope itemtype="https://schema.org/FAQPage">{items}</div>'
    return (f'<!DOCTYPE html><html lang="en"><head><title>T</title><link rel="canonical" href="{url}">'
            f"{head}</head><body><main><h1>Generated</h1>"
            + (f"<h2>FAQ</h2>{faq}" if visible else "") + f"{body_markup}</main></body></html>").encode()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(visible=st.lists(st.sampled_from(QUESTIONS), unique=True, max_size=4),
       marked_up=st.lists(st.sampled_from(QUESTIONS), unique=True, max_size=4),
       syntax=st.sampled_from(["json-ld", "microdata"]), policy=st.sampled_from(POLICIES))
def test_no_markup_combination_ends_with_two_faqpages(visible, marked_up, syntax, policy, config,
                                                      tmp_path):
    with tempfile.TemporaryDirectory(dir=tmp_path) as folder:
        source = Path(folder) / "page.html"
        source.write_bytes(_page_with(visible, marked_up, syntax))
        out = Path(folder) / "out.html"
        result = process_page(Job(source, out, "page.html"), config, TODAY,
                              options=BuildOptions(existing=policy))
        assert result.error is None
        if out.exists():
            assert faqpage_count(out.read_bytes()) <= 1
        stale = [f for f in result.findings if f.code == "FAQ_STALE_MARKUP"]
        kept_theirs = marked_up and not (policy == REPLACE and syntax == "json-ld")
        # Their FAQ stays and differs from what is visible: always reported, never written.
        if kept_theirs and set(marked_up) != set(visible):
            assert stale and not out.exists()


def test_cli_existing_flag_chooses_the_policy_and_a_policy_change_rebuilds(tmp_path, capsys):
    from .test_cli import run

    stale = str(FIXTURES / "yoast-graph-stale-faq.html")
    code, out, _ = run("build", stale, "--out", str(tmp_path), "-j", "1")
    assert code == 1 and "FAQ_STALE_MARKUP" in out and "Can I drive home" in out
    assert not (tmp_path / "yoast-graph-stale-faq.html").exists()

    matching = str(FIXTURES / "yoast-graph-matching-faq.html")
    built = tmp_path / "yoast-graph-matching-faq.html"
    code, out, _ = run("build", matching, "--out", str(tmp_path), "-j", "1")
    assert code == 0 and "FAQ left to another tool's FAQPage" in out
    kept = built.read_bytes()
    assert b"yoast-schema-graph" in kept and faqpage_count(kept) == 1
    # The manifest must not skip the page: another policy writes other bytes.
    code, out, _ = run("build", matching, "--out", str(tmp_path), "-j", "1", "--existing", "replace")
    assert code == 0 and "1 written" in out
    replaced = built.read_bytes()
    assert b"yoast-schema-graph" not in replaced and faqpage_count(replaced) == 1

    code, _, _ = run("build", matching, "--out", str(tmp_path), "--existing", "merge")
    assert code == 2 and "invalid choice: 'merge'" in capsys.readouterr().err


def test_extract_reports_the_plan_for_other_tools_markup(capsys):
    from .test_cli import run

    code, out, _ = run("extract", str(FIXTURES / "microdata-faq.html"))
    report = json.loads(out)
    assert code == 0
    assert "FAQPage" not in report["jsonld"]["@graph"][0]["@type"]
    assert ["FAQ_ALREADY_MARKED_UP", "info"] in [[f["code"], f["severity"]] for f in report["findings"]]


@pytest.mark.parametrize("policy", POLICIES)
@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_building_a_built_page_again_changes_no_byte(page, policy, tmp_path, config):
    result, out = build(page, tmp_path, config, policy)
    if not out.exists():
        return
    again = tmp_path / "again" / page.name
    second = process_page(Job(out, again, page.name), config, TODAY,
                          options=BuildOptions(existing=policy))
    assert second.error is None and again.read_bytes() == out.read_bytes()
    assert second.graph == result.graph


@pytest.mark.parametrize("codec, label", [("shift_jis", "Shift_JIS"), ("cp1252", "windows-1252")])
def test_microdata_is_read_in_the_pages_own_encoding(codec, label, tmp_path, config):
    text = (FIXTURES / "microdata-faq.html").read_text("utf-8")
    question = "Does Medicare cover Spravato?"
    local = {"shift_jis": "メディケアはスプラバトを保険適用しますか？", "cp1252": "Does Medicare cover Spravató?"}
    text = text.replace('<meta charset="utf-8">', f'<meta charset="{label}">')
    source = tmp_path / "page.html"
    source.write_bytes(text.replace(question, local[codec]).encode(codec))
    result = process_page(Job(source, tmp_path / "out.html", "page.html"), config, TODAY)
    assert [f.code for f in result.findings if f.code.startswith("FAQ_")] == ["FAQ_ALREADY_MARKED_UP"]


@pytest.mark.parametrize(("visible", "theirs"), [
    ("Can I drive home after an infusion – or take a taxi?",
     "Can I drive home after an infusion - or take a taxi?"),
    ("What’s a “booster” infusion?", "What's a \"booster\" infusion?"),
    ("Does it hurt?", "&lt;strong&gt;Does it hurt?&lt;/strong&gt;"),
    ("Does it hurt?", "<strong>Does it hurt?</strong>"),
])
def test_other_tools_names_are_compared_as_a_reader_reads_them(visible, theirs, config, tmp_path):
    """A plugin's JSON-LD writing ' and - where the page prints ’ and –, or escaped tags in
    a name, carries the same question: not FAQ_STALE_MARKUP (issue 12, refused pages)."""
    source = tmp_path / "page.html"
    page = _page_with([visible, "How long does it take?"], ["X", "How long does it take?"],
                      "json-ld").decode()
    source.write_text(page.replace(json.dumps("X")[1:-1], json.dumps(theirs)[1:-1], 1),
                      encoding="utf-8")
    result = process_page(Job(source, tmp_path / "out.html", "page.html"), config, TODAY,
                          options=BuildOptions(existing=KEEP))
    codes = {f.code for f in result.findings}
    assert "FAQ_STALE_MARKUP" not in codes and "FAQ_ALREADY_MARKED_UP" in codes
