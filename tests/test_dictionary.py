"""The medical term dictionary shipped as package data, and the site's own terms (issue 7)."""

from __future__ import annotations

import json
import re
import tomllib
from collections import Counter

import pytest

from pipeline import vocabulary as vocab
from pipeline.config import SiteConfig, load_config
from pipeline.document import Document
from pipeline.errors import ConfigError
from pipeline.extract import extract
from pipeline.schema_store import validator
from pipeline.terms import (
    DictionaryError,
    build_dictionary,
    builtin_data,
    builtin_terms,
    fold,
    surfaces,
)

from .conftest import ROOT
from .helpers import page

ICD10CM = re.compile(r"^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$")
ENTRIES = builtin_data()["terms"]


def test_the_file_matches_its_schema():
    assert list(validator("medical-terms").iter_errors(builtin_data())) == []


def test_at_least_80_entries_in_every_family():
    kinds = Counter("condition" if e["type"] == "MedicalCondition" else
                    "drug" if e["type"] == "Drug" else "procedure" for e in ENTRIES)
    assert len(ENTRIES) >= 80
    assert kinds["condition"] >= 30 and kinds["drug"] >= 30 and kinds["procedure"] >= 10


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e["id"])
def test_entry(entry):
    assert entry["id"] == re.sub(r"[^a-z0-9]+", "-", entry["id"].lower()).strip("-")
    assert vocab.is_class(entry["type"]) and not vocab.is_pending(entry["type"])
    assert "MedicalEntity" in vocab.ancestors(entry["type"])
    assert entry["source"] in builtin_data()["sources"]
    assert set(entry.get("specialty", ())) <= vocab.members("MedicalSpecialty")
    code = entry.get("code")
    if code:
        assert code["system"] == "ICD-10-CM" and ICD10CM.match(code["value"])
        assert entry["source"] == "icd10cm"  # a code is only ever taken from its checked source
    if entry["type"] == "Drug":
        assert entry["non_proprietary_name"] == entry["non_proprietary_name"].strip()
        assert entry.get("prescription_status") in (None, *vocab.members("DrugPrescriptionStatus"))
    else:
        assert not {"brands", "prescription_status", "drug_class"} & set(entry)


def test_no_name_belongs_to_two_entries():
    owners: dict[str, set[str]] = {}
    for term in builtin_terms():
        for surface, _ in surfaces(term):
            owners.setdefault(fold(surface), set()).add(term.key)
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}
    assert len({t.key for t in builtin_terms()}) == len(ENTRIES)


def test_every_source_is_named_and_used():
    sources = builtin_data()["sources"]
    assert all(s["name"].strip() for s in sources.values())
    assert {e["source"] for e in ENTRIES} == set(sources)


def test_the_specialty_names_are_members():
    assert set(builtin_data()["specialties"]) <= vocab.members("MedicalSpecialty")


def test_a_clash_between_entries_is_refused():
    a, b = builtin_terms()[:2]
    clash = type(b)(key="new", type="MedicalCondition", name=a.name.upper())
    with pytest.raises(DictionaryError, match="names both"):
        build_dictionary((a, clash))


def test_the_file_ships_as_package_data():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    setuptools = pyproject["tool"]["setuptools"]
    assert "pipeline.data" in setuptools["packages"]
    assert "*.json" in setuptools["package-data"]["pipeline.data"]
    assert json.loads((ROOT / "pipeline" / "data" / "medical-terms.json").read_text("utf-8"))


# --- the site's own terms

def _site(**medical) -> dict:
    data = tomllib.loads((ROOT / "pipeline.toml").read_text("utf-8"))
    data.setdefault("medical", {}).update(medical)
    return data


LOCAL = {"id": "occipital-nerve-block", "type": "TherapeuticProcedure",
         "name": "Occipital nerve block", "synonyms": ["ONB injection"],
         "specialty": ["Anesthesia"]}


def _mentions(config: SiteConfig, body: str) -> list[str]:
    ext = extract(Document.from_bytes(page(body)), "https://e.example/p/", "en",
                  config.medical_terms)
    return [t.key for t in (*ext.about, *ext.mentions)]


def test_config_terms_are_recognised():
    config = SiteConfig.from_dict(_site(terms=[LOCAL]))
    assert _mentions(config, "<p>An ONB injection helps.</p>") == ["occipital-nerve-block"]


def test_a_config_entry_replaces_the_builtin_one_with_its_id():
    own = {"id": "fibromyalgia", "type": "MedicalCondition", "name": "Fibromyalgia syndrome (FMS)",
           "abbreviations": ["FMS"], "code": {"system": "ICD-10-CM", "value": "M79.7"}}
    config = SiteConfig.from_dict(_site(terms=[own]))
    ext = extract(Document.from_bytes(page("<p>FMS.</p>")), "https://e.example/p/", "en",
                  config.medical_terms)
    assert [(t.key, t.name) for t in ext.mentions] == [
        ("fibromyalgia", "Fibromyalgia syndrome (FMS)")]


def test_a_terms_file_next_to_the_config(tmp_path):
    (tmp_path / "terms.json").write_text(json.dumps({"terms": [LOCAL]}), encoding="utf-8")
    cfg = tmp_path / "site.toml"
    cfg.write_text((ROOT / "pipeline.toml").read_text("utf-8").replace(
        "[medical]\n", '[medical]\nterms_file = "terms.json"\n'), encoding="utf-8")
    found = _mentions(load_config(cfg), "<p>Occipital nerve blocks.</p>")
    assert found == ["occipital-nerve-block"]


@pytest.mark.parametrize("terms,message", [
    ([{**LOCAL, "synonyms": ["fibromyalgia"]}], "names both"),
    ([{**LOCAL, "specialty": ["PainMedicine"]}], "PainMedicine is not a schema.org"),
    ([{"id": "x", "type": "MedicalCondition", "name": "X",
       "code": {"system": "ICD-10-CM", "value": "g89"}}],
     "medical.terms"),
    ([{"id": "x", "type": "Disease", "name": "X"}], "medical.terms"),
    ([{"id": "x", "type": "MedicalCondition", "name": "X", "brands": ["Y"]}], "medical.terms"),
])
def test_bad_config_terms_are_config_errors(terms, message):
    with pytest.raises(ConfigError, match=message):
        SiteConfig.from_dict(_site(terms=terms))


def test_a_missing_terms_file_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="cannot read"):
        SiteConfig.from_dict(_site(terms_file=str(tmp_path / "nope.json")))
