"""Typed records passed between the stages: extract -> generate -> validate -> write."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

ERROR = "error"
WARNING = "warning"
INFO = "info"
SEVERITIES = (ERROR, WARNING, INFO)


@dataclass(frozen=True)
class Person:
    """A person named on the page: the medical reviewer or the author."""

    name: str
    credentials: tuple[str, ...] = ()
    prefix: str | None = None  # honorific prefix such as "Dr."
    url: str | None = None


@dataclass(frozen=True)
class MedicalReview:
    """Who reviewed the page and when, at the precision the page states."""

    reviewer: Person | None
    last_reviewed: str | None  # "2026-06" or "2026-06-12"; never a day the page did not state


@dataclass(frozen=True)
class FAQItem:
    """One question with its answer. `answer_html` keeps only Google's allowed tags."""

    question: str
    answer_html: str
    anchor: str | None = None  # the id of the question element, if it has one


@dataclass(frozen=True)
class PageFacts:
    """Facts the page states about itself."""

    url: str
    title: str | None
    description: str | None
    language: str | None
    date_published: str | None = None
    date_modified: str | None = None
    author: Person | None = None


@dataclass(frozen=True)
class GraphJoins:
    """How our graph joins the structured data already on the page: the @ids other tools
    already use for the page, the organization and the website (None: ours), and whether
    the FAQ is left out because another tool's FAQPage already carries it."""

    page_id: str | None = None
    organization_id: str | None = None
    website_id: str | None = None
    omit_faq: bool = False


@dataclass(frozen=True)
class MedicalCode:
    """A code for a medical entity in a named coding system, such as ICD-10-CM."""

    system: str
    value: str


@dataclass(frozen=True)
class MedicalTerm:
    """One entry of the medical term dictionary (pipeline/data/medical-terms.json or the
    site config): a condition, drug, procedure or therapy, with every name it goes by."""

    key: str  # the entry's id: stable, used in the node's @id
    type: str  # a schema.org class: MedicalCondition, Drug, MedicalTherapy, ...
    name: str
    synonyms: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()  # matched case-sensitively
    brands: tuple[str, ...] = ()  # drugs: proprietary names
    code: MedicalCode | None = None
    non_proprietary_name: str | None = None
    prescription_status: str | None = None  # DrugPrescriptionStatus member
    drug_class: str | None = None
    specialty: tuple[str, ...] = ()  # MedicalSpecialty members
    source: str | None = None  # key of the dictionary's `sources`


@dataclass(frozen=True)
class Citation:
    """A work the page cites: a link under its Sources / References / Further reading heading."""

    name: str
    url: str


@dataclass(frozen=True)
class Extraction:
    """Everything pulled out of one page."""

    facts: PageFacts
    faq: tuple[FAQItem, ...] = ()
    faq_source: str | None = None  # name of the extractor that found the FAQ
    review: MedicalReview | None = None
    about: tuple[MedicalTerm, ...] = ()  # what the article is mainly about (extract/entities.py)
    mentions: tuple[MedicalTerm, ...] = ()
    citations: tuple[Citation, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready view, for `extract` output and reports."""
        return asdict(self)


@dataclass(frozen=True)
class Finding:
    """One validation result. `path` is a JSON path into the graph ("$" for the page);
    `line` is the line of the page source the finding is about, where known."""

    code: str
    severity: str
    message: str
    path: str = "$"
    line: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class PageResult:
    """The outcome of processing one page; `error` is set when the page could not be processed."""

    source: str
    output: str | None = None
    extraction: Extraction | None = None
    graph: dict[str, Any] | None = None
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None
    changed: bool = False  # written (build), or would be written (check mode)
    seconds: float = 0.0  # time spent processing the page
    skipped: bool = False  # not rebuilt: the manifest shows input, config and tool unchanged
    input_sha256: str | None = None  # the hash of the input bytes the page was built from
    # The page's Questions, (index in @graph, name, line in the page source or None), for
    # the site-wide pass (sitewide.py): found when the page is built (build.render_page),
    # as its manifest entry recorded them when it is skipped.
    questions: tuple[tuple[int, str, int | None], ...] = ()

    @property
    def ok(self) -> bool:
        return self.error is None and not any(f.severity == ERROR for f in self.findings)

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)


def plural(count: int, noun: str) -> str:
    """"1 page", "2 pages", "0 warnings": the count and the noun, plural unless 1."""
    return f"{count} {noun}{'' if count == 1 else 's'}"
