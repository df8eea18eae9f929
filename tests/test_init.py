"""`healthld init`: a commented pipeline.toml that a build accepts as it is, from an
empty site repository (issue 16's "done when")."""

from __future__ import annotations

import io
import re
import shutil

import pytest

from pipeline.cli import main
from pipeline.config import load_config

from .conftest import SEED


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(list(argv), out, err), out.getvalue(), err.getvalue()


def test_init_then_build_in_an_empty_site(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, _ = run("init", "--base-url", "https://www.example.org", "--name", "Example Health")
    assert code == 0 and out.startswith("wrote pipeline.toml")
    config = load_config("pipeline.toml")
    assert config.base_url == "https://www.example.org/"  # the "/" added
    assert config.site_name == config.publisher.name == "Example Health"
    (tmp_path / "input" / "blog").mkdir(parents=True)
    shutil.copy(SEED, tmp_path / "input" / "blog" / "article.html")
    code, out, _ = run("build", "--today", "2026-11-26")
    assert code == 0 and "1 page: 1 written" in out
    built = (tmp_path / "output" / "blog" / "article.html").read_text(encoding="utf-8")
    assert '"@id":"https://www.example.org/#website"' in built.replace(" ", "")
    assert run("check", "input/blog/article.html", "--today", "2026-11-26")[0] == 0


def test_every_commented_key_is_valid_when_uncommented(tmp_path):
    path = tmp_path / "site.toml"
    assert run("init", "--base-url", "https://clinic.example/", "--config", str(path))[0] == 0
    text = path.read_text(encoding="utf-8")
    assert '[site]\n' in text and 'name = "clinic.example"' in text
    opened = re.sub(r"(?m)^# (\[|[a-z_]+ = |\"blog)", r"\1", text)
    assert opened.count("\n# ") < text.count("\n# ")
    path.write_text(opened, encoding="utf-8")
    config = load_config(path)
    assert config.existing == "keep" and config.post_types == ("post", "page")
    assert [r.name for r in config.reviewers] == ["Jane Doe"]


@pytest.mark.parametrize("argv, message", [
    (["--base-url", "www.example.org"], "is not an absolute URL"),
    (["--base-url", "https://a.example/"], "already exists; edit it, or give --force"),
])
def test_init_refuses_a_bad_url_and_an_existing_file(tmp_path, monkeypatch, argv, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pipeline.toml").write_text("# mine\n")
    code, _, err = run("init", *argv)
    assert code == 2 and message in err
    assert (tmp_path / "pipeline.toml").read_text() == "# mine\n"
    assert run("init", "--base-url", "https://a.example/", "--force")[0] == 0
