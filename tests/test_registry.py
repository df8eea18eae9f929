"""The reviewer registry (`[reviewers."NAME"]` in the site config): lenient name matching,
enrichment of the Person node, and one stable @id per reviewer across pages."""

from __future__ import annotations

import copy

import pytest

from pipeline.config import SiteConfig
from pipeline.document import Document
from pipeline.errors import ConfigError
from pipeline.extract import extract
from pipeline.jsonld import build_graph, person_id
from pipeline.records import Person
from pipeline.validate import validate_graph

from .conftest import ROOT, TODAY

BYLINES = ROOT / "tests" / "fixtures" / "bylines"
BASE = {
    "site": {"base_url": "https://www.upcregenerative.example/", "name": "UPC"},
    "publisher": {"name": "UPC", "url": "https://www.upcregenerative.example/"},
}
HALE = {
    "url": "https://www.upcregenerative.example/about/dr-marcus-hale/",
    "credentials": ["D.O.", "FAAPMR"],
    "sameAs": ["https://www.doximity.example/pub/marcus-hale-do"],
    "image": "https://www.upcregenerative.example/team/marcus-hale.jpg",
}


def make_config(reviewers: dict) -> SiteConfig:
    data = copy.deepcopy(BASE)
    data["reviewers"] = reviewers
    return SiteConfig.from_dict(data)


def people(graph: dict) -> dict[str, dict]:
    return {n["@id"]: n for n in graph["@graph"] if n["@type"] == "Person"}


def reviewer_node(page_name: str, config: SiteConfig) -> tuple[dict, list]:
    raw = (BYLINES / page_name).read_bytes()
    doc = Document.from_bytes(raw)
    graph = build_graph(extract(doc, "https://www.upcregenerative.example/x/"), config)
    page = graph["@graph"][0]
    return people(graph)[page["reviewedBy"]["@id"]], validate_graph(graph, doc, TODAY)


@pytest.mark.parametrize("written", ["Marcus Hale", "Dr. Marcus Hale", "marcus hale, DO",
                                     "MARCUS  HALE D.O.", "Dr Marcus Hale, DO, FAAPMR",
                                     "dr. marcus hale"])
def test_registry_matches_names_leniently(written):
    config = make_config({"Marcus Hale": HALE})
    assert config.reviewer(written).name == "Marcus Hale"


@pytest.mark.parametrize("written", ["Marcus Hales", "Mark Hale", "Hale"])
def test_registry_does_not_match_other_names(written):
    assert make_config({"Marcus Hale": HALE}).reviewer(written) is None


def test_registry_enriches_the_reviewer_and_the_graph_stays_valid():
    # The page writes "Dr. Marcus Hale, DO" with no bio link.
    node, findings = reviewer_node("reviewed-by-colon-dr-time.html", make_config({"Marcus Hale": HALE}))
    assert node == {
        "@type": "Person",
        "@id": "https://www.upcregenerative.example/#/schema/person/marcus-hale",
        "name": "Marcus Hale",
        "honorificPrefix": "Dr.",
        "honorificSuffix": "DO, FAAPMR",
        "url": HALE["url"],
        "image": HALE["image"],
        "sameAs": HALE["sameAs"],
    }
    assert not [f for f in findings if f.code == "SCHEMA"]


def test_page_facts_fill_what_the_registry_leaves_out():
    node, _ = reviewer_node("webmd-style-on-date.html", make_config({"Elena Brooks": {}}))
    assert node["honorificSuffix"] == "MD"  # from the page
    assert node["url"] == "https://www.upcregenerative.example/reviewers/elena-brooks/"
    assert "sameAs" not in node and "image" not in node


def test_reviewer_id_is_shared_across_pages_and_spellings():
    config = make_config({"Dana Whitfield": {"id": "https://www.upcregenerative.example/team/#dana"},
                          "Omar Said": {}})
    whitfield, _ = reviewer_node("pharmd-bcps-on-date-written-by.html", config)
    assert whitfield["@id"] == "https://www.upcregenerative.example/team/#dana"
    said, _ = reviewer_node("separate-lines-fact-checked.html", config)  # "Dr. Omar Said, MD"
    assert said["@id"] == person_id(config, Person("omar said"))
    assert said["@id"] == "https://www.upcregenerative.example/#/schema/person/omar-said"


def test_sample_config_registers_the_sample_reviewer(config):
    entry = config.reviewer("Dr. Rainier Guiang, MD")
    assert entry is not None and entry.url and entry.url.startswith(config.base_url)
    assert entry.credentials == ("MD",) and entry.same_as


@pytest.mark.parametrize(
    "reviewers, message",
    [
        ({"Marcus Hale": {"credentials": ["Wizard"]}}, "credential vocabulary"),
        ({"Marcus Hale": {}, "Dr. Marcus Hale, DO": {}}, "name the same person"),
        ({"Marcus Hale": {"sameAs": "https://x.example/"}}, "reviewers.Marcus Hale.sameAs"),
        ({"Marcus Hale": {"url": "/about/"}}, "reviewers.Marcus Hale.url"),
        ({"Marcus Hale": {"jobTitle": "Director"}}, "reviewers.Marcus Hale"),
    ],
)
def test_bad_registry_entries_are_config_errors(reviewers, message):
    with pytest.raises(ConfigError, match=message):
        make_config(reviewers)
