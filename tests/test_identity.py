"""One page identity: a page's output path and fallback URL come from its place in the
site (its path relative to the config's input root, `[build] input`, default `input/`
beside the config file), not from how it was named on the command line."""

from __future__ import annotations

import io
import json
import re
import shutil
from pathlib import Path

import pytest

from pipeline.batch import discover, page_url
from pipeline.cli import main
from pipeline.config import load_config
from pipeline.inputs import OutputPathError

from .conftest import INPUT, ROOT

BASE = "https://www.upcregenerative.example/"


@pytest.fixture
def site(tmp_path, monkeypatch) -> Path:
    """A site repository: pipeline.toml, input/ (the sample pages plus one page with no
    canonical link), the current folder, as pre-commit and CI run."""
    shutil.copytree(INPUT, tmp_path / "input")
    shutil.copy(ROOT / "pipeline.toml", tmp_path / "pipeline.toml")
    page = (INPUT / "blog" / "spravato-treatment-sessions.html").read_text(encoding="utf-8")
    page = re.sub(r'\s*<link rel="canonical"[^>]*>|\s*<meta property="og:url"[^>]*>', "", page)
    (tmp_path / "input" / "blog" / "no-canonical.html").write_text(page, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main([*argv, "--today", "2026-11-26"], out, err)
    return code, out.getvalue(), err.getvalue()


NAMINGS = [["input"], ["input/blog"], ["input/blog/no-canonical.html"],
           ["./input/patients/../blog/no-canonical.html"], ["ABS/input/blog/no-canonical.html"],
           ["input/blog/no-canonical.html", "input/blog/spravato-treatment-sessions.html"]]


@pytest.mark.parametrize("names", NAMINGS, ids=lambda n: " ".join(n))
def test_every_way_of_naming_a_page_gives_the_same_output_and_url(site, names):
    config = load_config("pipeline.toml")
    paths = [Path(n.replace("ABS", str(site))) for n in names]
    jobs = {j.source.name: j for j in discover(paths, Path("output"), config.input_root)}
    job = jobs["no-canonical.html"]
    assert job.rel == "blog/no-canonical.html"
    assert job.output == Path("output/blog/no-canonical.html")
    assert page_url(config, job.rel) == BASE + "blog/no-canonical.html"


def test_check_of_one_file_agrees_with_the_folder_build(site):
    """The issue's report: after a folder build, `check input/blog/x.html` said
    MISSING output/x.html and exited 1."""
    assert run("build")[0] == 0
    code, out, _ = run("check", "input/blog/ketamine-for-chronic-pain.html")
    assert code == 0, out
    assert out.startswith("WARN         output/blog/ketamine-for-chronic-pain.html\n")
    assert "MISSING" not in out and "check passed" in out
    code, out, _ = run("check", "input/blog/no-canonical.html", "input/patients")
    assert code == 0 and "2 up to date" in out


def test_a_page_without_canonical_link_gets_one_url_from_build_file_build_and_extract(site):
    url = BASE + "blog/no-canonical.html"
    run("build")
    folder_built = (site / "output" / "blog" / "no-canonical.html").read_text(encoding="utf-8")
    assert f'"url":"{url}"' in folder_built.replace(" ", "")
    run("build", "input/blog/no-canonical.html", "--out", "single")
    assert (site / "single" / "blog" / "no-canonical.html").read_bytes() == \
        (site / "output" / "blog" / "no-canonical.html").read_bytes()
    code, out, _ = run("extract", "input/blog/no-canonical.html")
    assert json.loads(out)["extraction"]["facts"]["url"] == url


def test_the_config_names_the_input_root_and_output_folder(site):
    (site / "input").rename(site / "pages")
    toml = (site / "pipeline.toml").read_text(encoding="utf-8")
    (site / "pipeline.toml").write_text(
        toml + '\n[build]\ninput = "pages"\noutput = "public"\n', encoding="utf-8")
    code, out, _ = run("build")
    assert code == 0 and "4 pages: 4 written" in out
    assert (site / "public" / "blog" / "no-canonical.html").is_file()
    code, out, _ = run("check", "pages/blog/no-canonical.html")
    assert code == 0 and out.startswith("OK           public/blog/no-canonical.html")


def test_the_input_root_is_relative_to_the_config_file_not_the_current_folder(site, tmp_path,
                                                                             monkeypatch):
    monkeypatch.chdir(site / "input")
    code, out, _ = run("check", "blog/ketamine-for-chronic-pain.html", "--config",
                       "../pipeline.toml", "--out", str(site / "output"))
    assert code == 1 and f"MISSING      {site / 'output' / 'blog'}" in out


def test_a_page_outside_the_input_root_keeps_its_name(site):
    shutil.copy(site / "input" / "blog" / "no-canonical.html", site / "loose.html")
    code, _, _ = run("build", "loose.html", "--out", "elsewhere")
    assert code == 0 and (site / "elsewhere" / "loose.html").is_file()
    jobs = discover([site / "input" / "blog"], None, None)  # no root: the folder's paths
    assert sorted(j.rel for j in jobs) == sorted(p.name for p in (site / "input/blog").iterdir())


def test_an_output_folder_inside_the_input_root_is_refused_for_a_page_under_it(site):
    with pytest.raises(OutputPathError, match="inside the input folder input"):
        discover([Path("input/blog/no-canonical.html")], Path("input/built"), Path("input"))
    # the folder build into input/ itself would overwrite the page with its own output
    before = (site / "input" / "blog" / "no-canonical.html").read_bytes()
    code, _, err = run("build", "input/blog/no-canonical.html", "--out", "input")
    assert code == 2 and "--out input is the input folder" in err
    assert (site / "input" / "blog" / "no-canonical.html").read_bytes() == before
