"""Structured data already on the page, from other tools (our own block is set apart).

JSON-LD is read from the page's one tree, block by block with the standard JSON
parser, so one broken block costs only itself (extruct's page-level JSON-LD
extraction raises on, or drops, every block of a page when one is bad). Microdata
and RDFa are read with extruct's extractors, which need an lxml tree: that tree is
built from the raw bytes only when they contain `itemscope` (microdata) or
`typeof` / `vocab=` (RDFa), so a page without such markup pays nothing.

Every typed node, from every syntax, comes out as a compact JSON-LD-like dict
(`@type` and property names without the schema.org prefix), which `plan` reads to
decide how our graph lives beside it (README, "Existing structured data").
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from html import unescape
from typing import TYPE_CHECKING, Any

from .graph import is_schema_term, local_name, types_of
from .keys import fold, plain, question_key
from .markup import has_marker, is_json_ld_type
from .policy import KEEP, REPLACE
from .records import ERROR, INFO, WARNING, Extraction, Finding, GraphJoins
from .tagindex import tag_index
from .text import normalize_space
from .vocabulary import ancestors
from .writeback import ld_json_spans

if TYPE_CHECKING:
    from .config import SiteConfig
    from .document import Document

JSON_LD, MICRODATA, RDFA = "json-ld", "microdata", "rdfa"
_RDFA_MARK = re.compile(rb"\btypeof\s*=|\bvocab\s*=")
_MAX_NAMES = 3  # questions named in one finding message
TOO_DEEP = "nested deeper than a JSON parser reads (Python's limit is about 1,000 levels)"


@dataclass(frozen=True)
class JsonLdBlock:
    """One `application/ld+json` script: its data, or the reason it cannot be read."""

    index: int  # 1-based, in page order
    ours: bool
    data: Any = None
    error: str | None = None


def jsonld_blocks(doc: Document) -> list[JsonLdBlock]:
    """Every JSON-LD script on the page, in order, parsed with the standard JSON parser."""
    blocks = []
    scripts = [t for t in tag_index(doc).get("script")
               if is_json_ld_type(t.get("type"))]  # type: ignore[arg-type]  # one value
    for index, script in enumerate(scripts, 1):
        ours = has_marker(script.get_attribute_list("class"))
        text = script.string or ""
        try:
            blocks.append(JsonLdBlock(index, ours, data=json.loads(text)))
        except ValueError as exc:
            blocks.append(JsonLdBlock(index, ours, error=str(exc)))
        except RecursionError:
            blocks.append(JsonLdBlock(index, ours, error=TOO_DEEP))
    return blocks


def nodes(data: Any) -> Iterator[dict[str, Any]]:
    """Every JSON object with an @type in a JSON-LD document, depth first (with a stack of
    its own: a document nested as deep as the JSON parser reads costs no recursion)."""
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, list):
            stack.extend(item for item in reversed(value) if isinstance(item, (list, dict)))
        elif isinstance(value, dict):
            if "@type" in value:
                yield value
            stack.extend(v for k, v in reversed(value.items())
                         if k != "@context" and isinstance(v, (list, dict)))


_MARKUP = re.compile(r"<[^<>]*+>")  # not `<[^>]*>`: tried from every `<` of a run of them


def answer_plain_text(question: dict[str, Any]) -> str:
    """The accepted answer's text with its HTML tags as spaces and entities decoded."""
    answer = question.get("acceptedAnswer")
    text = str(answer.get("text", "")) if isinstance(answer, dict) else ""
    return unescape(_MARKUP.sub(" ", text))



def _from_microdata(item: Any) -> Any:
    """extruct's microdata item -> a compact JSON-LD-like dict (nested items likewise)."""
    if isinstance(item, list):
        return [_from_microdata(i) for i in item]
    if not isinstance(item, dict) or "properties" not in item:
        return item
    kinds = item.get("type", [])
    kinds = kinds if isinstance(kinds, list) else [kinds]
    node: dict[str, Any] = {"@type": [local_name(t) for t in kinds]}
    if item.get("id"):
        node["@id"] = item["id"]
    for key, value in item["properties"].items():
        node[key] = _from_microdata(value)
    return node


def _from_rdfa(expanded: list[Any]) -> list[dict[str, Any]]:
    """extruct's RDFa output (expanded JSON-LD, one flat node per subject) -> compact dicts
    with references left as `{"@id": ...}`; nodes without a schema.org type are dropped."""
    out = []
    for subject in expanded:
        if not isinstance(subject, dict):
            continue
        kinds = [local_name(t) for t in subject.get("@type", []) if is_schema_term(t)]
        if not kinds:
            continue
        node: dict[str, Any] = {"@type": kinds, "@id": subject.get("@id")}
        for key, values in subject.items():
            if key.startswith("@") or not is_schema_term(key):
                continue
            items = [v.get("@value", {"@id": v.get("@id")}) if isinstance(v, dict) else v
                     for v in values]
            node[local_name(key)] = items[0] if len(items) == 1 else items
        out.append(node)
    return out


@dataclass(frozen=True)
class ExistingNode:
    """One typed node another tool put on the page."""

    syntax: str  # JSON_LD, MICRODATA or RDFA
    data: dict[str, Any]
    block: int | None = None  # the JSON-LD block's 1-based index


@dataclass(frozen=True)
class ExistingData:
    """Other tools' structured data on one page: their JSON-LD blocks and every typed node."""

    blocks: tuple[JsonLdBlock, ...] = ()
    nodes: tuple[ExistingNode, ...] = ()
    _index: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict, repr=False,
                                                          compare=False)

    def __post_init__(self) -> None:
        for node in self.nodes:
            if isinstance(node.data.get("@id"), str):
                self._index.setdefault((node.syntax, node.data["@id"]), node.data)

    def resolve(self, syntax: str, value: Any) -> Any:
        """A `{"@id": ...}` reference replaced by the node it names in the same syntax
        (JSON-LD blocks are one dataset), else `value` itself."""
        if isinstance(value, dict) and set(value) == {"@id"}:
            return self._index.get((syntax, str(value["@id"])), value)
        return value

    def without_blocks(self, indexes: Iterable[int]) -> ExistingData:
        """What stays on the page once the JSON-LD blocks `indexes` are removed."""
        gone = set(indexes)
        return ExistingData(tuple(b for b in self.blocks if b.index not in gone),
                            tuple(n for n in self.nodes if n.block not in gone))


def read_existing(doc: Document, base_url: str | None = None) -> ExistingData:
    """Other tools' JSON-LD (from the page's tree), microdata and RDFa (with extruct, only
    when the raw bytes carry their attributes)."""
    blocks = tuple(b for b in jsonld_blocks(doc) if not b.ours)
    found = [ExistingNode(JSON_LD, n, b.index) for b in blocks if b.data is not None
             for n in nodes(b.data)]
    lowered = doc.raw.lower()  # a plain substring test first: a caseless regex scan is slow
    microdata = b"itemscope" in lowered
    rdfa = (b"typeof" in lowered or b"vocab" in lowered) and _RDFA_MARK.search(lowered) is not None
    if microdata or rdfa:
        found += _markup_nodes(doc, base_url, microdata, rdfa)
    return ExistingData(blocks, tuple(found))


def parse_xmldom_html(*args: Any, **kwargs: Any) -> Any:
    """extruct's `parse_xmldom_html`, imported on first use (see `_markup_nodes`)."""
    from extruct.utils import parse_xmldom_html as parse

    return parse(*args, **kwargs)


def _markup_nodes(doc: Document, base_url: str | None, microdata: bool,
                  rdfa: bool) -> list[ExistingNode]:
    """Microdata and RDFa nodes, with extruct on an lxml tree of the page's text (decoded
    as the page was, handed over as UTF-8). Markup the extractors cannot read is skipped:
    it never costs the page."""
    # extruct is imported here, not at the top: it costs a tenth of a second to import, and
    # a build whose pages are all unchanged (the manifest) must not pay for it.
    from extruct.w3cmicrodata import MicrodataExtractor

    text = doc.raw[doc.bom_length:].decode(doc.encoding, errors="replace")
    found: list[ExistingNode] = []
    try:
        tree = parse_xmldom_html(text.encode("utf-8"), encoding="utf-8")
        if microdata:
            items = _from_microdata(MicrodataExtractor().extract_items(tree, base_url))
            found += [ExistingNode(MICRODATA, n) for n in nodes(items)]
        if rdfa:  # pyRdfa and rdflib: ~40 ms to import, not paid for microdata alone
            from extruct.rdfa import RDFaExtractor

            found += [ExistingNode(RDFA, n)
                      for n in _from_rdfa(RDFaExtractor().extract_items(tree, base_url))]
    except Exception:  # lxml or pyRdfa on markup they cannot take: left unread
        pass
    return found


def _is_a(node: dict[str, Any], cls: str) -> bool:
    return any(cls in ancestors(t) for t in types_of(node))


def _same_url(a: Any, b: str) -> bool:
    """URLs equal once the scheme's case and http/https, a fragment and a trailing slash
    are set aside."""
    def norm(url: str) -> str:
        url = url.split("#", 1)[0].strip().rstrip("/")
        scheme, _, rest = url.partition("://")
        host, _, path = rest.partition("/")
        return host.lower() + "/" + path if scheme.lower() in ("http", "https") else url
    return isinstance(a, str) and bool(a) and norm(a) == norm(b)


def _text(value: Any) -> str:
    if isinstance(value, list):
        value = value[0] if value else ""
    if isinstance(value, dict):
        value = value.get("@value", value.get("name", ""))
    return normalize_space(str(value))


def _folded_visible_text(doc: Document) -> str:
    return "".join(fold(doc.visible_text).split())


def _is_visible(doc: Document, name: str) -> bool:
    """True when another tool's question name is on the page as a reader would see it:
    entities and tags in the name, typographic quotes and dashes aside (keys.py)."""
    needle = "".join(fold(plain(name)).split())
    return bool(needle) and needle in doc.memo(_folded_visible_text)


def _is_page_node(node: dict[str, Any], url: str) -> bool:
    return _is_a(node, "WebPage") and (_same_url(node.get("url"), url)
                                      or _same_url(node.get("@id"), url))


def claims_page(data: Any, url: str) -> bool:
    """True when a JSON-LD document carries an FAQPage, or a page node for `url`: the
    blocks the `replace` policy removes."""
    return any("FAQPage" in types_of(n) or _is_page_node(n, url) for n in nodes(data))


def faq_questions(existing: ExistingData, node: ExistingNode) -> list[str]:
    """The question texts of an FAQPage node, references resolved within its syntax."""
    entities = node.data.get("mainEntity", [])
    names = []
    for entity in entities if isinstance(entities, list) else [entities]:
        question = existing.resolve(node.syntax, entity)
        if isinstance(question, dict) and _text(question.get("name")):
            names.append(_text(question.get("name")))
    return names


def _joins(existing: ExistingData, url: str, publisher_url: str, base_url: str) -> GraphJoins:
    """The @ids other tools already use for this page, the publisher and the site."""
    typed = [n.data for n in existing.nodes if isinstance(n.data.get("@id"), str)
             and not n.data["@id"].startswith("_:")]
    page = next((n["@id"] for n in typed if _is_page_node(n, url)), None)
    website = next((n["@id"] for n in typed
                    if _is_a(n, "WebSite") and _same_url(n.get("url"), base_url)), None)
    referenced = {str(ref.get("@id")) for n in typed if _is_a(n, "WebSite") or _is_a(n, "WebPage")
                  for ref in [n.get("publisher")] if isinstance(ref, dict)}
    organization = next((n["@id"] for n in typed if _is_a(n, "Organization")
                         and _same_url(n.get("url"), publisher_url)), None)
    organization = organization or next((n["@id"] for n in typed if _is_a(n, "Organization")
                                         and n["@id"] in referenced), None)
    return GraphJoins(page_id=page, organization_id=organization, website_id=website)


def _quote(questions: list[str]) -> str:
    shown = ", ".join(repr(q) for q in questions[:_MAX_NAMES])
    more = len(questions) - _MAX_NAMES
    return shown + (f" and {more} more" if more > 0 else "")


def faq_findings(existing: ExistingData, doc: Document, ours: Iterable[str]) -> list[Finding]:
    """Compare every FAQPage other tools carry with the FAQ we found on the page."""
    ours = list(ours)
    our_keys = {question_key(q) for q in ours}
    findings = []
    for node in existing.nodes:
        if "FAQPage" not in types_of(node.data):
            continue
        where = f"JSON-LD block #{node.block}" if node.block else node.syntax
        theirs = faq_questions(existing, node)
        their_keys = {question_key(plain(q)) for q in theirs}
        stale = [q for q in theirs if not _is_visible(doc, q)]
        missing = [q for q in ours if question_key(q) not in their_keys]
        if stale or missing or not theirs:
            parts = []
            if stale:
                parts.append(f"marks up questions not on the page: {_quote(stale)}")
            if missing:
                parts.append(f"leaves out questions on the page: {_quote(missing)}")
            if not theirs:
                parts.append("has no questions")
            findings.append(Finding("FAQ_STALE_MARKUP", ERROR,
                                    f"the FAQPage in {where} disagrees with the visible FAQ: "
                                    + "; ".join(parts)))
        else:
            extra = len(their_keys - our_keys)
            unseen = f", {extra} visible but not found by healthld" if extra else ""
            findings.append(Finding("FAQ_ALREADY_MARKED_UP", INFO,
                                    f"the FAQ is already marked up as an FAQPage in {where} "
                                    f"({len(theirs)} questions{unseen}); healthld leaves the "
                                    "FAQPage to it"))
    return findings


def _page_node_findings(existing: ExistingData, url: str) -> list[Finding]:
    ids = sorted({str(n.data.get("@id")) for n in existing.nodes
                  if _is_page_node(n.data, url) and n.data.get("@id")})
    if len(ids) < 2:
        return []
    return [Finding("PAGE_NODE_DUPLICATE", WARNING,
                    f"other tools already carry {len(ids)} page nodes for {url} with different "
                    f"@ids ({', '.join(ids)}); healthld joins the first")]


@dataclass(frozen=True)
class ExistingPlan:
    """How our graph goes in beside other tools' structured data."""

    joins: GraphJoins
    kept: ExistingData  # what stays on the page
    remove: tuple[tuple[int, int], ...] = ()  # byte spans of JSON-LD blocks to remove
    findings: tuple[Finding, ...] = ()


def plan(existing: ExistingData, doc: Document, url: str, faq: Iterable[str], *,
         publisher_url: str, base_url: str, policy: str = KEEP) -> ExistingPlan:
    """Decide, for one page, which ids to reuse, whether our FAQ goes in, and (policy
    `replace`) which other JSON-LD blocks are removed. `faq` is our FAQ's questions."""
    removed: list[int] = []
    spans: list[tuple[int, int]] = []
    findings: list[Finding] = []
    if policy == REPLACE:
        # Decided on the bytes of each script, so the spans removed are exactly the
        # blocks that claim the page; a block that is not valid JSON is never removed.
        gone: list[Any] = []
        for start, end, content in ld_json_spans(doc.raw):
            try:
                data = json.loads(content.decode(doc.encoding, errors="replace"))
            except (ValueError, RecursionError):
                continue
            if claims_page(data, url):
                spans.append((start, end))
                gone.append(data)
        removed = [b.index for b in existing.blocks if b.data is not None and b.data in gone]
        if removed:
            findings.append(Finding("JSONLD_OTHER_REMOVED", INFO,
                                    "removed other tools' FAQPage/WebPage JSON-LD "
                                    "(--existing replace): "
                                    + ", ".join(f"block #{i}" for i in removed)))
    kept = existing.without_blocks(removed)
    faq = list(faq)
    findings += faq_findings(kept, doc, faq)
    findings += _page_node_findings(kept, url)
    joins = _joins(kept, url, publisher_url, base_url)
    omit = any("FAQPage" in types_of(n.data) for n in kept.nodes)
    return ExistingPlan(GraphJoins(joins.page_id, joins.organization_id, joins.website_id, omit),
                        kept, tuple(spans), tuple(findings))


def plan_page(doc: Document, extraction: Extraction, config: SiteConfig,
              policy: str = KEEP) -> ExistingPlan:
    """Read other tools' structured data on `doc` and plan how our graph goes in beside it."""
    url = extraction.facts.url
    return plan(read_existing(doc, url), doc, url, [item.question for item in extraction.faq],
                publisher_url=config.publisher.url, base_url=config.base_url, policy=policy)
