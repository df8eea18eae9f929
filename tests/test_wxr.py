"""WordPress WXR exports: posts built as pages, the new export differs only by insertions."""

from __future__ import annotations

import io
import json
import re
import shutil

import pytest
from defusedxml.ElementTree import fromstring

from pipeline.batch import BuildOptions
from pipeline.cli import main
from pipeline.writeback import MARKER
from pipeline.wxr import build_export, strip_blocks
from pipeline.wxr_items import NS, WxrError

from .conftest import ROOT, TODAY

EXPORT = ROOT / "tests" / "fixtures" / "wxr" / "export.xml"
# the published items of the default post types, `post` and `page` ("about"), in export order
PUBLISHED = ["ketamine-infusions-nerve-pain", "esketamine-session-day", "about",
             "telemedicine-follow-ups"]


def _build(out, config, jobs=1, pages=False, src=EXPORT):
    return list(build_export(src, out, config, TODAY, BuildOptions(jobs=jobs), pages=pages))


def _posts(data: bytes) -> dict[str, tuple[str, str]]:
    """post_name -> (post_type/status, content) of every item, read with defusedxml."""
    root = fromstring(data)
    return {item.findtext("wp:post_name", "", NS) or item.findtext("title"):
            (item.findtext("wp:status", "", NS), item.findtext("content:encoded", "", NS))
            for item in root.iter("item")}


def test_only_insertions_differ_and_removing_them_gives_the_input_back(tmp_path, config):
    results = _build(tmp_path, config)
    assert [r.output.rsplit("#", 1)[1] for r in results] == PUBLISHED
    assert all(r.ok for r in results)
    raw, built = EXPORT.read_bytes(), (tmp_path / "export.xml").read_bytes()
    assert built != raw
    assert strip_blocks(built) == raw
    assert built.count(MARKER.encode()) == 4
    before, after = _posts(raw), _posts(built)
    assert before.keys() == after.keys()
    for name, (status, content) in after.items():
        if name in PUBLISHED:
            block, rest = content.split("</script>\n", 1)
            assert rest == before[name][1]
            result = results[PUBLISHED.index(name)]
            assert json.loads(block.split(">", 1)[1]) == result.graph
        else:
            assert (status, content) == before[name]


def test_graph_facts_come_from_the_item_and_the_faq_from_the_content(tmp_path, config):
    first, second, _about, third = _build(tmp_path, config)
    page = first.graph["@graph"][0]
    assert page["url"] == "https://www.upcregenerative.example/blog/ketamine-infusions-nerve-pain/"
    assert page["name"] == "Ketamine infusions for nerve pain: what to expect"
    assert page["datePublished"] == "2026-06-09T08:00:00+00:00"
    assert page["dateModified"] == "2026-06-22T15:30:00+00:00"
    assert page["lastReviewed"] == "2026-06"
    people = {n["@id"]: n for n in first.graph["@graph"] if n.get("@type") == "Person"}
    assert people[page["author"]["@id"]]["name"] == "Maria Alvarez"  # display name of dc:creator
    assert [q.question for q in first.extraction.faq] == [
        "How many infusions will I need?", "Can I drive home afterwards?"]
    assert [q.question for q in second.extraction.faq] == [
        "How long does a session take?", "Do I keep my antidepressant?"]
    assert "dateModified" not in second.graph["@graph"][0]  # WordPress's zero date
    assert third.graph["@graph"][0]["name"] == "Telemedicine follow-ups & what to prepare"


def test_rebuilding_the_built_export_changes_no_byte_whatever_the_jobs(tmp_path, config):
    _build(tmp_path / "one", config, jobs=1)
    _build(tmp_path / "two", config, jobs=2)
    once = (tmp_path / "one" / "export.xml").read_bytes()
    assert (tmp_path / "two" / "export.xml").read_bytes() == once
    again = _build(tmp_path / "again", config, src=tmp_path / "one" / "export.xml")
    assert (tmp_path / "again" / "export.xml").read_bytes() == once
    assert not any(r.changed for r in again)


def test_pages_writes_one_standalone_page_per_post(tmp_path, config):
    results = _build(tmp_path, config, pages=True)
    pages = sorted(p.name for p in (tmp_path / "export").glob("*.html"))
    assert pages == sorted(f"{name}.html" for name in PUBLISHED)
    html = (tmp_path / "export" / "esketamine-session-day.html").read_text("utf-8")
    link = "https://www.upcregenerative.example/blog/esketamine-session-day/"
    assert f'<link rel="canonical" href="{link}">' in html
    assert html.count(MARKER) == 1 and "<summary>How long does a session take?</summary>" in html
    assert results[1].ok


@pytest.mark.parametrize("attack", [
    '<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>',
    '<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
])
def test_entity_expansion_and_external_entities_are_refused(tmp_path, config, attack):
    src = tmp_path / "evil.xml"
    text = EXPORT.read_text("utf-8").replace("<rss version", attack + "\n<rss version", 1)
    src.write_text(text.replace("<description>Pain", "<description>&b;&xxe;Pain"), "utf-8")
    with pytest.raises(WxrError, match="refused"):
        _build(tmp_path / "out", config, src=src)
    assert not (tmp_path / "out" / "evil.xml").exists()
    assert not list((tmp_path / "out").glob("*.tmp"))


def test_not_an_export_is_a_clear_error(tmp_path, config):
    src = tmp_path / "feed.xml"
    src.write_text("<html><body>no</body></html>")
    with pytest.raises(WxrError, match="not a WXR export"):
        _build(tmp_path / "out", config, src=src)


def test_cli_builds_an_export_into_the_out_folder(tmp_path):
    src = tmp_path / "site-export.xml"
    shutil.copy(EXPORT, src)
    out = io.StringIO()
    code = main(["build", str(src), "--out", str(tmp_path / "out"), "--jobs", "2", "--config",
                 str(ROOT / "pipeline.toml"), "--today", "2026-11-26"], out, io.StringIO())
    assert code == 0, out.getvalue()
    assert strip_blocks((tmp_path / "out" / "site-export.xml").read_bytes()) == src.read_bytes()
    assert re.search(r"^4 pages: 4 written", out.getvalue(), re.M)  # 3 posts and a page


def test_an_out_path_that_is_the_export_itself_is_refused(tmp_path, config):
    src = tmp_path / "export.xml"
    shutil.copy(EXPORT, src)
    with pytest.raises(WxrError, match="would overwrite the export"):
        _build(tmp_path, config, src=src)
    with pytest.raises(WxrError, match="would overwrite the export"):
        _build(src, config, src=src)
    assert src.read_bytes() == EXPORT.read_bytes()


# Issue 14: exports WordPress writes or reads that used to build nothing or be refused whole.

@pytest.mark.parametrize("namespace", ["http://wordpress.org/export/1.0/",
                                       "http://wordpress.org/export/1.1/",
                                       "https://wordpress.org/export/1.2/"])
def test_every_wxr_namespace_wordpress_reads_is_read(namespace, tmp_path, config):
    src = tmp_path / "export.xml"
    src.write_bytes(EXPORT.read_bytes().replace(b"http://wordpress.org/export/1.2/",
                                                namespace.encode()))
    results = _build(tmp_path / "out", config, src=src)
    assert sorted(r.source.split("#")[1] for r in results) == sorted(PUBLISHED)
    assert all(r.ok for r in results)


def test_an_export_in_which_no_item_can_be_read_is_an_error(tmp_path):
    src = tmp_path / "export.xml"
    src.write_bytes(EXPORT.read_bytes().replace(b"http://wordpress.org/export/1.2/",
                                                b"http://wordpress.org/export/9.9/"))
    err = io.StringIO()
    code = main(["build", str(src), "--out", str(tmp_path / "out"), "--config",
                 str(ROOT / "pipeline.toml")], io.StringIO(), err)
    assert code == 2 and "none of its" in err.getvalue() and "could be read" in err.getvalue()
    assert not (tmp_path / "out" / "export.xml").exists()


def test_an_export_declared_iso_8859_1_is_read_with_its_declaration(tmp_path, config):
    data = EXPORT.read_bytes().replace(b'encoding="UTF-8"', b'encoding="ISO-8859-1"')
    data = data.replace(b"<title>", "<title>Caf\u00e9 ".encode("latin-1"), 3)
    src = tmp_path / "export.xml"
    src.write_bytes(data)
    results = _build(tmp_path / "out", config, src=src)
    assert len(results) == 4 and all(r.ok for r in results), [r.error for r in results]
    assert any("Caf\u00e9" in json.dumps(r.graph, ensure_ascii=False) for r in results)


def test_one_bad_item_costs_that_item_only_with_its_absolute_line(tmp_path, config):
    data = EXPORT.read_bytes()
    at = data.index(b"<wp:post_name><![CDATA[esketamine-session-day]]>")
    data = data[:at] + b"\x0b" + data[at:]  # a vertical tab: not a character XML allows
    src = tmp_path / "export.xml"
    src.write_bytes(data)
    line = data[:at].count(b"\n") + 1
    results = _build(tmp_path / "out", config, src=src)
    bad = [r for r in results if r.error]
    assert len(results) == 4 and len(bad) == 1
    assert f"line {line} of {src}" in bad[0].error
    built = (tmp_path / "out" / "export.xml").read_bytes()
    assert built.count(MARKER.encode()) == 3 and b"\x0b" in built


def test_namespaces_declared_on_the_channel_are_seen(tmp_path, config):
    data = EXPORT.read_bytes()
    decl = b'\n\txmlns:wp="http://wordpress.org/export/1.2/"\n'
    assert decl in data
    data = data.replace(decl, b"\n").replace(b"<channel>", b"<channel" + decl.rstrip() + b">")
    src = tmp_path / "export.xml"
    src.write_bytes(data)
    results = _build(tmp_path / "out", config, src=src)
    assert len(results) == 4 and all(r.ok for r in results), [r.error for r in results]
