"""The naive reference for the benchmark: what a user would write first.

Per page: BeautifulSoup with `html.parser`; the FAQ from headings or `<details>`, the
review line by a regular expression; the graph checked with `jsonschema.validate`
(which builds a validator and checks the schema on every call); a `<script>` added to
the soup and the page re-serialised with `str(soup)`; then `extruct.extract` (its
default syntaxes) on the written page to check the JSON-LD is there.

    python bench/naive.py IN_DIR OUT_DIR
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import extruct
import jsonschema
from bs4 import BeautifulSoup

from pipeline.schema_store import BASE, registry

REVIEWED = re.compile(r"reviewed by\s+([^,—]+)", re.I)


def faq(soup: BeautifulSoup) -> list[tuple[str, str]]:
    pairs = []
    for h in soup.find_all(["h2", "h3"]):
        if "question" in h.get_text().lower() or "faq" in h.get_text().lower():
            for q in h.find_all_next("h3"):
                answer = q.find_next_sibling("p")
                if answer is not None:
                    pairs.append((q.get_text(" ", strip=True), answer.get_text(" ", strip=True)))
            break
    for d in soup.find_all("details"):
        summary = d.find("summary")
        if summary is not None:
            question = summary.get_text(" ", strip=True)
            pairs.append((question, d.get_text(" ", strip=True).replace(question, "", 1)))
    return pairs


def graph(soup: BeautifulSoup, url: str) -> dict:
    title = soup.find("h1") or soup.find("title")
    page = {"@type": ["MedicalWebPage", "FAQPage"], "@id": url, "url": url,
            "name": title.get_text(" ", strip=True) if title else url, "inLanguage": "en-US",
            "isPartOf": {"@id": "https://www.upcregenerative.example/#website"},
            "publisher": {"@id": "https://www.upcregenerative.example/#organization"}}
    questions = [{"@type": "Question", "@id": f"{url}#q{i}", "name": q, "position": i,
                  "answerCount": 1, "acceptedAnswer": {"@type": "Answer", "text": a}}
                 for i, (q, a) in enumerate(faq(soup), 1)]
    if questions:
        page["mainEntity"] = [{"@id": q["@id"]} for q in questions]
    else:
        page["@type"] = "MedicalWebPage"
    review = REVIEWED.search(soup.get_text(" "))
    people = []
    if review:
        people.append({"@type": "Person", "@id": url + "#reviewer",
                       "name": review.group(1).strip()})
        page["reviewedBy"] = {"@id": people[0]["@id"]}
    site = "https://www.upcregenerative.example/"
    return {"@context": "https://schema.org", "@graph": [
        page, *questions, *people,
        {"@type": "Organization", "@id": site + "#organization", "name": "UPC", "url": site},
        {"@type": "WebSite", "@id": site + "#website", "url": site, "name": "UPC",
         "publisher": {"@id": site + "#organization"}},
    ]}


def main() -> None:
    src, out = Path(sys.argv[1]), Path(sys.argv[2])
    schema = registry().contents(BASE + "graph.schema.json")
    for path in sorted(src.rglob("*.html")):
        soup = BeautifulSoup(path.read_text("utf-8"), "html.parser")
        url = "https://www.upcregenerative.example/" + path.relative_to(src).as_posix()
        data = graph(soup, url)
        try:
            jsonschema.validate(data, schema, registry=registry())
        except jsonschema.ValidationError as exc:
            print(f"{path}: {exc.message}", file=sys.stderr)
        script = soup.new_tag("script", type="application/ld+json")
        script.string = json.dumps(data)
        (soup.head or soup).append(script)
        html = str(soup)
        found = extruct.extract(html, base_url=url)
        assert found["json-ld"], path
        target = out / path.relative_to(src)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html, "utf-8")


if __name__ == "__main__":
    main()
