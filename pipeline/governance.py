"""Medical-content governance: rules about reviews and FAQ markup beyond schema validity.

Every rule's severity can be changed in the site config (`[governance.severity]`);
`off` turns a rule off. Codes and default severities (the README has the table):

  REVIEW_STALE            warning  lastReviewed is older than `governance.max_review_age_months`
  REVIEW_MISSING          warning  a MedicalWebPage has no reviewer or no review date
  REVIEWER_UNKNOWN        warning  the reviewer is not in the site's `[reviewers]` registry
  FAQ_DUPLICATE_SITE      warning  the same question is marked up on several pages of the site
  ANSWER_HTML_DISALLOWED  warning  an Answer's HTML uses tags outside the allowed list
  FAQ_USER_SUBMITTED      info     the FAQ's answers look user-submitted: use QAPage
  REVIEW_IN_FUTURE, FAQ_NOT_VISIBLE (validate.py) take their severity from here too.

Messages speak of valid markup; they never promise a Google FAQ rich result (Google
stopped showing those in 2026).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

# The configurable part (severities, review age) is policy.py's, the rules that depend on
# today's date dated.py's, the site-wide pass sitewide.py's: none loads a page parser.
from .dated import review_findings
from .document import Document, is_boilerplate
from .existing import JsonLdBlock, answer_plain_text
from .extract.html import ALLOWED_TAGS
from .extract.review import read_review
from .graph import graph_questions, types_of
from .policy import DEFAULT_GOVERNANCE, Governance
from .records import INFO, WARNING, Finding
from .sourceline import find_line, page_source
from .tagindex import tag_index
from .text import normalize_space

if TYPE_CHECKING:
    from bs4 import Tag

    from .config import SiteConfig


def _governance(config: SiteConfig | None) -> Governance:
    return config.governance if config is not None else DEFAULT_GOVERNANCE


def _nodes_by_id(graph: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {n["@id"]: n for n in graph.get("@graph", []) if isinstance(n, dict) and "@id" in n}


def _page(graph: dict[str, Any]) -> dict[str, Any]:
    items = graph.get("@graph") or [{}]
    return items[0] if isinstance(items[0], dict) else {}


def reviewer_findings(graph: dict[str, Any], config: SiteConfig | None) -> list[Finding]:
    """REVIEWER_UNKNOWN when the site has a reviewer registry and the page's reviewer is not
    in it."""
    if config is None or not config.reviewers:
        return []
    ref = _page(graph).get("reviewedBy")
    person = _nodes_by_id(graph).get(ref.get("@id", "")) if isinstance(ref, dict) else None
    name = str((person or ref or {}).get("name", "")) if isinstance(ref, dict) else ""
    if not name or config.reviewer(name) is not None:
        return []
    names = sorted(r.name for r in config.reviewers)
    close = difflib.get_close_matches(name, names, n=1, cutoff=0.8)
    hint = f"did you mean {close[0]}? " if close else f"the registry has {', '.join(names)}; "
    return [Finding("REVIEWER_UNKNOWN", WARNING,
                    f"reviewer {name!r} is not in the site's reviewer registry: {hint}fix the "
                    "spelling on the page or add the reviewer to [reviewers]",
                    "$['@graph'][0].reviewedBy")]


_TAG_NAME = re.compile(r"<\s*/?\s*([A-Za-z][A-Za-z0-9:-]*)")


def _is_answer(node: dict[str, Any]) -> bool:
    """`"Answer" in types_of(node)`, without its work for a node with no `@type` or one
    plain `@type` string (a graph's 16,000 Questions and their `mainEntity` references)."""
    kind = node.get("@type")
    if kind is None or (isinstance(kind, str) and not kind.endswith("Answer")):
        return False
    return "Answer" in types_of(node)


def _answers(data: Any, path: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """(JSON path, node) of every Answer object in a JSON-LD document, in document order.
    A loop with its own stack, not a recursion: another tool's JSON-LD may nest deeply.
    A node's path is kept as a chain of (parent chain, step) and spelled out only for an
    Answer: a graph of 16,000 Questions has few steps worth a string."""
    Chain = tuple[Any, str | int]  # (parent chain or None, step)
    stack: list[tuple[Any, Chain]] = [(data, (None, path))]
    while stack:
        node, chain = stack.pop()
        children: list[tuple[Any, Chain]] = []
        if isinstance(node, list):
            children = [(item, (chain, i)) for i, item in enumerate(node)
                        if isinstance(item, (list, dict))]  # a path only where one can be
        elif isinstance(node, dict):
            if _is_answer(node):
                yield _spelled(chain), node
            children = [(value, (chain, key)) for key, value in node.items()
                        if key != "@context" and isinstance(value, (list, dict))]
        stack.extend(reversed(children))


def _spelled(chain: tuple[Any, str | int]) -> str:
    """The JSON path a chain of steps from `_answers` names: "$['@graph'][3].acceptedAnswer"
    (the first step is the path it started from, a list's steps are ints, a dict's keys)."""
    steps: list[str] = []
    while chain[0] is not None:
        chain, step = chain
        steps.append(f"[{step}]" if isinstance(step, int)
                     else f"['{step}']" if step.startswith("@") else f".{step}")
    steps.append(str(chain[1]))
    return "".join(reversed(steps))


def answer_html_findings(graph: dict[str, Any], others: Iterable[JsonLdBlock]) -> list[Finding]:
    """ANSWER_HTML_DISALLOWED for Answer text using tags outside the allowed list, in our graph
    and in other tools' JSON-LD blocks on the page."""
    sources: list[tuple[str, Any]] = [("", graph)]
    sources += [(f"JSON-LD block #{b.index}: ", b.data) for b in others if b.data is not None]
    findings = []
    for where, data in sources:
        for path, node in _answers(data, "$"):
            text = node.get("text")
            tags = sorted({t.lower() for t in _TAG_NAME.findall(text)} - ALLOWED_TAGS) \
                if isinstance(text, str) else []
            if tags:
                findings.append(Finding(
                    "ANSWER_HTML_DISALLOWED", WARNING,
                    f"{where}answer HTML uses {', '.join(f'<{t}>' for t in tags)}; allowed are "
                    f"{', '.join(sorted(ALLOWED_TAGS))}: other tags are ignored by consumers",
                    f"{path}.text"))
    return findings


# Signs that answers come from users, not the site: in the answer text, or in the page's
# markup outside comment sections.
_USER_TEXT = re.compile(
    r"\b(?:answered|posted|replied|asked)\s+by\b|\bup-?votes?\b|\b\d+\s+votes?\b", re.I)
_USER_MARKUP_TOKENS = re.compile(
    r"^(?:upvote\w*|vote-?count|votes|user-answer|community-answer|answer-author|forum-post"
    r"|accepted-answer|suggested-answer)$", re.I)
_USER_ITEMPROPS = frozenset({"upvotecount", "downvotecount", "suggestedanswer"})


def _user_markup(doc: Document) -> str | None:
    """The first element outside site furniture whose itemprop, class or id says users
    answered (votes, user answers), described for the finding; read from the page's tag
    index (the distinct classes and ids), not by visiting every element."""
    index = tag_index(doc)
    hits: list[tuple[int, int, Tag, str]] = []  # (page order, itemprop first, tag, mark)
    for tag in index.get("[itemprop]"):
        props = sorted({p.lower() for p in tag.get_attribute_list("itemprop") if p}
                       & _USER_ITEMPROPS)
        if props:
            hits.append((index.order[id(tag)], 0, tag, props[0]))
    for key, tags in index.tags.items():
        if key[0] in ".#" and _USER_MARKUP_TOKENS.match(key[1:]):
            hits += [(index.order[id(tag)], 1, tag, key[1:]) for tag in tags]
    for _, _, tag, hit in sorted(hits, key=lambda h: h[:2]):
        head = doc.soup.head
        if not is_boilerplate(tag) and (head is None or not index.within(tag, head)):
            return f'<{tag.name}> marked "{hit}"'
    return None


def user_submitted_findings(graph: dict[str, Any], doc: Document) -> list[Finding]:
    """FAQ_USER_SUBMITTED when the page's FAQ answers look written by users (names of
    answerers, votes): FAQPage is for answers the site writes, QAPage for user answers."""
    questions = graph_questions(graph)
    if not questions:
        return []
    signal, path = None, "$['@graph'][0]"
    for i, node in questions:
        m = _USER_TEXT.search(answer_plain_text(node))
        if m:
            signal = f'an answer says "{normalize_space(m.group(0))}"'
            path = f"$['@graph'][{i}].acceptedAnswer.text"
            break
    signal = signal or _user_markup(doc)
    if signal is None:
        return []
    return [Finding("FAQ_USER_SUBMITTED", INFO,
                    f"the FAQ's answers look user-submitted ({signal}): FAQPage markup is for "
                    "answers the site writes; mark up user answers as QAPage", path)]


def statement_findings(doc: Document) -> list[Finding]:
    """REVIEW_UNREAD, REVIEW_DATE_AMBIGUOUS and CREDENTIAL_UNLISTED: what the page's review
    statements say that could not be read (extract/review.py), each with its line."""
    notes = doc.memo(read_review).notes
    source = page_source(doc) if notes else ""
    return [replace(n.finding, line=find_line(source, n.statement)) for n in notes]


def page_findings(graph: dict[str, Any], doc: Document, others: list[JsonLdBlock],
                  config: SiteConfig | None, today: date) -> list[Finding]:
    """Every per-page governance finding for a graph about to be written into (or read
    from) `doc`."""
    gov = _governance(config)
    findings = review_findings(graph, today, gov)
    findings += reviewer_findings(graph, config)
    findings += answer_html_findings(graph, others)
    findings += user_submitted_findings(graph, doc)
    findings += statement_findings(doc)
    return findings
