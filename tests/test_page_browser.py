"""A built page in a real headless browser (Debian's chromium, as in test_report_browser):
on a page whose head holds a tracking pixel's `<noscript><img></noscript>`, the browser
sees exactly one `application/ld+json` script carrying our marker (issue 14: it saw 0
when the block went inside the noscript)."""

from __future__ import annotations

import json

import pytest
from selenium.webdriver.common.by import By

from pipeline.batch import Job
from pipeline.build import process_page

from .conftest import SEED, TODAY
from .test_report_browser import browser, monkeypatch_module  # noqa: F401  (fixtures)

pytestmark = pytest.mark.slow  # subprocesses or a real browser: `make test-fast` skips them


def test_chromium_sees_our_block_on_a_page_with_a_head_noscript_pixel(browser, tmp_path, config):  # noqa: F811
    src = tmp_path / "pixel.html"
    src.write_bytes(SEED.read_bytes().replace(
        b"</head>",
        b'<noscript><img height="1" width="1" src="https://tracker.invalid/tr?ev=PageView">'
        b"</noscript>\n</head>"))
    out = tmp_path / "out.html"
    result = process_page(Job(src, out, "pixel.html"), config, TODAY)
    assert result.error is None, result.error
    browser.get(out.as_uri())
    scripts = browser.find_elements(By.CSS_SELECTOR, 'script[type="application/ld+json"]')
    ours = [s for s in scripts if "healthld-graph" in (s.get_attribute("class") or "").split()]
    assert len(ours) == 1
    text = browser.execute_script("return arguments[0].textContent", ours[0])
    assert json.loads(text) == result.graph


def test_chromium_sees_our_block_on_a_page_with_a_head_template(browser, tmp_path):  # noqa: F811
    """A `<template>` in the head holding body content: the block went inside it, where
    lxml and html5lib see a script but a browser keeps it in the template's inert content
    (0 scripts). It goes before the template."""
    from pipeline.writeback import splice
    graph = {"@context": "https://schema.org", "@type": "WebPage", "name": "x"}
    page = tmp_path / "template.html"
    page.write_bytes(splice(b"<!DOCTYPE html><html><head><title>T</title><template><p>x</p>"
                            b"</template></head><body><p>Text.</p></body></html>", graph))
    browser.get(page.as_uri())
    ours = [s for s in browser.find_elements(By.CSS_SELECTOR, "script")
            if "healthld-graph" in (s.get_attribute("class") or "").split()]
    assert [json.loads(browser.execute_script("return arguments[0].textContent", s))
            for s in ours] == [graph]
