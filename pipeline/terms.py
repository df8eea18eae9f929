"""The medical term dictionary: loading, validation and one compiled matcher per dictionary.

The built-in dictionary is `pipeline/data/medical-terms.json` (format: README, "Medical
entities"; schema: `schemas/medical-terms.schema.json`). A site adds or replaces entries
with `[[medical.terms]]` tables or a `medical.terms_file` in its config.

Matching uses two regexes over every surface form (name, synonyms, brand names;
abbreviations apart), each shaped as a prefix tree, compiled once per dictionary:
longest form first, whole words only,
case-insensitive except abbreviations (`CRPS`, `PTSD`), a space or hyphen inside a term
matching any run of spaces and hyphens (or none), and an optional plural `s`/`es`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .records import MedicalCode, MedicalTerm
from .vocabulary import members

DATA_FILE = "data/medical-terms.json"
_SEPARATORS = re.compile(r"[\s\-\u2010\u2011]+")


class DictionaryError(ValueError):
    """A dictionary (built-in, or a user's terms) that breaks the format or the rules."""


def fold(surface: str) -> str:
    """The lookup key of a surface form: case folded, spaces and hyphens removed,
    curly apostrophes straightened."""
    return _SEPARATORS.sub("", surface.replace("\u2019", "'")).casefold()


_RESOLVED_MAX = 20_000
_UNSEEN = ""  # no term key is empty
_SEP = " "  # a trie token: any run of spaces and hyphens, or none


def _tokens(surface: str, exact_case: bool) -> tuple[str, ...]:
    """The surface as trie tokens: characters (lower-cased unless exact) and _SEP."""
    words = [w if exact_case else w.lower() for w in _SEPARATORS.split(surface.strip()) if w]
    out: list[str] = []
    for i, word in enumerate(words):
        if i:
            out.append(_SEP)
        out.extend(word)
    return tuple(out)


def _trie_pattern(forms: Iterable[tuple[str, ...]]) -> str:
    """One regex for all token sequences, shaped as a prefix tree so that each position of
    the text is tested against one branch per distinct next character, not against every
    form (~30x faster than a flat alternation). At each node the longer continuations are
    tried first, so the longest form wins."""
    trie: dict[str, Any] = {}
    for form in forms:
        node = trie
        for token in form:
            node = node.setdefault(token, {})
        node[""] = {}  # end of a form

    def emit(node: dict[str, Any]) -> str:
        branches = [(r"[ \-]*" if t == _SEP else re.escape(t)) + emit(child)
                    for t, child in sorted(node.items()) if t]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


def _lower(text: str) -> str:
    """`text` lower-cased without changing its length (offsets stay valid)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


@dataclass(frozen=True)
class Dictionary:
    """Terms by key, and the compiled matchers over all their surface forms: `matcher`
    (case-insensitive forms, run on the lower-cased text: three times faster than
    re.IGNORECASE; it takes in the non-word character before a form, see
    `_after_non_word`) and `exact` (abbreviations, run on the text as written)."""

    terms: dict[str, MedicalTerm]
    lookup: dict[str, str]  # fold(surface) -> term key
    matcher: re.Pattern[str] | None
    exact: re.Pattern[str] | None = None
    # `exact` without its forms led by a lower-case letter, for a text that holds none of
    # their first words (`exact_guards`): see build_dictionary.
    exact_fast: re.Pattern[str] | None = None
    exact_guards: tuple[str, ...] = ()
    # matched text -> term key (None: no term), filled as pages are read: an article
    # names the same few terms hundreds of times, and the forms that can match are few.
    resolved: dict[str, str | None] = field(default_factory=dict, compare=False, repr=False)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every term occurrence, left to right, never overlapping; at one
        position the longest form wins."""
        found = _after_non_word(self.matcher, _lower(text)) if self.matcher else []
        pattern = self.exact
        if self.exact_fast is not None and not any(g in text for g in self.exact_guards):
            pattern = self.exact_fast
        exact = [m.span() for m in word_start_matches(pattern, text)] if pattern else []
        if not exact:  # finditer's matches are in order and never overlap
            return found
        found = sorted(found + exact, key=lambda span: (span[0], -span[1]))
        out: list[tuple[int, int]] = []
        for start, end in found:
            if not out or start >= out[-1][1]:
                out.append((start, end))
        return out

    def find(self, text: str) -> Iterator[tuple[MedicalTerm, int]]:
        """Every term occurrence in `text`, as (term, start offset), left to right."""
        for key, start in self.keys(text):
            yield self.terms[key], start

    def keys(self, text: str) -> list[tuple[str, int]]:
        """Every term occurrence in `text`, as (term key, start offset), left to right."""
        resolved = self.resolved
        out: list[tuple[str, int]] = []
        for start, end in self.spans(text):
            matched = text[start:end]
            key = resolved.get(matched, _UNSEEN)
            if key == _UNSEEN:
                if len(resolved) >= _RESOLVED_MAX:  # spacing and case variants are few, but
                    resolved.clear()                # memory must stay flat whatever the pages
                key = resolved[matched] = _resolve(self.lookup, matched)
            if key is not None:
                out.append((key, start))
        return out


def _after_non_word(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """Spans of `pattern`'s matches in `text`, where `pattern` starts by consuming the
    non-word character before a match (see build_dictionary), as `(?<!\\w)` would find them.

    The text is searched with a space in front, so a match may start it. A match that ends
    in a non-word character (a form such as "ms." would) may be followed at once by
    another one whose leading character is that last one, so the search goes on from
    there; a match ending in a word character cannot, and finditer finds the same."""
    spaced = " " + text
    spans = [m.span() for m in pattern.finditer(spaced)]
    if all(spaced[end - 1].isalnum() or spaced[end - 1] == "_" for _, end in spans):
        return [(start, end - 1) for start, end in spans]
    out: list[tuple[int, int]] = []
    m = pattern.search(spaced)
    while m:
        start, end = m.span()
        out.append((start, end - 1))
        m = pattern.search(spaced, end - 1)
    return out


def word_start_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern`'s matches in `text` that start a word, as `(?<!\\w)` before it would give,
    without the lookbehind that keeps `re` from scanning fast for the pattern's first
    characters: after a match inside a word, the search goes on from the next character."""
    m = pattern.search(text)
    while m:
        start = m.start()
        if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            m = pattern.search(text, start + 1)
            continue
        yield m
        m = pattern.search(text, m.end())


def _resolve(lookup: dict[str, str], matched: str) -> str | None:
    folded = fold(matched)
    for candidate in (folded, folded[:-2] if folded.endswith("es") else None,
                      folded[:-1] if folded.endswith("s") else None):
        if candidate and candidate in lookup:
            return lookup[candidate]
    return None


def surfaces(term: MedicalTerm) -> list[tuple[str, bool]]:
    """Every surface form of `term`, with True for the case-sensitive ones."""
    forms = [(s, False) for s in (term.name, *term.synonyms, *term.brands)]
    if term.non_proprietary_name:
        forms.append((term.non_proprietary_name, False))
    return forms + [(a, True) for a in term.abbreviations]


def build_dictionary(terms: Iterable[MedicalTerm]) -> Dictionary:
    """Index `terms` (a later entry with the same key replaces an earlier one) and compile
    the matcher. DictionaryError when two entries share a surface form."""
    by_key: dict[str, MedicalTerm] = {}
    for term in terms:
        by_key[term.key] = term
    lookup: dict[str, str] = {}
    forms: dict[bool, set[tuple[str, ...]]] = {False: set(), True: set()}
    for term in by_key.values():
        for surface, exact in surfaces(term):
            key = fold(surface)
            owner = lookup.setdefault(key, term.key)
            if owner != term.key:
                raise DictionaryError(f"{surface!r} names both {owner!r} and {term.key!r}")
            forms[exact].add(_tokens(surface, exact))
    # Plural s/es allowed; run on the lower-cased text by `_after_non_word`. The pattern
    # consumes the non-word character before a form instead of looking behind for it: `re`
    # then skips ahead to the next such character (a space, mostly) before it tries the
    # prefix tree, instead of trying it at every character (a fifth faster on an article).
    ci = (re.compile(rf"\W{_trie_pattern(forms[False])}(?:e?s)?(?!\w)")
          if forms[False] else None)
    # No lookbehind on the exact (abbreviation) matcher: its pattern then starts with an
    # alternation of capitals, which `re` scans for quickly (4x faster on an article);
    # `word_start_matches` checks the word boundary before a match instead.
    cs = re.compile(rf"{_trie_pattern(forms[True])}(?!\w)") if forms[True] else None
    # Forms led by a lower-case letter ("rTMS") make that scan stop at every such letter
    # of the text. Where none of their first words is in a text, none can match there,
    # and the pattern without them finds exactly the same matches, much faster.
    lower_led = {f for f in forms[True] if f[0].islower()}
    capital = forms[True] - lower_led
    fast = re.compile(rf"{_trie_pattern(capital)}(?!\w)") if lower_led and capital else None
    guards = tuple(sorted({"".join(f).split(_SEP)[0] for f in lower_led}))
    return Dictionary(by_key, lookup, ci, cs, fast, guards)


def parse_terms(data: dict[str, Any], where: str,
                schema_checked: bool = False) -> tuple[MedicalTerm, ...]:
    """Validate a dictionary document (see the schema) and return its terms.
    DictionaryError names `where` and the first problem. With `schema_checked`, the
    document is known to match the schema and only the checks beyond it run."""
    if not schema_checked:
        from .schema_store import schema_errors  # jsonschema only for an invalid document

        errors = sorted(schema_errors("medical-terms", data), key=lambda e: list(e.path))
        if errors:
            path = ".".join(str(p) for p in errors[0].path) or "(top level)"
            raise DictionaryError(f"{where}: {path}: {errors[0].message}")
    sources = set(data.get("sources", {}))
    specialties = members("MedicalSpecialty")
    terms = []
    for entry in data["terms"]:
        unknown = sorted(set(entry.get("specialty", ())) - specialties)
        if unknown:
            raise DictionaryError(f"{where}: {entry['id']}: {', '.join(unknown)} is not a "
                                  "schema.org MedicalSpecialty member")
        if sources and entry.get("source") not in sources:
            raise DictionaryError(f"{where}: {entry['id']}: source {entry.get('source')!r} "
                                  "is not one of the file's sources")
        terms.append(term_from_entry(entry))
    return tuple(terms)


def term_from_entry(entry: dict[str, Any]) -> MedicalTerm:
    """A `MedicalTerm` from one (already validated) dictionary entry."""
    code = entry.get("code")
    return MedicalTerm(
        key=entry["id"],
        type=entry["type"],
        name=entry["name"],
        synonyms=tuple(entry.get("synonyms", ())),
        abbreviations=tuple(entry.get("abbreviations", ())),
        brands=tuple(entry.get("brands", ())),
        code=MedicalCode(code["system"], code["value"]) if code else None,
        non_proprietary_name=entry.get("non_proprietary_name"),
        prescription_status=entry.get("prescription_status"),
        drug_class=entry.get("drug_class"),
        specialty=tuple(entry.get("specialty", ())),
        source=entry.get("source"),
    )


@cache
def builtin_data() -> dict[str, Any]:
    """The shipped dictionary file, parsed once per process."""
    text = resources.files("pipeline").joinpath(DATA_FILE).read_text("utf-8")
    return json.loads(text)


@cache
def builtin_terms() -> tuple[MedicalTerm, ...]:
    """The shipped dictionary's terms, read once per process. The file ships with the
    package and the tests check it against the schema
    (tests/test_dictionary.py, test_the_file_matches_its_schema), so each run does not: that
    took a twentieth of a second of every build's start."""
    return parse_terms(builtin_data(), DATA_FILE, schema_checked=True)


@cache
def dictionary(extra: tuple[MedicalTerm, ...] = ()) -> Dictionary:
    """The built-in terms plus `extra` (the site's own, which win on the same key),
    compiled once per distinct `extra`."""
    return build_dictionary((*builtin_terms(), *extra))


def user_terms(medical: dict[str, Any], source: str) -> tuple[MedicalTerm, ...]:
    """The site's own terms: `medical.terms_file` (a JSON file in the dictionary format,
    relative to the config file) and then the `[[medical.terms]]` tables. ConfigError
    when they break the format or clash with another entry's names."""
    terms: list[MedicalTerm] = []
    name = medical.get("terms_file")
    try:
        if name:
            path = Path(name)
            if not path.is_absolute() and source != "<config>":
                path = Path(source).parent / path
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise DictionaryError(f"medical.terms_file: cannot read {path}: {exc}") from None
            if not isinstance(data, dict):
                raise DictionaryError(f"medical.terms_file: {path}: not a JSON object")
            terms += parse_terms(data, f"medical.terms_file ({path})")
        if medical.get("terms"):
            terms += parse_terms({"terms": medical["terms"]}, "medical.terms")
        extra = tuple(terms)
        if extra:  # two entries sharing a name is a config error, found now
            dictionary(extra)
    except DictionaryError as exc:
        raise ConfigError(f"{source}: {exc}") from None
    return extra
