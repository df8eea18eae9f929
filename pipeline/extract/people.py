"""Names with credentials, as bylines write them: "Dr. Jane Doe, MD, FACP".

Credentials come from a fixed vocabulary (below, documented in the README) and are
kept as a list in their usual spelling; "Dr." is an honorific prefix, not a credential.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..records import Person
from ..text import normalize_space
from .urls import join_url

if TYPE_CHECKING:
    from bs4 import Tag

CREDENTIALS = (
    "MD", "DO", "MBBS", "MBChB", "PharmD", "RPh", "RN", "BSN", "MSN", "DNP", "NP", "FNP",
    "FNP-BC", "APRN", "CRNA", "PA", "PA-C", "PhD", "PsyD", "MPH", "MS", "MSc", "MA", "MBA",
    "RD", "RDN", "LD", "CDE", "CDCES", "BCPS", "BCACP", "FACP", "FACS", "FACC", "FAAP",
    "FAAFP", "FACOG", "FRCPC", "FRCP", "DPT", "PT", "OTR", "DC", "DDS", "DMD", "OD", "DPM",
    "LCSW", "LMFT", "LPC", "CNM", "IBCLC", "CPT", "ABPN", "DABA", "DABPM", "FAAPMR", "FIPP",
    "FASAM", "FAPA", "CCRN", "CNS", "PMHNP", "PMHNP-BC", "MSW", "RRT",
)
_BY_KEY = {re.sub(r"[.\s]", "", c).upper(): c for c in CREDENTIALS}
_PREFIX = re.compile(r"^(?P<prefix>Dr|Prof|Professor|Mr|Mrs|Ms|Mx)\.?\s+", re.I)
_PREFIX_CANON = {"dr": "Dr.", "prof": "Prof.", "professor": "Prof.", "mr": "Mr.", "mrs": "Mrs.",
                 "ms": "Ms.", "mx": "Mx."}


def credential(token: str) -> str | None:
    """The canonical spelling of a credential token ("M.D." -> "MD"), or None."""
    return _BY_KEY.get(re.sub(r"[.\s]", "", token).upper())


def parse_person(text: str) -> Person | None:
    """Split "Dr. Jane Doe, MD, FACP" into name, prefix and credentials.

    Trailing words that are not credentials ("Chief Medical Officer") are dropped.
    """
    text = normalize_space(text).strip(" ,.:;-–—")
    prefix = None
    m = _PREFIX.match(text)
    if m:
        prefix = _PREFIX_CANON[m["prefix"].lower()]
        text = text[m.end():]
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if not parts:
        return None
    words = parts[0].split()
    creds: list[str] = []
    while len(words) > 1 and credential(words[-1]):  # "Jane Doe MD"
        creds.insert(0, credential(words[-1]) or "")
        words.pop()
    for part in parts[1:]:
        for token in part.replace("/", " ").split():
            canon = credential(token)
            if canon and canon not in creds:
                creds.append(canon)
    name = " ".join(words)
    if not name or not any(ch.isalpha() for ch in name) or name[0].islower():
        return None  # "a board-certified physician", "our clinical team": not a name
    return Person(name=name, credentials=tuple(creds), prefix=prefix)


@lru_cache(maxsize=4096)  # registry keys and a page's names are asked for again and again
def name_key(text: str) -> str:
    """A name as registries match it: honorific prefix and credentials dropped, case and
    spacing ignored ("Dr. Rainier  Guiang, MD" and "rainier guiang" give the same key)."""
    text = " ".join(w[:1].upper() + w[1:] for w in text.split())  # "dr. jane roe" too
    person = parse_person(text)
    name = person.name if person else text
    return " ".join(name.replace(".", " ").split()).casefold()


def link_for(block: Tag, name: str, base_url: str) -> str | None:
    """The absolute href of a link in `block` whose text names the person."""
    for a in block.find_all("a", href=True):
        label = normalize_space(a.get_text(" "))
        if label and name.casefold() in label.casefold() and len(label) <= len(name) + 24:
            return join_url(base_url, str(a["href"]).strip())
    return None
