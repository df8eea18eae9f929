"""What a build loads (pipeline/loading.py): deferred packages, and the healthld process,
which leaves out soupsieve and bs4's html5lib tree builder and writes the same bytes."""

from __future__ import annotations

import importlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.batch import BuildOptions, discover
from pipeline.loading import deferred
from pipeline.run import build_pages

from .conftest import INPUT, ROOT, SEED, TODAY

FIXTURES = ROOT / "tests" / "fixtures"


def test_a_deferred_package_runs_its_init_on_the_first_attribute_only(tmp_path, monkeypatch):
    package = tmp_path / "slowpkg"
    package.mkdir()
    (package / "__init__.py").write_text(
        "import sys\nsys.slowpkg_runs = getattr(sys, 'slowpkg_runs', 0) + 1\nVALUE = 42\n")
    (package / "part.py").write_text("PART = 'part'\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delattr(sys, "slowpkg_runs", raising=False)
    try:
        deferred("slowpkg")
        from slowpkg.part import PART  # a submodule: the package's __init__ does not run

        assert PART == "part" and not hasattr(sys, "slowpkg_runs")
        slowpkg = importlib.import_module("slowpkg")
        assert slowpkg.VALUE == 42 and sys.slowpkg_runs == 1  # the first attribute runs it
        assert slowpkg.VALUE == 42 and sys.slowpkg_runs == 1  # once
        deferred("slowpkg")  # already imported: left as it is
        assert sys.modules["slowpkg"] is slowpkg
    finally:
        for name in ("slowpkg", "slowpkg.part"):
            sys.modules.pop(name, None)


def test_a_package_that_is_not_there_is_not_deferred():
    deferred("no_such_package_here")
    assert "no_such_package_here" not in sys.modules


_PROCESS = """
import json, sys
from pipeline.__main__ import run
sys.argv = ["healthld", *sys.argv[1:]]
code = run()
names = ("soupsieve.css_parser", "charset_normalizer.api", "bs4.builder._html5lib", "html5lib",
         "rdflib", "mf2py", "jsonschema")
print(json.dumps([code, [n for n in names if sys.modules.get(n) is not None]]))
"""


def _healthld(src: Path, out: Path) -> tuple[int, list[str]]:
    """Build `src` into `out` as the `healthld` command does: (exit code, the listed
    libraries it loaded)."""
    argv = ["build", str(src), "--out", str(out), "--jobs", "1", "-q",
            "--config", str(ROOT / "pipeline.toml"), "--today", TODAY.isoformat()]
    done = subprocess.run([sys.executable, "-c", _PROCESS, *argv], cwd=ROOT, text=True,
                          capture_output=True, check=True)
    code, loaded = json.loads(done.stdout.strip().splitlines()[-1])
    return code, loaded


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*.html"))}


@pytest.mark.slow
def test_the_healthld_process_loads_less_and_writes_the_same_bytes(tmp_path, config):
    src = tmp_path / "in"
    shutil.copytree(INPUT, src)
    code, loaded = _healthld(src, tmp_path / "cli")
    # no CSS selectors, no encoding guesses, no html5lib, no syntax extruct is not asked
    # for, no jsonschema (the config and every graph valid by the compiled checks)
    assert loaded == []
    library = tmp_path / "library"
    results = list(build_pages(discover([src], library), config, TODAY,
                               BuildOptions(out=library)))
    assert code == 0 and all(r.ok for r in results)
    assert _files(tmp_path / "cli") == _files(library)

    # A head <noscript> before our block: the browser's reading (html5lib) is checked, so
    # html5lib is imported by that page; and pages with other tools' microdata and RDFa,
    # read by extruct's extractors. The same bytes as the library's.
    # Microdata alone (a theme's itemscope on <body>) does not load the RDFa reader.
    shutil.copy(FIXTURES / "existing" / "microdata-faq.html", src / "microdata-faq.html")
    code, loaded = _healthld(src, tmp_path / "cli-microdata")
    assert code == 0 and loaded == []
    (src / "microdata-faq.html").unlink()

    page = SEED.read_bytes().replace(
        b"<head>", b'<head><noscript><link rel="stylesheet" href="/x.css"></noscript>', 1)
    assert page != SEED.read_bytes()
    (src / "blog" / SEED.name).write_bytes(page)
    for name in ("microdata-faq.html", "rdfa-stale-faq.html"):
        shutil.copy(FIXTURES / "existing" / name, src / name)
    code, loaded = _healthld(src, tmp_path / "cli")
    assert "html5lib" in loaded and "rdflib" in loaded
    list(build_pages(discover([src], library), config, TODAY, BuildOptions(out=library)))
    assert _files(tmp_path / "cli") == _files(library)
