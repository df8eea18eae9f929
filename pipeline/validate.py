"""Validation: the JSON Schemas in `schemas/`, plus rules no schema can express.

Finding codes (stable; the README has the table):
  SCHEMA               error    the graph breaks a JSON Schema in schemas/
  FAQ_NOT_VISIBLE      error    a marked-up question or answer is not in the page's visible text
  FAQPAGE_COUNT        error    the page would carry more than one FAQPage
  REVIEW_IN_FUTURE     error    lastReviewed is after today
  JSONLD_MISSING       error    (validate) the page has no healthld block
  JSONLD_INVALID       error    (validate) our block is not valid JSON
  JSONLD_DUPLICATE     error    (validate) the page has more than one healthld block
  JSONLD_OTHER_INVALID warning  another tool's JSON-LD block is not valid JSON (left as is)
  PAGE_NAME_MISSING    warning  the page has no h1, og:title or <title> to name it
  URL_OTHER_HOST       warning  the page's canonical URL is on another host than site.base_url
  DATE_MONTH_PRECISION info     lastReviewed states a month, not a day (ISO 8601, not xsd:date)
  SOURCES_EMPTY        warning  a Sources / References / Further reading heading has no links
  FAQ_ALREADY_MARKED_UP info    another tool's FAQPage carries the visible FAQ; ours is left out
  FAQ_STALE_MARKUP     error    another tool's FAQPage disagrees with the visible FAQ
  PAGE_NODE_DUPLICATE  warning  other tools carry several page nodes for this URL, other @ids
  JSONLD_OTHER_REMOVED info     (--existing replace) other tools' FAQPage/WebPage blocks removed
  REVIEW_STALE         warning  lastReviewed is older than governance.max_review_age_months (12)
  REVIEW_MISSING       warning  a MedicalWebPage has no reviewer or no review date
  REVIEWER_UNKNOWN     warning  the reviewer is not in the site's [reviewers] registry
  FAQ_DUPLICATE_SITE   warning  the same question is marked up on several pages (batch pass)
  ANSWER_HTML_DISALLOWED warning an Answer's HTML uses tags outside the allowed list
  FAQ_USER_SUBMITTED   info     the FAQ's answers look user-submitted: use QAPage
  REVIEW_UNREAD        warning  a review statement's reviewer name or date could not be read
  REVIEW_DATE_AMBIGUOUS warning a numeric review date the page's locale cannot settle (not guessed)
  CREDENTIAL_UNLISTED  info     an unlisted credential-shaped token after the reviewer's name (kept)
  OUTPUT_STALE         error    (check) a build would change the output page
  OUTPUT_MISSING       error    (check) the output page does not exist
  PAGE_FAILED          error    (reports) the page could not be processed
  FAQ_UNREAD           info     an FAQ heading has no question with an answer healthld can read
  The governance codes (governance.py) and FAQ_NOT_VISIBLE / REVIEW_IN_FUTURE take their
  severity from the site config's [governance.severity]; `off` turns a rule off.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from . import governance
from .dated import date_findings
from .document import Document
from .existing import (
    JSON_LD,
    ExistingNode,
    ExistingPlan,
    JsonLdBlock,
    answer_plain_text,
    jsonld_blocks,
    nodes,
    read_existing,
)
from .extract.citations import section_citations, sources_sections
from .extract.faq import unread_findings
from .graph import graph_questions, types_of
from .policy import apply_severity
from .records import ERROR, WARNING, Finding
from .schema_store import graph_errors
from .sourceline import add_lines, page_source

if TYPE_CHECKING:
    from .config import SiteConfig

_MAX_MESSAGE = 240


def _short(message: str) -> str:
    return message if len(message) <= _MAX_MESSAGE else message[: _MAX_MESSAGE - 1] + "…"


def schema_findings(graph: dict[str, Any]) -> list[Finding]:
    """Every JSON Schema violation, as findings with their JSON path."""
    return [Finding("SCHEMA", ERROR, _short(message), path)
            for path, message in graph_errors(graph)]


def visibility_findings(graph: dict[str, Any], doc: Document) -> list[Finding]:
    """Every question and answer in the graph must be in the page's visible text."""
    findings = []
    for i, node in graph_questions(graph):
        path = f"$['@graph'][{i}]"
        name = str(node.get("name", ""))
        if not doc.is_visible_text(name):
            findings.append(Finding("FAQ_NOT_VISIBLE", ERROR,
                                    f"question not visible on the page: {_short(name)!r}",
                                    f"{path}.name"))
        if not doc.is_visible_text(answer_plain_text(node)):
            findings.append(Finding("FAQ_NOT_VISIBLE", ERROR,
                                    f"answer to {_short(name)!r} is not visible on the page",
                                    f"{path}.acceptedAnswer.text"))
    return findings


def faqpage_findings(graph: dict[str, Any], others: list[JsonLdBlock],
                     markup: tuple[ExistingNode, ...] = ()) -> list[Finding]:
    """At most one FAQPage on the page, counting other tools' JSON-LD blocks and the
    microdata and RDFa in `markup`."""
    ours = sum(1 for n in nodes(graph) if "FAQPage" in types_of(n))
    theirs = [f"block #{b.index}" for b in others if b.data is not None
              for n in nodes(b.data) if "FAQPage" in types_of(n)]
    theirs += [n.syntax for n in markup if n.syntax != JSON_LD and "FAQPage" in types_of(n.data)]
    if ours + len(theirs) <= 1:
        return []
    where = f" (other tools: {', '.join(theirs)})" if theirs else ""
    return [Finding("FAQPAGE_COUNT", ERROR,
                    f"the page would carry {ours + len(theirs)} FAQPage nodes; one is "
                    f"allowed{where}")]


def page_findings(graph: dict[str, Any]) -> list[Finding]:
    page = graph.get("@graph", [{}])[0] if graph.get("@graph") else {}
    if isinstance(page, dict) and "name" not in page:
        return [Finding("PAGE_NAME_MISSING", WARNING,
                        "the page has no <h1>, og:title or <title>: the MedicalWebPage has no name",
                        "$['@graph'][0]")]
    return []


def host_findings(graph: dict[str, Any], config: SiteConfig | None) -> list[Finding]:
    """URL_OTHER_HOST when the page's URL is on another host than site.base_url: the
    @ids of the WebSite, Organization and people would name one site, the page another
    (a staging base_url, a copied config)."""
    page = graph.get("@graph", [{}])[0] if graph.get("@graph") else {}
    url = str(page.get("url", "")) if isinstance(page, dict) else ""
    if config is None or not url:
        return []
    host, site = urlsplit(url).netloc.lower(), urlsplit(config.base_url).netloc.lower()
    if not host or host == site:
        return []
    return [Finding("URL_OTHER_HOST", WARNING,
                    f"the page's URL {url} is on {host}, but site.base_url is "
                    f"{config.base_url}: the site's @ids would name another site; set "
                    "site.base_url to the site's address or correct the canonical link",
                    "$['@graph'][0].url")]


def sources_findings(graph: dict[str, Any], doc: Document) -> list[Finding]:
    """A sources heading with no links under it: a warning, never an invented citation."""
    page = graph.get("@graph", [{}])[0] if graph.get("@graph") else {}
    url = str(page.get("url", "")) if isinstance(page, dict) else ""
    return [Finding("SOURCES_EMPTY", WARNING,
                    f"the {_short(s.title)!r} section has no links: the page cites nothing; "
                    "link the sources or remove the heading")
            for s in sources_sections(doc) if not section_citations(s, url)]


def validate_graph(graph: dict[str, Any], doc: Document, today: date,
                   config: SiteConfig | None = None,
                   existing: ExistingPlan | None = None) -> list[Finding]:
    """All findings for a graph about to be written into (or read from) `doc`: schemas, the
    rules below and the governance rules (governance.py), with the severities `config` sets,
    each with the line of the page source it is about where that is known."""
    kept = existing.kept if existing else read_existing(doc)
    others = list(kept.blocks)
    findings = schema_findings(graph)
    findings += visibility_findings(graph, doc)
    findings += faqpage_findings(graph, others, kept.nodes)
    findings += list(existing.findings) if existing else []
    findings += page_findings(graph)
    findings += host_findings(graph, config)
    findings += sources_findings(graph, doc)
    findings += unread_findings(doc)
    findings += date_findings(graph, today)
    findings += [Finding("JSONLD_OTHER_INVALID", WARNING,
                         f"JSON-LD block #{b.index} is not valid JSON ({_short(b.error)}); "
                         "left as is")
                 for b in others if b.error]
    findings += governance.page_findings(graph, doc, others, config, today)
    return add_lines(apply_severity(findings, config, doc.source), graph,
                     page_source(doc))


def validate_page(doc: Document, today: date,
                  config: SiteConfig | None = None) -> tuple[dict[str, Any] | None, list[Finding]]:
    """Validate the healthld block already in a page. Returns (graph or None, findings)."""
    ours = [b for b in jsonld_blocks(doc) if b.ours]
    if not ours:
        return None, [Finding("JSONLD_MISSING", ERROR, "the page has no healthld JSON-LD block")]
    if ours[0].error:
        return None, [Finding("JSONLD_INVALID", ERROR,
                              f"the healthld block is not valid JSON: {ours[0].error}")]
    graph = ours[0].data
    findings = validate_graph(graph, doc, today, config)
    if len(ours) > 1:
        findings.append(Finding("JSONLD_DUPLICATE", ERROR,
                                f"the page has {len(ours)} healthld blocks; one is allowed"))
    return graph, findings
