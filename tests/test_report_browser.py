"""The HTML report in a real headless browser: Debian's chromium, driven by Selenium through
Debian's chromedriver (nothing is downloaded). Opens the report file, reads the table rows,
sorts a column, and clicks the severity filters."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

from .test_reports import EXTRA, mixed_run, page_names

pytestmark = pytest.mark.slow  # subprocesses or a real browser: `make test-fast` skips them

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
INSTALL = "apt-get update && apt-get install -y chromium chromium-driver"

if not (CHROMIUM and CHROMEDRIVER):
    if os.environ.get("CI"):  # .ci/run installs the browser: in CI this test must run
        pytest.fail(f"chromium/chromedriver missing in CI; .ci/run should have run: {INSTALL}",
                    pytrace=False)
    pytest.skip(f"needs Debian's chromium and chromedriver; install them with: {INSTALL}",
                allow_module_level=True)


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("browser-site")
    _, _, reports = mixed_run(root)
    return reports["html"]


@pytest.fixture(scope="module")
def browser(tmp_path_factory, monkeypatch_module):
    monkeypatch_module.setenv("SE_OFFLINE", "true")  # Selenium Manager must not fetch anything
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as mp:
        yield mp


def visible_pages(driver) -> list[str]:
    rows = driver.find_elements(By.CSS_SELECTOR, "#pages tbody tr")
    return [Path(r.find_element(By.CSS_SELECTOR, "td").text).name for r in rows if r.is_displayed()]


def click(driver, selector: str) -> None:
    driver.find_element(By.CSS_SELECTOR, selector).click()


def test_the_table_lists_every_page_with_its_status(browser, report):
    browser.get(report.as_uri())
    assert browser.title == "healthld build report"
    assert sorted(visible_pages(browser)) == sorted(page_names())
    statuses = {}
    for row in browser.find_elements(By.CSS_SELECTOR, "#pages tbody tr"):
        cells = row.find_elements(By.CSS_SELECTOR, "td")
        statuses[Path(cells[0].text).name] = cells[1].text
    for _, name, _, severity, _ in EXTRA:
        assert statuses[name] == severity
    # the counts are of pages (the issue: "Warnings (4665)" counted findings)
    assert browser.find_element(By.ID, "count-error").text == "1 page with errors"
    warned = [s for s in browser.find_elements(By.CSS_SELECTOR, "section.page")
              if s.find_elements(By.CSS_SELECTOR, "li.finding.warning")]
    assert len(warned) >= 1  # REVIEW_MISSING on unreviewed.html
    assert browser.find_element(By.ID, "count-warning").text == \
        f"{len(warned)} page{'s' if len(warned) != 1 else ''} with warnings"
    assert browser.find_element(By.CSS_SELECTOR, '#filters button[data-severity="warning"]'
                                ).text == f"warning ({len(warned)} page{'s' * (len(warned) != 1)})"


def test_the_severity_filter_shows_only_matching_pages_and_findings(browser, report):
    browser.get(report.as_uri())
    click(browser, '#filters button[data-severity="error"]')
    assert visible_pages(browser) == ["hidden-answer.html"]
    shown = [li for li in browser.find_elements(By.CSS_SELECTOR, "li.finding") if li.is_displayed()]
    assert shown and all(li.get_attribute("data-severity") == "error" for li in shown)
    assert "is not visible on the page" in shown[0].text
    assert browser.find_element(By.CSS_SELECTOR, '#filters button[data-severity="error"]'
                                ).get_attribute("aria-pressed") == "true"

    click(browser, '#filters button[data-severity="info"]')
    assert "community.html" in visible_pages(browser)
    assert "hidden-answer.html" not in visible_pages(browser)

    click(browser, '#filters button[data-severity="all"]')
    assert sorted(visible_pages(browser)) == sorted(page_names())


def test_the_filter_follows_the_address(browser, report):
    browser.get(report.as_uri() + "#severity=warning")
    shown = visible_pages(browser)
    assert "unreviewed.html" in shown and "hidden-answer.html" not in shown
    assert "spravato-treatment-sessions.html" not in shown


def test_clicking_a_header_sorts_the_table(browser, report):
    browser.get(report.as_uri())
    errors_header = '#pages thead th:nth-child(4)'
    click(browser, errors_header)  # ascending: the page with an error comes last
    assert visible_pages(browser)[-1] == "hidden-answer.html"
    click(browser, errors_header)  # descending: first
    assert visible_pages(browser)[0] == "hidden-answer.html"
    assert browser.find_element(By.CSS_SELECTOR, errors_header).get_attribute(
        "aria-sort") == "descending"


def test_each_page_shows_its_pretty_printed_jsonld(browser, report):
    browser.get(report.as_uri())
    section = browser.find_element(By.CSS_SELECTOR, "section.page")
    section = next(s for s in browser.find_elements(By.CSS_SELECTOR, "section.page")
                   if s.find_elements(By.CSS_SELECTOR, "details.jsonld"))
    section.find_element(By.CSS_SELECTOR, "details.jsonld summary").click()
    pre = section.find_element(By.CSS_SELECTOR, "details.jsonld pre").text
    assert pre.startswith("{\n  \"@context\": \"https://schema.org\"")


def test_pages_with_problems_come_first(browser, report):
    browser.get(report.as_uri())
    order = {"error": 0, "warning": 1, "info": 2, "ok": 3}
    statuses = [row.find_elements(By.CSS_SELECTOR, "td")[1].text
                for row in browser.find_elements(By.CSS_SELECTOR, "#pages tbody tr")]
    assert statuses == sorted(statuses, key=order.__getitem__) and statuses[0] == "error"
    assert statuses[-1] == "ok"


def test_the_search_box_filters_by_page_question_and_reviewer(browser, report):
    browser.get(report.as_uri())
    box = browser.find_element(By.ID, "search")
    box.send_keys("hidden-answer")
    assert visible_pages(browser) == ["hidden-answer.html"]
    box.clear()
    box.send_keys("Guiang")  # the reviewer of the sample pages
    shown = visible_pages(browser)
    assert "ketamine-for-chronic-pain.html" in shown and "unreviewed.html" not in shown
    box.clear()
    box.send_keys("Spravato session take")  # words of a question
    assert visible_pages(browser) == ["spravato-treatment-sessions.html"]
    box.clear()
    box.send_keys(" ")
    assert sorted(visible_pages(browser)) == sorted(page_names())


def test_one_table_shows_what_was_extracted(browser, report):
    browser.get(report.as_uri())
    headers = [th.text for th in browser.find_elements(By.CSS_SELECTOR, "#pages thead th")]
    assert headers[6:9] == ["Questions", "Reviewer", "Last reviewed"]
    row = next(r for r in browser.find_elements(By.CSS_SELECTOR, "#pages tbody tr")
               if "ketamine-for-chronic-pain.html" in r.text)
    cells = row.find_elements(By.CSS_SELECTOR, "td")
    assert len(cells[6].find_elements(By.CSS_SELECTOR, "li")) == 3
    assert cells[7].text == "Rainier Guiang" and cells[8].text == "2026-06"


def test_severities_are_named_the_same_everywhere_and_paths_are_behind_details(browser, report):
    browser.get(report.as_uri())
    text = browser.find_element(By.TAG_NAME, "body").text
    assert "Notes" not in text and "note" not in text.lower().split()
    labels = {li.find_element(By.CSS_SELECTOR, ".sev").text
              for li in browser.find_elements(By.CSS_SELECTOR, "li.finding")}
    assert labels <= {"error", "warning", "info"}
    buttons = [b.text.split(" ")[0]
               for b in browser.find_elements(By.CSS_SELECTOR, "#filters button")]
    assert buttons == ["all", "error", "warning", "info"]
    li = browser.find_element(By.CSS_SELECTOR, "li.finding.error")
    assert "$['@graph']" not in li.text and "FAQ_NOT_VISIBLE" not in li.text
    li.find_element(By.CSS_SELECTOR, "details summary").click()
    assert "FAQ_NOT_VISIBLE" in li.text and "JSON path $['@graph']" in li.text


def test_messages_are_plain_and_the_json_ld_wraps(browser, report):
    browser.get(report.as_uri())
    texts = [li.text for li in browser.find_elements(By.CSS_SELECTOR, "li.finding")]
    assert texts and not any("xsd:date" in t or "$[" in t for t in texts)
    for li in browser.find_elements(By.CSS_SELECTOR, "li.finding"):  # no fix said twice
        fix = li.find_elements(By.CSS_SELECTOR, ".fix")
        if fix:
            said = fix[0].text.removeprefix("What to do: ").rstrip(".").lower()
            assert li.text.lower().count(said) == 1
    section = next(s for s in browser.find_elements(By.CSS_SELECTOR, "section.page")
                   if s.find_elements(By.CSS_SELECTOR, "details.jsonld"))
    section.find_element(By.CSS_SELECTOR, "details.jsonld summary").click()
    pre = section.find_element(By.CSS_SELECTOR, "details.jsonld pre")
    assert browser.execute_script("return arguments[0].scrollWidth <= arguments[0].clientWidth",
                                  pre)

