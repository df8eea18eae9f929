"""Finding codes are documented once, in README's finding table, with the severity the code
gives them; the validate.py docstring lists them too (the CI example: test_action.py)."""

from __future__ import annotations

import re

import pytest

from pipeline import validate
from pipeline.codes import RULES
from pipeline.policy import DEFAULT_SEVERITY

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
TABLE = dict(re.findall(r"^\| `([A-Z_]+)` \| (error|warning|info) \|", README, re.M))


@pytest.mark.parametrize("code", sorted(RULES))
def test_every_code_is_in_the_readme_table_and_the_validate_docstring(code):
    assert TABLE.get(code) == RULES[code].severity
    assert re.search(rf"^\s+{code}\s", validate.__doc__, re.M)


def test_governance_defaults_match_the_documented_severities():
    assert {code: TABLE[code] for code in DEFAULT_SEVERITY} == dict(DEFAULT_SEVERITY)


def test_readme_has_one_finding_table():
    assert README.count("| code | severity | meaning | fix |") == 1


def test_every_code_the_package_emits_is_in_the_readme_table():
    emitted = set()
    for source in (ROOT / "pipeline").rglob("*.py"):
        emitted |= set(re.findall(r'Finding\(\s*"([A-Z_]+)"', source.read_text(encoding="utf-8")))
    assert emitted >= set(DEFAULT_SEVERITY) - {"FAQ_NOT_VISIBLE", "REVIEW_IN_FUTURE"} | {"SCHEMA"}
    assert sorted(emitted - set(TABLE)) == []
