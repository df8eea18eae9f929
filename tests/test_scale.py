"""Scale: process pool, incremental manifest, prune, shards, progress and -q/-v."""

from __future__ import annotations

import dataclasses
import io
import json
import random
import shutil
from pathlib import Path

import pytest

import pipeline
from pipeline.batch import BuildOptions, discover
from pipeline.cli import main
from pipeline.manifest import FORMAT, MANIFEST_NAME, input_hash
from pipeline.run import build_pages
from pipeline.runner import in_shard

from .conftest import INPUT, ROOT, TODAY
from .test_region import _generator


@pytest.fixture
def site(tmp_path) -> Path:
    """The sample export plus a few generated themed pages, in a folder of their own."""
    src = tmp_path / "in"
    shutil.copytree(INPUT, src)
    gen = _generator()
    rng = random.Random(3)
    for i in range(9):
        (src / "gen").mkdir(exist_ok=True)
        (src / "gen" / f"page-{i}.html").write_text(gen.page(i, rng), encoding="utf-8")
    return src


def _build(src: Path, out: Path, config, **options) -> list:
    jobs = discover([src], out)  # prune stays under the roots built (issue 14)
    return list(build_pages(jobs, config, TODAY,
                            BuildOptions(out=out, roots=(str(src.absolute()),), **options)))


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file() and p.name != MANIFEST_NAME}


@pytest.mark.slow
def test_output_is_byte_identical_and_in_job_order_whatever_the_process_count(site, tmp_path,
                                                                              config):
    one = _build(site, tmp_path / "j1", config, jobs=1)
    two = _build(site, tmp_path / "j2", config, jobs=2)
    three = _build(site, tmp_path / "j3", config, jobs=3)
    assert len(_tree(tmp_path / "j1")) == sum(r.ok for r in one) >= 3
    assert _tree(tmp_path / "j1") == _tree(tmp_path / "j2") == _tree(tmp_path / "j3")
    order = [Path(r.source).relative_to(site).as_posix() for r in one]
    assert order == sorted(order)
    for other in (two, three):
        assert [Path(r.source).relative_to(site).as_posix() for r in other] == order
        assert [r.graph for r in other] == [r.graph for r in one]


def test_a_second_build_skips_every_page_and_a_changed_input_is_rebuilt_alone(site, tmp_path,
                                                                              config):
    out = tmp_path / "out"
    first = _build(site, out, config)
    assert not any(r.skipped for r in first)
    manifest = json.loads((out / MANIFEST_NAME).read_text())
    page = site / "blog" / "ketamine-for-chronic-pain.html"
    entry = manifest["pages"]["blog/ketamine-for-chronic-pain.html"]
    assert entry["input"] == input_hash(page.read_bytes())
    assert entry["tool"] == pipeline.__version__ and len(entry["config"]) == 16
    assert all(r.skipped for r in _build(site, out, config) if r.ok)

    page.write_bytes(page.read_bytes().replace(b"Ketamine has gone", b"Ketamine went"))
    third = _build(site, out, config)
    rebuilt = [Path(r.source).name for r in third if not r.skipped and r.ok]
    assert rebuilt == ["ketamine-for-chronic-pain.html"]
    assert b"Ketamine went" in (out / "blog" / "ketamine-for-chronic-pain.html").read_bytes()


@pytest.mark.slow
def test_a_config_or_tool_change_rebuilds_everything(site, tmp_path, config, monkeypatch):
    out = tmp_path / "out"
    _build(site, out, config)
    changed = dataclasses.replace(config, site_name=config.site_name + " Clinic")
    assert not any(r.skipped for r in _build(site, out, changed))
    assert all(r.skipped for r in _build(site, out, changed) if r.ok)
    monkeypatch.setattr(pipeline, "__version__", "99.0.0")
    assert not any(r.skipped for r in _build(site, out, changed))
    assert not any(r.skipped for r in _build(site, out, changed, force=True))


def test_a_deleted_output_or_an_unreadable_manifest_is_rebuilt(site, tmp_path, config):
    out = tmp_path / "out"
    _build(site, out, config)
    (out / "patients" / "first-telemedicine-consult.html").unlink()
    again = _build(site, out, config)
    assert [Path(r.source).name for r in again if not r.skipped and r.ok] == [
        "first-telemedicine-consult.html"]
    (out / MANIFEST_NAME).write_text("{not json")
    assert not any(r.skipped for r in _build(site, out, config))
    assert json.loads((out / MANIFEST_NAME).read_text())["format"] == FORMAT
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_a_failed_page_is_not_recorded_and_is_retried(site, tmp_path, config):
    out = tmp_path / "out"
    (site / "broken.html").write_bytes(b"\xff\xfe" + "x".encode("utf-16-le"))
    _build(site, out, config)
    assert "broken.html" not in json.loads((out / MANIFEST_NAME).read_text())["pages"]
    again = _build(site, out, config)
    assert "broken.html" in [Path(r.source).name for r in again if not r.skipped]
    rebuilt = [Path(r.source).name for r in again if not r.skipped]
    assert "ketamine-for-chronic-pain.html" not in rebuilt


def test_prune_removes_outputs_of_deleted_inputs_only_when_asked(site, tmp_path, config):
    out = tmp_path / "out"
    _build(site, out, config)
    (site / "blog" / "spravato-treatment-sessions.html").unlink()
    _build(site, out, config)
    assert (out / "blog" / "spravato-treatment-sessions.html").exists()
    results = _build(site, out, config, prune=True)
    pruned = [r for r in results if r.source == "(input removed)"]
    assert [Path(r.output).name for r in pruned] == ["spravato-treatment-sessions.html"]
    assert not (out / "blog" / "spravato-treatment-sessions.html").exists()
    assert (out / "blog" / "ketamine-for-chronic-pain.html").exists()
    recorded = json.loads((out / MANIFEST_NAME).read_text())["pages"]
    assert "blog/spravato-treatment-sessions.html" not in recorded
    assert not [r for r in _build(site, out, config, prune=True) if r.source == "(input removed)"]


def test_shards_are_disjoint_cover_everything_and_do_not_depend_on_order(site, tmp_path, config):
    rels = [job.rel for job in discover([site], tmp_path / "out")]
    for n in (1, 2, 3, 5):
        parts = [[r for r in rels if in_shard(r, (k, n))] for k in range(1, n + 1)]
        assert sorted(r for part in parts for r in part) == sorted(rels)
        backwards = [[r for r in reversed(rels) if in_shard(r, (k, n))] for k in range(1, n + 1)]
        assert [part[::-1] for part in backwards] == parts
    built = {}
    for k in (1, 2):
        results = _build(site, tmp_path / f"s{k}", config, shard=(k, 2))
        built[k] = {Path(r.source).relative_to(site).as_posix() for r in results}
        assert built[k] == {r for r in rels if in_shard(r, (k, 2))}
    assert built[1] and built[2] and not built[1] & built[2]


def test_prune_in_a_shard_leaves_the_other_shards_outputs(site, tmp_path, config):
    out = tmp_path / "out"
    _build(site, out, config)
    recorded = set(json.loads((out / MANIFEST_NAME).read_text())["pages"])
    for page in site.rglob("*.html"):
        page.unlink()
    pruned = [r for r in _build(site, out, config, shard=(1, 2), prune=True)]
    names = {Path(r.output).relative_to(out).as_posix() for r in pruned}
    assert names == {rel for rel in recorded if in_shard(rel, (1, 2))}
    assert names and all(not (out / n).exists() for n in names)
    assert all((out / rel).exists() for rel in recorded - names)


def run(*argv: str, out: io.StringIO | None = None) -> tuple[int, str]:
    out = out or io.StringIO()
    code = main([*argv, "--config", str(ROOT / "pipeline.toml"), "--today", "2026-11-26"],
                out, io.StringIO())
    return code, out.getvalue()


def test_cli_jobs_quiet_verbose_prune_and_shard(site, tmp_path):
    out = tmp_path / "out"
    code, text = run("build", str(site), "--out", str(out), "-j", "2", "-q")
    assert code in (0, 1)
    assert all(not line.startswith("OK") for line in text.splitlines())
    assert "12 pages: " in text.splitlines()[-1]
    code, text = run("build", str(site), "--out", str(out), "-v")
    # a skipped page is SKIP, or OK / WARN with the findings its manifest entry kept
    assert text.count("unchanged since the last build") == 12 - text.count("ERROR") >= 3
    labels = [line[:7] for line in text.splitlines() if "unchanged since" in line]
    assert set(labels) <= {"SKIP   ", "WARN   ", "OK     "} and "SKIP   " in labels
    (site / "gen" / "page-0.html").unlink()
    code, text = run("build", str(site), "--out", str(out), "--prune")
    assert "PRUNED " in text and text.rstrip().endswith("1 output pruned")
    code, text = run("build", str(site), "--out", str(tmp_path / "s"), "--shard", "2/2")
    rels = [job.rel for job in discover([site], tmp_path / "out")]
    assert text.splitlines()[-1].startswith(f"{sum(in_shard(r, (2, 2)) for r in rels)} pages")


@pytest.mark.parametrize("bad", ["3/2", "0/2", "x", "1/0", "1/2/3"])
def test_a_bad_shard_or_jobs_value_is_a_usage_error(tmp_path, bad):
    assert run("build", str(INPUT), "--out", str(tmp_path), "--shard", bad)[0] == 2
    assert run("build", str(INPUT), "--out", str(tmp_path), "--jobs", "0")[0] == 2


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_progress_bar_only_on_a_terminal(tmp_path, capsys):
    run("build", str(INPUT), "--out", str(tmp_path / "a"))
    assert capsys.readouterr().err == ""
    out = _Terminal()
    run("build", str(INPUT), "--out", str(tmp_path / "b"), out=out)
    assert "/3 [" in capsys.readouterr().err
    assert out.getvalue().splitlines()[-1].startswith("3 pages")


def test_an_old_unchanged_input_is_not_read_again_and_a_changed_one_is(site, tmp_path, config,
                                                                       monkeypatch):
    import os
    import time

    import pipeline.runner as runner

    hour_ago = time.time_ns() - 3600 * 10**9
    for page in site.rglob("*.html"):
        os.utime(page, ns=(hour_ago, hour_ago))
    out = tmp_path / "out"
    _build(site, out, config)
    read: list[str] = []
    real_read = runner.read_job

    def counting(job, limit):
        read.append(Path(job.source).name)
        return real_read(job, limit)

    monkeypatch.setattr(runner, "read_job", counting)
    assert all(r.skipped for r in _build(site, out, config) if r.ok)
    assert read == []  # size and mtime unchanged, modified long before it was hashed
    page = site / "blog" / "spravato-treatment-sessions.html"
    page.write_bytes(page.read_bytes().replace(b"Esketamine is given", b"Esketamine is taken"))
    again = _build(site, out, config)
    assert read == ["spravato-treatment-sessions.html"]
    assert [Path(r.source).name for r in again if not r.skipped] == [page.name]


def test_a_page_built_anyway_is_read_once_and_its_built_bytes_are_recorded(site, tmp_path,
                                                                            config, monkeypatch):
    """With no entry that could match (a first build, a changed config, --force), the runner
    does not read a page to hash it: the worker's hash of the bytes it built from is
    recorded. Only a page whose entry matches but for the input is read to compare."""
    import pipeline.runner as runner

    parent_reads: list[Path] = []
    real_read = runner.read_job
    monkeypatch.setattr(runner, "read_job",
                        lambda job, limit: parent_reads.append(job.source) or real_read(job, limit))
    out = tmp_path / "out"
    first = _build(site, out, config)
    assert parent_reads == [] and all(not r.skipped for r in first)
    pages = json.loads((out / MANIFEST_NAME).read_text("utf-8"))["pages"]
    for r in first:
        if r.ok:
            rel = Path(r.output).relative_to(out).as_posix()
            assert pages[rel]["input"] == input_hash(Path(r.source).read_bytes()) == r.input_sha256
    _build(site, out, config, force=True)
    assert parent_reads == []
    changed = dataclasses.replace(config, language="de")
    assert all(not r.skipped for r in _build(site, out, changed))
    assert parent_reads == []


def test_an_input_modified_just_before_it_was_hashed_is_read_again(site, tmp_path, config,
                                                                   monkeypatch):
    import pipeline.runner as runner

    out = tmp_path / "out"
    _build(site, out, config)  # gen/ pages were written a moment ago: too close to trust
    read: list[Path] = []
    real_read = runner.read_job
    monkeypatch.setattr(runner, "read_job",
                        lambda job, limit: read.append(job.source) or real_read(job, limit))
    assert all(r.skipped for r in _build(site, out, config) if r.ok)
    assert sorted(read) == sorted((site / "gen").glob("*.html"))  # input/ copies keep old mtimes


@pytest.mark.slow
def test_a_no_op_build_loads_no_page_parser_and_a_real_build_does(site, tmp_path):
    """The no-op's fixed cost is mostly imports: with every page unchanged, BeautifulSoup,
    lxml, extruct and the parser-bound modules must stay unloaded (runner.prepare loads
    them when the first page has to be built). jsonschema is loaded by none of them: the
    config and every graph are valid by their compiled schemas (schema_store), and the
    manifest shows that the same config file was validated by the last build."""
    import subprocess
    import sys

    out = tmp_path / "out"
    heavy = ("bs4", "lxml", "extruct", "pipeline.build", "pipeline.document")
    script = ("import sys, io; from pipeline.cli import main; "
              "code = main(sys.argv[1:], io.StringIO()); "
              f"print(code, sorted(m for m in {(*heavy, 'jsonschema')!r} if m in sys.modules))")
    argv = ["build", str(site), "--out", str(out), "--jobs", "1",
            "--config", str(ROOT / "pipeline.toml"), "--today", TODAY.isoformat()]

    def run() -> str:
        done = subprocess.run([sys.executable, "-c", script, *argv], cwd=ROOT, text=True,
                              capture_output=True, check=True)
        return done.stdout.strip()

    assert run() == f"0 {sorted(heavy)}"  # the first build parses every page
    assert run() == "0 []"  # the second finds them all unchanged
    (site / "blog" / "ketamine-for-chronic-pain.html").write_bytes(
        (site / "blog" / "ketamine-for-chronic-pain.html").read_bytes() + b"\n")
    assert run() == f"0 {sorted(heavy)}"  # one changed page: the parser is back


def test_a_config_file_changed_since_the_last_build_is_checked_against_the_schema(site, tmp_path,
                                                                                  monkeypatch):
    """The manifest records the digest of the config file a build read; any other bytes
    (or another tool version) are validated in full."""
    from pipeline.config import config_digest
    from pipeline.manifest import validated_config

    out, conf = tmp_path / "out", tmp_path / "site.toml"
    text = (ROOT / "pipeline.toml").read_text(encoding="utf-8")
    conf.write_text(text, encoding="utf-8")
    argv = ["build", str(site), "--out", str(out), "--today", TODAY.isoformat(), "--config", str(conf)]
    assert main(argv, io.StringIO(), io.StringIO()) == 0
    assert validated_config(out) == config_digest(conf.read_bytes())
    conf.write_text(text.replace("[site]", "[site]\nunknown_key = 1", 1), encoding="utf-8")
    err = io.StringIO()
    assert main(argv, io.StringIO(), err) == 2
    assert "unknown_key" in err.getvalue() and str(conf) in err.getvalue()
    assert "specialty" in text  # a specialty that is no MedicalSpecialty member: other bytes
    conf.write_text(text.replace("specialty = [", 'specialty = ["Witchcraft", ', 1), encoding="utf-8")
    err = io.StringIO()
    assert main(argv, io.StringIO(), err) == 2 and "Witchcraft" in err.getvalue()
    conf.write_text(text, encoding="utf-8")  # the validated bytes again: not checked again
    import pipeline.config
    import pipeline.schema_store

    def no_schema_check(name):
        raise AssertionError(f"the {name} schema was checked again")

    monkeypatch.setattr(pipeline.schema_store, "validator", no_schema_check)
    monkeypatch.setattr(pipeline.config, "members", no_schema_check)  # nor the vocabulary
    out_text = io.StringIO()
    assert main(argv, out_text, io.StringIO()) == 0
    assert "0 written" in out_text.getvalue()


def test_a_build_with_no_page_writes_no_manifest(tmp_path):
    (tmp_path / "in").mkdir()
    out = tmp_path / "out"
    argv = ["build", str(tmp_path / "in"), "--out", str(out), "--config", str(ROOT / "pipeline.toml")]
    assert main(argv, io.StringIO(), io.StringIO()) == 0
    assert not out.exists()


def test_loading_pauses_the_garbage_collector_and_puts_it_back_as_it_was(config):
    """runner.prepare loads with the collector paused (start-up makes no garbage) and must
    leave it running: bs4 trees are cyclic, a build without it would grow without bound."""
    import gc

    from pipeline.runner import collector_paused, prepare

    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    prepare(config)
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen  # a library caller's process: nothing frozen
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # a caller's choice is kept
    finally:
        gc.enable()


def _duplicates(results, config) -> set[tuple[str, str]]:
    from pipeline.sitewide import site_findings

    return {(Path(r.source).name, f.message) for r, f in site_findings(results, config)
            if f.code == "FAQ_DUPLICATE_SITE"}


def test_an_incremental_build_finds_the_duplicates_a_full_build_finds(site, tmp_path, config):
    """A question marked up on a rebuilt page and on a skipped one is a duplicate: the
    skipped page's Questions come from its manifest entry. A no-op build finds it too."""
    original = site / "blog" / "ketamine-for-chronic-pain.html"
    copy = site / "blog" / "copy.html"
    copy.write_bytes(original.read_bytes())
    out = tmp_path / "out"
    full = _build(site, out, config)
    expected = _duplicates(full, config)
    assert {name for name, _ in expected} == {original.name, copy.name}
    entries = json.loads((out / MANIFEST_NAME).read_text("utf-8"))["pages"]
    assert entries["blog/copy.html"]["questions"] == entries[
        "blog/ketamine-for-chronic-pain.html"]["questions"] != []

    copy.write_bytes(copy.read_bytes() + b"\n")
    partial = _build(site, out, config)
    assert [Path(r.source).name for r in partial if not r.skipped] == [copy.name]
    assert _duplicates(partial, config) == expected
    noop = _build(site, out, config)
    assert all(r.skipped for r in noop)
    assert _duplicates(noop, config) == expected
    with_force = _build(site, out, config, force=True)
    assert _duplicates(with_force, config) == expected


def test_a_manifest_of_the_previous_format_rebuilds_every_page(site, tmp_path, config):
    """Format-1 entries have no Questions: skipping their pages would hide duplicates."""
    out = tmp_path / "out"
    _build(site, out, config)
    data = json.loads((out / MANIFEST_NAME).read_text("utf-8"))
    data["format"] = 1
    for entry in data["pages"].values():
        del entry["questions"]
    (out / MANIFEST_NAME).write_text(json.dumps(data), encoding="utf-8")
    assert not any(r.skipped for r in _build(site, out, config))


@pytest.mark.parametrize("pages", [{}, {"b/x.html": {"input": "ab", "questions": [[1, "Ça?", 3]]},
                                        'a/"q"\\n.html': {"size": 1, "findings": []}}])
def test_the_manifest_file_is_one_entry_a_line_and_reads_back_the_same(tmp_path, pages):
    from pipeline.manifest import Manifest

    manifest = Manifest(tmp_path, {}, "digest")
    for key, entry in pages.items():
        manifest.record(key, entry)
    manifest.dirty = True
    assert manifest.save() is None
    text = (tmp_path / MANIFEST_NAME).read_text("utf-8")
    assert json.loads(text) == {"format": FORMAT, "config_digest": "digest", "pages": pages}
    lines = text.splitlines()
    assert len(lines) == len(pages) + 2  # the head, one line per page, the end
    assert sorted(lines[1:-1]) == lines[1:-1]  # in key order: the same entries, the same bytes
    assert Manifest.load(tmp_path).pages == pages


def test_the_parsed_manifest_is_handed_over_only_while_the_file_is_the_same(tmp_path):
    import os

    from pipeline.manifest import Manifest, validated_config

    def write(pages: dict) -> None:
        tmp = tmp_path / "new.json"
        tmp.write_text(json.dumps({"format": FORMAT, "config_digest": "d", "pages": pages}))
        os.utime(tmp, ns=(10**18, 10**18))
        os.replace(tmp, tmp_path / MANIFEST_NAME)  # same size, same mtime, another file

    write({"a": {"input": "AAAA"}})
    assert validated_config(tmp_path) == "d"
    write({"a": {"input": "BBBB"}})
    assert Manifest.load(tmp_path).pages == {"a": {"input": "BBBB"}}
    assert validated_config(tmp_path) == "d"
    assert Manifest.load(tmp_path).pages == {"a": {"input": "BBBB"}}  # handed over
    assert Manifest.load(tmp_path).pages == {"a": {"input": "BBBB"}}  # read again


def test_a_folder_named_real_and_dot_paths_in_output_checks(site, tmp_path, config):
    from pipeline.inputs import output_problem

    (site / "real").mkdir()
    (site / "real" / "a.html").write_bytes((site / "blog" / "spravato-treatment-sessions.html")
                                           .read_bytes())
    (site / "zz.html").write_bytes((site / "real" / "a.html").read_bytes())
    results = _build(site, tmp_path / "out", config)
    assert all(r.ok for r in results if Path(r.source).name in ("a.html", "zz.html"))
    resolved: dict = {}
    assert output_problem(tmp_path, "a.html", resolved) is None
    for rel in (".", "./", "", "../x.html", "a/../../x.html"):
        assert "would leave the output folder" in output_problem(tmp_path, rel, resolved)
