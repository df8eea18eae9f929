"""Build the schema.org graph from an `Extraction` and the site config. The only place
JSON-LD is made.

Ids are stable: the page is its canonical URL; the WebSite, Organization and logo
hang off the site's base URL (`#website`, `#organization`, `#logo`); a person is
`<base>#/schema/person/<slug of name>`, so every page reviewed by the same person
points at one node; a question is `<page>#<its element id>` or `<page>#faq-<slug>`.
A medical entity is `<base>#/schema/<condition|drug|procedure|therapy>/<dictionary id>`,
so pages about the same condition point at one node.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from .config import SiteConfig
from .records import Citation, Extraction, FAQItem, GraphJoins, MedicalTerm, Person

CONTEXT = "https://schema.org"
SCHEMA = "https://schema.org/"
Node = dict[str, Any]


def slug(text: str) -> str:
    """ASCII, lowercase, hyphen-separated; never empty."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:80].strip("-") or "item"


def person_id(config: SiteConfig, person: Person) -> str:
    """The person's @id: the registry's `id` if set, else `<base>#/schema/person/<slug>` of
    the registry's spelling of the name (or the page's, for a person not in the registry)."""
    entry = config.reviewer(person.name)
    if entry and entry.id:
        return entry.id
    return f"{config.base_url}#/schema/person/{slug(entry.name if entry else person.name)}"


def _person(config: SiteConfig, person: Person) -> Node:
    """A Person node. A registry entry for the name is authoritative for the name, url and
    credentials it states (so every page says the same about one @id) and adds sameAs
    and image; the page fills in what the registry leaves out."""
    entry = config.reviewer(person.name)
    credentials = (entry.credentials if entry else ()) or person.credentials
    node: Node = {"@type": "Person", "@id": person_id(config, person),
                  "name": entry.name if entry else person.name}
    if person.prefix:
        node["honorificPrefix"] = person.prefix
    if credentials:
        node["honorificSuffix"] = ", ".join(credentials)
    url = (entry.url if entry else None) or person.url
    if url:
        node["url"] = url
    if entry and entry.image:
        node["image"] = entry.image
    if entry and entry.same_as:
        node["sameAs"] = list(entry.same_as)
    return node


def _add_person(people: dict[str, Node], node: Node) -> Node:
    """Add a person node, merging facts into an existing node with the same @id; return a ref."""
    merged = people.setdefault(node["@id"], node)
    for key, value in node.items():
        merged.setdefault(key, value)
    return {"@id": node["@id"]}


def _questions(page_url: str, faq: tuple[FAQItem, ...], language: str | None) -> list[Node]:
    nodes: list[Node] = []
    used: set[str] = set()
    for position, item in enumerate(faq, start=1):
        fragment = item.anchor or f"faq-{slug(item.question)}"
        base, n = fragment, 2
        while fragment in used:
            fragment, n = f"{base}-{n}", n + 1
        used.add(fragment)
        node: Node = {
            "@type": "Question",
            "@id": f"{page_url}#{fragment}",
            "name": item.question,
            "position": position,
            "answerCount": 1,
            "acceptedAnswer": {"@type": "Answer", "text": item.answer_html},
        }
        if language:
            node["inLanguage"] = language
        nodes.append(node)
    return nodes


def _audience(config: SiteConfig) -> dict[str, Any]:
    """`Patient` is a class (a MedicalAudience): it becomes an `audience` node. Clinician and
    MedicalResearcher are MedicalAudienceType members: they go in `medicalAudience`."""
    out: dict[str, Any] = {}
    if "Patient" in config.audience:
        out["audience"] = {"@type": "Patient"}
    types = [SCHEMA + a for a in config.audience if a != "Patient"]
    if types:
        out["medicalAudience"] = types[0] if len(types) == 1 else types
    return out


def build_graph(extraction: Extraction, config: SiteConfig,
                joins: GraphJoins | None = None) -> dict[str, Any]:
    """The page's JSON-LD document: `{"@context": ..., "@graph": [...]}`.

    `joins` (from `existing.plan`) makes the graph join other tools' markup on the page:
    their @ids for the page, the organization and the website are used instead of ours,
    and with `omit_faq` the FAQPage type, `mainEntity` and the Questions are left out.
    """
    facts = extraction.facts
    joins = joins or GraphJoins()
    site_id = joins.website_id or f"{config.base_url}#website"
    org_id = joins.organization_id or f"{config.base_url}#organization"
    faq = () if joins.omit_faq else extraction.faq
    questions = _questions(facts.url, faq, facts.language)
    page: Node = {
        "@type": ["MedicalWebPage", "FAQPage"] if questions else "MedicalWebPage",
        "@id": joins.page_id or facts.url,
        "url": facts.url,
    }
    if facts.title:
        page["name"] = facts.title
    if facts.description:
        page["description"] = facts.description
    if facts.language:
        page["inLanguage"] = facts.language
    page["isPartOf"] = {"@id": site_id}
    page["publisher"] = {"@id": org_id}
    if facts.date_published:
        page["datePublished"] = facts.date_published
    if facts.date_modified:
        page["dateModified"] = facts.date_modified
    people: dict[str, Node] = {}  # one node per person, even when author and reviewer
    if facts.author:
        page["author"] = _add_person(people, _person(config, facts.author))
    review = extraction.review
    if review and review.reviewer:
        page["reviewedBy"] = _add_person(people, _person(config, review.reviewer))
    if review and review.last_reviewed:
        page["lastReviewed"] = review.last_reviewed
    page.update(_audience(config))
    specialties = page_specialties(extraction.about, config.specialty)
    if specialties:
        page["specialty"] = [SCHEMA + s for s in specialties]
    entities = [_term_node(config, t) for t in (*extraction.about, *extraction.mentions)]
    for prop, terms in (("about", extraction.about), ("mentions", extraction.mentions)):
        if terms:
            page[prop] = [{"@id": term_id(config, t)} for t in terms]
    if extraction.citations:
        page["citation"] = [_citation(c) for c in extraction.citations]
    if questions:
        page["mainEntity"] = [{"@id": q["@id"]} for q in questions]
    return {"@context": CONTEXT, "@graph": [page, *questions, *entities, *people.values(),
                                           _organization(config, org_id),
                                           _website(config, site_id, org_id)]}


def _organization(config: SiteConfig, org_id: str) -> Node:
    """The publisher's Organization node, with its logo."""
    organization: Node = {
        "@type": "Organization",
        "@id": org_id,
        "name": config.publisher.name,
        "url": config.publisher.url,
    }
    if config.publisher.logo:
        organization["logo"] = {
            "@type": "ImageObject",
            "@id": f"{config.base_url}#logo",
            "url": config.publisher.logo,
        }
    return organization


def _website(config: SiteConfig, site_id: str, org_id: str) -> Node:
    """The site's WebSite node."""
    website: Node = {
        "@type": "WebSite",
        "@id": site_id,
        "url": config.base_url,
        "name": config.site_name,
        "publisher": {"@id": org_id},
    }
    if config.language:
        website["inLanguage"] = config.language
    return website


_ENTITY_KINDS = {"MedicalCondition": "condition", "Drug": "drug", "MedicalProcedure": "procedure",
                 "TherapeuticProcedure": "procedure", "MedicalTherapy": "therapy",
                 "PsychologicalTreatment": "therapy", "PhysicalTherapy": "therapy"}


def term_id(config: SiteConfig, term: MedicalTerm) -> str:
    """`<base>#/schema/<kind>/<dictionary id>`: the same node on every page of the site."""
    return f"{config.base_url}#/schema/{_ENTITY_KINDS.get(term.type, 'entity')}/{term.key}"


def page_specialties(about: tuple[MedicalTerm, ...], default: tuple[str, ...]) -> tuple[str, ...]:
    """The page's `specialty`: the specialties of what the page is about, in order, without
    repeats; the site's configured default when those name none."""
    derived = tuple(dict.fromkeys(s for term in about for s in term.specialty))
    return derived or default


def _term_node(config: SiteConfig, term: MedicalTerm) -> Node:
    """A condition, drug, procedure or therapy node. The code's value is `codeValue`
    (pending in schema.org 30.0, used deliberately: no core term carries a code's value;
    see README, "Medical entities")."""
    node: Node = {"@type": term.type, "@id": term_id(config, term), "name": term.name}
    if term.code:
        node["code"] = {"@type": "MedicalCode", "codeValue": term.code.value,
                        "codingSystem": term.code.system}
    if term.non_proprietary_name:
        node["nonProprietaryName"] = term.non_proprietary_name
    if term.brands:
        node["proprietaryName"] = term.brands[0] if len(term.brands) == 1 else list(term.brands)
    if term.prescription_status:
        node["prescriptionStatus"] = SCHEMA + term.prescription_status
    if term.drug_class:
        node["drugClass"] = {"@type": "DrugClass", "name": term.drug_class}
    if term.specialty:
        node["relevantSpecialty"] = [SCHEMA + s for s in term.specialty]
    return node


def _citation(citation: Citation) -> Node:
    return {"@type": "CreativeWork", "name": citation.name, "url": citation.url}
