"""Inputs and conditions that used to end in a traceback (issue 14): each is now one
clear line, and the run goes on where it can."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys

import pytest

from pipeline.cli import main

from .conftest import ROOT, SEED
from .test_cli import run


def _numbers(schema, path=""):
    """(path, subschema) for every integer or number in a JSON Schema."""
    stack = [(path, schema)]
    while stack:
        where, node = stack.pop()
        if isinstance(node, dict):
            if node.get("type") in ("integer", "number"):
                yield where, node
            stack += [(f"{where}.{k}", v) for k, v in node.items()]
        elif isinstance(node, list):
            stack += [(where, v) for v in node]


def test_every_number_in_the_config_schema_is_bounded():
    schema = json.loads((ROOT / "schemas" / "config.schema.json").read_text())
    found = list(_numbers(schema))
    assert found
    def bounded(node, side):  # "minimum" or "exclusiveMinimum" (likewise maximum)
        return side in node or "exclusive" + side.capitalize() in node

    assert [w for w, node in found
            if not bounded(node, "maximum") or not bounded(node, "minimum")] == []


def test_a_huge_review_age_exits_2_naming_the_key(tmp_path):
    cfg = tmp_path / "site.toml"
    cfg.write_text((ROOT / "pipeline.toml").read_text()
                   + "\n[governance]\nmax_review_age_months = 99999999999\n"
                   if "[governance]" not in (ROOT / "pipeline.toml").read_text() else
                   (ROOT / "pipeline.toml").read_text().replace(
                       "[governance]", "[governance]\nmax_review_age_months = 99999999999", 1))
    err = io.StringIO()
    code = main(["build", str(SEED), "--out", str(tmp_path / "o"), "--config", str(cfg)],
                io.StringIO(), err)
    assert code == 2 and "governance.max_review_age_months" in err.getvalue()
    assert not (tmp_path / "o").exists()


@pytest.mark.slow
def test_a_closed_pipe_ends_the_build_quietly(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for i in range(12):
        shutil.copy(SEED, src / f"p{i}.html")
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "build", str(src), "--out", str(tmp_path / "out"),
         "--jobs", "1", "--config", str(ROOT / "pipeline.toml")],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.readline()
    proc.stdout.close()  # `| head -1`
    err = proc.stderr.read().decode()
    assert proc.wait() == 141
    assert "Traceback" not in err and "Exception ignored" not in err


def test_a_file_name_that_is_not_utf8_is_reported_without_a_traceback(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    name = os.fsdecode(b"caf\xe9.html")  # a latin-1 file name on a UTF-8 system
    shutil.copy(SEED, src / name)
    reports = [tmp_path / f"r{ext}" for ext in (".json", ".html", ".xml", ".sarif")]
    code, out, _ = run("build", str(src), "--out", str(tmp_path / "out"),
                       *(a for r in reports for a in ("--report", str(r))))
    assert code == 0
    for report in reports:  # each is valid UTF-8 and names the page
        text = report.read_bytes().decode("utf-8")
        assert "caf\ufffd.html" in text or "caf\\ufffd.html" in text



def _with_head_script(tmp_path, name, content: bytes):
    src = tmp_path / name
    src.write_bytes(SEED.read_bytes().replace(
        b"</head>", b'<script type="application/ld+json">' + content + b"</script>\n</head>"))
    return src


def test_json_ld_nested_deeper_than_a_parser_reads_is_reported_and_the_page_built(tmp_path,
                                                                                  config):
    from pipeline.batch import Job
    from pipeline.build import process_page

    from .conftest import TODAY

    for name, content in (("arrays.html", b"[" * 100_000 + b"]" * 100_000),
                          ("objects.html", b'{"a":' * 5_000 + b"1" + b"}" * 5_000)):
        src = _with_head_script(tmp_path, name, content)
        result = process_page(Job(src, tmp_path / "out" / name, name), config, TODAY)
        assert result.error is None, result.error
        assert any("nested deeper" in f.message for f in result.findings)


@pytest.mark.slow
def test_json_ld_over_ten_megabytes_refuses_the_page_with_the_reason(tmp_path, config):
    from dataclasses import replace

    from pipeline.batch import Job
    from pipeline.build import process_page

    from .conftest import TODAY

    big = b'{"@context": "https://schema.org", "@type": "Thing", "name": "' + b"x" * 10_500_000 + b'"}'
    src = _with_head_script(tmp_path, "big.html", big)
    result = process_page(Job(src, tmp_path / "big.html.out", "big.html"),
                          replace(config, max_page_bytes=50_000_000), TODAY)
    assert result.error and "10,500,06" in result.error and "10,000,000 bytes" in result.error
    assert not (tmp_path / "big.html.out").exists()
