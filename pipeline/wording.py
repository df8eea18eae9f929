"""The words review statements and dates are written with, as data.

`pipeline/data/review-vocabulary.json` holds one section per language (labels, role
words, honorifics, month names, ...) and the numeric-date order by locale;
`pipeline/data/credentials.json` the postnominal credentials, with their sources.
Readers use the union of the language sections, so adding a language is adding a
section, not code. README, "Review statement grammar", documents the grammar.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

VOCABULARY_FILE = "data/review-vocabulary.json"
CREDENTIALS_FILE = "data/credentials.json"


@dataclass(frozen=True)
class Wording:
    """The merged vocabulary: lower-cased words and phrases, by use."""

    reviewer_labels: tuple[str, ...]  # approval labels among them
    approval_labels: frozenset[str]  # "Approved by": a statement only with a named person
    other_subjects: frozenset[str]  # "Record last verified": not the page's review date
    date_labels: tuple[str, ...]
    label_qualifiers: tuple[str, ...]
    medical_words: frozenset[str]
    roles: tuple[str, ...]
    honorifics: dict[str, str]
    name_particles: frozenset[str]
    name_suffixes: frozenset[str]
    title_suffixes: tuple[str, ...]  # "先生", "원장": a title after the name, not part of it
    degree_prefixes: frozenset[str]  # "MUDr.": an honorific that is also a credential
    group_words: frozenset[str]
    body_suffixes: tuple[str, ...]  # "center": the end of a compound naming a body ("Hørecenter")
    determiners: frozenset[str]
    statement_stops: frozenset[str]
    date_leads: frozenset[str]  # "on", "am", "le": what a byline's next line may open with
    for_words: frozenset[str]  # "for", "para": "Reviewed for our families by NAME"
    date_headers: frozenset[str]  # "Date", "Data", "Fecha": a document history's column
    segment_ends: tuple[str, ...]
    review_platforms: frozenset[str]
    widget_words: frozenset[str]
    popup_words: frozenset[str]
    related_titles: tuple[str, ...]  # "You may also like": a heading over other pages' cards
    role_only_labels: frozenset[str]  # "approved": only after a role, the person beside it
    forum_roles: tuple[str, ...]  # "moderator": a community role in a reviewer's place
    review_titles: frozenset[str]  # "Book review: …": the page is a review; its "Reviewed by"
    other_review_headings: tuple[str, ...]  # "Open Peer Review": a journal's reviewers
    log_headings: frozenset[str]  # "Changed", "History": a changelog's or a thread's section
    page_nouns: frozenset[str]  # "article", "post": what a page calls itself
    page_determiners: frozenset[str]  # "this", "deze": before a page noun as its subject
    auxiliaries: frozenset[str]  # "was", "werd": a passive's auxiliary after its subject
    past_auxiliaries: frozenset[str]  # "was", "werd": one that makes the sentence past
    agent_marks: tuple[str, ...]  # "tarafından": the agent's "by", after the agent
    agent_leads: tuple[str, ...]  # "由", "经": the agent's "by", before it, the label last
    source_words: frozenset[str]  # "original": a subject that is the page's source
    record_date_labels: frozenset[str]  # "Last Verified": a review's date only with a reviewer
    effective_labels: tuple[str, ...]  # "Effective date": the page is a policy document
    opening_labels: frozenset[str]  # "supervised by": a statement only where its line opens
    label_stems: tuple[str, ...]
    stems_by_language: dict[str, frozenset[str]]  # "pt": that section's label stems
    date_connectors: tuple[str, ...]
    author_labels: tuple[str, ...]
    byline_words: tuple[str, ...]
    author_ends: tuple[str, ...]
    colon_labels: frozenset[str]
    other_roles: tuple[str, ...]
    check_roles: frozenset[str]  # "Fact-checked by": a clinician's check when nothing else
    thanks_leads: tuple[str, ...]  # "Thanks to": an acknowledgement's opening
    thanks_acts: tuple[str, ...]  # "for reviewing", "who checked": the review it thanks for
    draft_words: tuple[str, ...]  # "an earlier draft": what a thanked review was of
    general_degrees: frozenset[str]  # "MPH", "PhD": not a clinician's credential
    officer_titles: tuple[str, ...]  # "Chief Executive": who signs an approval as an officer
    care_words: frozenset[str]  # "health", "pharmacy": a checking body's word of care
    published_labels: tuple[str, ...]  # "Published": beside a "Review date", dates a due one
    credential_qualifiers: frozenset[str]
    credential_colleges: frozenset[str]
    registration_words: frozenset[str]
    licence_words: frozenset[str]  # "Licensed by STATE / LP 6071 — Verified DATE": a licence's
    rating_words: frozenset[str]  # "… · 5 stars · DATE": a customer's rating in a statement
    role_abbreviations: frozenset[str]
    post_date_words: frozenset[str]
    widget_itemtypes: frozenset[str]
    months: dict[str, int]
    # a language's month names another language gives another month ("listopada": October
    # in Croatian, November in Czech and Polish): read so only on a page in that language
    own_months: dict[str, dict[str, int]]
    ordinal_suffixes: tuple[str, ...]
    year_marks: tuple[str, ...]  # "gada", "m.": a date written year first, month named
    year_suffixes: tuple[str, ...]  # "ko", "eko": the same mark written onto the year ("2026ko")
    month_first: frozenset[str]
    day_first: frozenset[str]
    domain_regions: dict[str, str]  # a canonical address's last label: the region it states


def _case_forms(months: dict[str, int]) -> dict[str, int]:
    """The forms a month name takes in capitals, lower-cased again: Greek capitals drop
    the accent ("ΜΑΪΟΥ" for "μαΐου") or, as `str.upper` writes them, keep it as a
    combining mark ("ΜΑΪ́ΟΥ"), neither of which a case-insensitive match of "μαΐου" finds."""
    forms: dict[str, int] = {}
    for name, number in months.items():
        decomposed = unicodedata.normalize("NFD", name)
        bare = "".join(c for c in decomposed if c != "\u0301")  # the acute/tonos only
        upper = name.upper()
        for form in (upper.lower(), unicodedata.normalize("NFC", upper).lower(),
                     unicodedata.normalize("NFC", bare)):
            if form != name and form not in months:
                forms[form] = number
    return forms


def _load(name: str) -> dict[str, Any]:
    return json.loads(resources.files("pipeline").joinpath(name).read_text("utf-8"))


def _stems_by_language(data: dict[str, Any]) -> dict[str, frozenset[str]]:
    return {k: frozenset(w.lower() for w in v.get("label_stems", ()))
            for k, v in data.items() if not k.startswith("_") and k != "numeric_dates"}


def _longest_first(words: set[str]) -> tuple[str, ...]:
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


@cache
def wording() -> Wording:
    """The vocabulary of every language section, merged (read once per process)."""
    data = _load(VOCABULARY_FILE)
    sections = [v for k, v in data.items() if not k.startswith("_") and k != "numeric_dates"]

    def words(key: str) -> set[str]:
        return {" ".join(w.lower().split()) for s in sections for w in s.get(key, ())}

    months = {name.lower(): int(number) for s in sections
              for number, names in s.get("months", {}).items() for name in names}
    months.update(_case_forms(months))
    honorifics = {k.lower(): v for s in sections for k, v in s.get("honorifics", {}).items()}

    def ordered(key: str) -> tuple[str, ...]:
        return _longest_first(words(key))

    def unordered(key: str) -> frozenset[str]:
        return frozenset(words(key))

    return Wording(
        reviewer_labels=_longest_first(words("reviewer_labels") | words("approval_labels")),
        approval_labels=unordered("approval_labels"), other_subjects=unordered("other_subjects"),
        date_labels=ordered("date_labels"), date_leads=unordered("date_leads"),
        label_qualifiers=ordered("label_qualifiers"), medical_words=unordered("medical_words"),
        roles=ordered("roles"), name_particles=unordered("name_particles"),
        group_words=unordered("group_words"), determiners=unordered("determiners"),
        statement_stops=unordered("statement_stops"), segment_ends=ordered("segment_ends"),
        review_platforms=unordered("review_platforms"), widget_words=unordered("widget_words"),
        popup_words=unordered("popup_words"), related_titles=ordered("related_titles"),
        role_only_labels=unordered("role_only_labels"), forum_roles=ordered("forum_roles"),
        review_titles=unordered("review_titles"), body_suffixes=ordered("body_suffixes"),
        other_review_headings=ordered("other_review_headings"), draft_words=ordered("draft_words"),
        log_headings=unordered("log_headings"), page_nouns=unordered("page_nouns"),
        page_determiners=unordered("page_determiners"), auxiliaries=unordered("auxiliaries"),
        past_auxiliaries=unordered("past_auxiliaries"), agent_marks=ordered("agent_marks"),
        source_words=unordered("source_words"), thanks_leads=ordered("thanks_leads"),
        thanks_acts=ordered("thanks_acts"), record_date_labels=unordered("record_date_labels"),
        effective_labels=ordered("effective_labels"), opening_labels=unordered("opening_labels"),
        label_stems=ordered("label_stems"), date_connectors=ordered("date_connectors"),
        stems_by_language=_stems_by_language(data), agent_leads=ordered("agent_leads"),
        author_labels=ordered("author_labels"), byline_words=ordered("byline_words"),
        author_ends=ordered("author_ends"), colon_labels=unordered("colon_labels"),
        other_roles=ordered("other_roles"), published_labels=ordered("published_labels"),
        check_roles=unordered("check_roles"), general_degrees=unordered("general_degrees"),
        officer_titles=ordered("officer_titles"), care_words=unordered("care_words"),
        credential_qualifiers=unordered("credential_qualifiers"), for_words=unordered("for_words"),
        credential_colleges=unordered("credential_colleges"),
        registration_words=unordered("registration_words"), rating_words=unordered("rating_words"),
        role_abbreviations=unordered("role_abbreviations"), honorifics=honorifics,
        widget_itemtypes=unordered("widget_itemtypes"), licence_words=unordered("licence_words"),
        post_date_words=unordered("post_date_words"), ordinal_suffixes=ordered("ordinal_suffixes"),
        name_suffixes=frozenset(w.rstrip(".") for w in words("name_suffixes")),
        title_suffixes=ordered("title_suffixes"), year_marks=ordered("year_marks"),
        year_suffixes=ordered("year_suffixes"),
        degree_prefixes=frozenset(w for sec in sections for w in sec.get("degree_prefixes", ())),
        months=months, own_months=_own_months(data), date_headers=unordered("date_headers"),
        **_numeric_dates(data["numeric_dates"]),
    )


def _numeric_dates(locales: dict[str, Any]) -> dict[str, Any]:
    """The fields of how locales write numeric dates: `month_first`, `day_first`, and the
    regions of country domains (`domain_regions`)."""
    return {"month_first": frozenset(x.lower() for x in locales["month_first"]),
            "day_first": frozenset(x.lower() for x in locales["day_first"]),
            "domain_regions": {k.lower(): v.upper() for k, v in locales["domain_regions"].items()}}


def _own_months(data: dict[str, dict]) -> dict[str, dict[str, int]]:
    """Per language, its `own_months`: month names another language gives another month."""
    return {lang: {name.lower(): int(number) for number, names in s["own_months"].items()
                   for name in names}
            for lang, s in data.items() if not lang.startswith("_") and "own_months" in s}


@cache
def role_stems() -> tuple[str, ...]:
    """One-word roles that name the role in a word they open ("huisartsenkring": GPs'), of
    _ROLE_STEM letters or more (not "arts")."""
    return tuple(r for r in wording().roles if " " not in r and len(r) >= _ROLE_STEM)


_ROLE_STEM = 5


@cache
def credential_list() -> tuple[str, ...]:
    """Every listed credential in its usual spelling, in file order."""
    data = _load(CREDENTIALS_FILE)["credentials"]
    return tuple(c for group in data.values() for c in group)


def phrase_pattern(phrases: tuple[str, ...] | frozenset[str] | list[str]) -> str:
    """A regex matching any of `phrases`, the longest first, any run of spaces between
    words (possessive: the words are literal, so nothing backtracks into a run).

    Written as a prefix tree ("ma(?:rch|y)" rather than "march|may"): at each position of
    a search the engine follows one branch per character instead of trying every phrase
    in turn, which with a dozen languages' labels and month names was most of a search's
    time. A shorter phrase is tried only where a longer one sharing its start fails."""
    trie: dict[str, Any] = {}
    for phrase in phrases:
        node = trie
        for token in _tokens(" ".join(phrase.split())):
            node = node.setdefault(token, {})
        node[""] = {}
    return _emit(trie)


def _tokens(phrase: str) -> list[str]:
    return [r"\s++" if ch == " " else re.escape(ch) for ch in phrase]


def _emit(node: dict[str, Any]) -> str:
    """The regex of a prefix-tree node: its branches, longest first, then its end (one
    level of the tree per character, so a label or a month name: a few dozen at most)."""
    branches = [token + _emit(child) for token, child in sorted(node.items()) if token]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return "(?:" + body + ")?" if len(branches) == 1 else body + "?"
    return body


def label_stems(language: str | None = None) -> re.Pattern[str]:
    """The label stems ("review", "revis", "granskad") as one prefix-tree pattern: a text
    holding none holds no review label, so is not read further. With the page's
    `language` ("pt-BR") that has a section, that section's stems and English's (pages
    mix in English bylines); else every language's. Each alternative's first letter is
    a place the engine tries, so the stems of sixteen languages made the test on every
    text of an English page three times slower than its own seven."""
    key = (language or "").split("-")[0].lower()
    return _stems_pattern(key if key in wording().stems_by_language else "")


@cache
def _stems_pattern(key: str) -> re.Pattern[str]:
    """The stems pattern of one language section and English's ("": every language's),
    compiled once per process for each."""
    words = wording()
    if not key:
        return re.compile(phrase_pattern(words.label_stems))
    by = words.stems_by_language
    return re.compile(phrase_pattern(tuple(by[key] | by.get("en", frozenset()))))
