"""WordPress exports in full: every post type the config names, and `check`, `validate`,
`extract` on an export as `build` accepts it; `--shard` refused; a base_url that is not
the export's channel link warned about (pipeline/exports.py)."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from pipeline.cli import main

from .conftest import ROOT

EXPORT = ROOT / "tests" / "fixtures" / "wxr" / "export.xml"
SLUGS = ["ketamine-infusions-nerve-pain", "esketamine-session-day", "about",
         "telemedicine-follow-ups"]


def run(*argv: str, config: Path = ROOT / "pipeline.toml") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main([*argv, "--config", str(config), "--today", "2026-11-26"], out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def export(tmp_path) -> Path:
    src = tmp_path / "export.xml"
    shutil.copy(EXPORT, src)
    return src


def _config(tmp_path: Path, extra: str) -> Path:
    path = tmp_path / "site.toml"
    path.write_text((ROOT / "pipeline.toml").read_text(encoding="utf-8") + extra, encoding="utf-8")
    return path


def test_posts_and_pages_are_built_by_default_and_the_config_names_the_types(export, tmp_path):
    code, out, _ = run("build", str(export), "--out", str(tmp_path / "a"))
    assert code == 0 and "4 pages: 4 written" in out and "export.xml#about" in out
    only_posts = _config(tmp_path, '\n[wordpress]\npost_types = ["post"]\n')
    code, out, _ = run("build", str(export), "--out", str(tmp_path / "b"), config=only_posts)
    assert "3 pages: 3 written" in out and "#about" not in out
    # a custom post type is built when named
    export.write_text(export.read_text(encoding="utf-8").replace(
        "<wp:post_type><![CDATA[page]]></wp:post_type>",
        "<wp:post_type><![CDATA[treatment]]></wp:post_type>"), encoding="utf-8")
    custom = _config(tmp_path, '\n[wordpress]\npost_types = ["post", "treatment"]\n')
    code, out, _ = run("build", str(export), "--out", str(tmp_path / "c"), config=custom)
    assert "4 pages: 4 written" in out and "export.xml#about" in out


def test_check_an_export_missing_built_then_stale(export, tmp_path):
    out_dir = str(tmp_path / "out")
    code, out, _ = run("check", str(export), "--out", out_dir)
    assert code == 1 and out.count("OUTPUT_MISSING") == 4 and "4 missing" in out
    assert run("build", str(export), "--out", out_dir)[0] == 0
    code, out, _ = run("check", str(export), "--out", out_dir)
    assert code == 0 and "4 up to date" in out and "check passed" in out
    for slug in SLUGS:
        assert f"{tmp_path / 'out' / 'export.xml'}#{slug}" in out
    export.write_text(export.read_text(encoding="utf-8").replace(
        "How long does a session take?", "How long is a session?"), encoding="utf-8")
    code, out, _ = run("check", str(export), "--out", out_dir)
    assert code == 1 and "1 would change" in out
    assert f"WOULD CHANGE {tmp_path / 'out' / 'export.xml'}#esketamine-session-day" in out


def test_validate_and_extract_read_an_export(export, tmp_path):
    code, out, _ = run("validate", str(export))
    assert code == 1 and out.count("JSONLD_MISSING") == 4 and "4 pages: 0 valid, 4 invalid" in out
    run("build", str(export), "--out", str(tmp_path / "out"))
    code, out, _ = run("validate", str(tmp_path / "out" / "export.xml"))
    assert code == 0 and "4 pages: 4 valid, 0 invalid" in out
    code, out, _ = run("extract", str(export))
    report = json.loads(out)
    assert code == 0 and [p["source"].rsplit("#")[1] for p in report["posts"]] == SLUGS
    first = report["posts"][0]
    assert first["jsonld"]["@graph"][0]["url"] == \
        "https://www.upcregenerative.example/blog/ketamine-infusions-nerve-pain/"
    assert [q["question"] for q in first["extraction"]["faq"]] == [
        "How many infusions will I need?", "Can I drive home afterwards?"]


def test_shard_on_an_export_is_refused_not_ignored(export, tmp_path):
    code, out, err = run("build", str(export), "--out", str(tmp_path), "--shard", "1/2")
    assert code == 2 and "--shard does not apply to a WordPress export" in err
    assert not (tmp_path / "export.xml").exists() or (tmp_path / "export.xml") == export


def test_a_base_url_on_another_host_than_the_channel_link_is_warned_about(export, tmp_path):
    code, _, err = run("build", str(export), "--out", str(tmp_path / "a"))
    assert code == 0 and "warning" not in err
    other = tmp_path / "other.toml"
    other.write_text((ROOT / "pipeline.toml").read_text(encoding="utf-8").replace(
        'base_url = "https://www.upcregenerative.example/"',
        'base_url = "https://staging.example.org/"'), encoding="utf-8")
    for command in (["build", str(export), "--out", str(tmp_path / "b")],
                    ["check", str(export), "--out", str(tmp_path / "b")],
                    ["validate", str(export)], ["extract", str(export)]):
        _, _, err = run(*command, config=other)
        assert ("healthld: warning: " + str(export) + ": the export's channel link is "
                "https://www.upcregenerative.example but site.base_url is "
                "https://staging.example.org/") in err, command
