"""The person a reviewer label names ("Medically reviewed by" + what follows): a person
(people.py), or past what may stand between the label and the name: a lower-case
description ("pediatric sleep specialist Dr. NAME, MD"), a title before a doctor ("our
Scientific Advisory Board member Dr. NAME, PhD"), a role phrase ended by a comma or a
colon ("our Superintendent Pharmacist, NAME", "a registered dietitian: NAME, APD"). A
name that is one bare word or ends in a role word is not a person's. README, "Review
statement grammar"."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from functools import cache

from bs4 import Tag

from ..dates import FoundDate, find_date, trailing_year
from ..records import Person
from ..tagindex import HEADINGS
from ..text import ONE_WORD_NAMES
from ..wording import phrase_pattern, wording
from .people import Reading, credentials_only, read_person
from .prefixes import body_word
from .statement_text import block_text

# Matched at a text's start; (?<!…) keeps a search from restarting inside a word.
_DESCRIPTION = re.compile(r"(?<![\w'-])(?:[a-z][\w'-]*+,?+\s++){1,8}+(?=[A-Z])")
# Up to six words of a description, none joining two parties, then an honorific.
_TITLED = re.compile(r"(?<![\w'-])(?:(?!(?:and|with|by|from)\s)[\w'-]++\s++){1,6}?"
                     r"(?=(?:Dr|Prof)\.?\s)")


_INCLUDING = ("including", "such as", "like", "among them")


def _group_including(description: str) -> bool:
    """A description naming a group, then some of its members ("an advisory panel
    including", "a team of experts such as"): the group reviewed, not the member named."""
    words = description.lower().replace(",", " ").split()
    text = " ".join(words)
    return text.endswith(_INCLUDING) and any(w in wording().group_words for w in words)


def _asks(segment: str, name: str) -> bool:
    """The name read at the start of `segment` runs on into a question ("Can Tessel
    prescribe controlled substances?": a lower-case word right after it, the line ending
    in a question mark)."""
    line = segment.split(" | ", 1)[0].rstrip()
    at = line.find(name)
    return at >= 0 and line.endswith("?") and line[at + len(name):].lstrip()[:1].islower()


def read_reviewer(segment: str) -> Reading:
    """The person a reviewer label names, past a lower-case description before the name
    ("pediatric sleep specialist Dr. Aaron Feld, MD", "registered dietitian and certified
    diabetes educator Fiona Raskin, MS, RD"), which is kept only when the name carries
    credentials or an honorific."""
    reading = read_person(segment)
    if reading.person is not None and _asks(segment, reading.person.name):
        # "Clinically reviewed" chip over "Can Tessel prescribe …?": an article's title
        return replace(reading, person=None, reason="a question, not a person's name")
    if reading.person is None and (roled := _after_role(segment)):
        return roled  # "our Superintendent Pharmacist, NAME", "a dietitian: NAME"
    if reading.person is None and (m := _DESCRIPTION.match(segment)):
        if _group_including(m.group(0)):  # "an advisory panel including Dr. NAME, MD"
            return replace(reading, reason="a group, not a person")
        described = read_person(segment[m.end():])
        if described.person and (described.person.credentials or described.person.prefix):
            return described
    if reading.person is None and (m := _TITLED.match(segment)):
        # "our Scientific Advisory Board member Dr. NAME, PhD": a title of any case, then
        # a doctor with credentials
        titled = read_person(segment[m.end():])
        if titled.person and titled.person.credentials and titled.person.prefix:
            return titled
    if (reading.reason == "a group, not a person" or segment.split(" ", 1)[0].lower()
            in wording().determiners) and (member := _group_member(segment)):
        return member  # "Medical Advisory Board member NAME, MD", "Review Board NAME, DPM",
        # "our Medical Advisory Board member NAME, MD, PhD"
    person = reading.person
    if person and not (person.credentials or person.prefix) and _ends_in_role(person.name):
        # "Senior Medical Editor, Dr NAME": the person after the role; "Verified By Lotus
        # Endocrinologist": a practice's role, not a person's name
        return _after_role(segment) or replace(reading, person=None,
                                               reason="a role, not a person's name")
    if person and " " not in person.name and not (person.credentials or person.prefix) \
            and not ONE_WORD_NAMES.search(person.name):  # Korean, Japanese: "정하은"
        # "Medical Reviewer · Cardiology": one bare word is a specialty or a team, not a
        # person's name (a reviewer named by one word has "Dr." or credentials with it)
        return replace(reading, person=None, reason="one word, not a person's name")
    if person and not person.credentials:
        return _credentials_line(reading, segment)
    return reading


_CARD_LINES = 3  # a card's lines after the name where its credentials line may stand
_PART_END = re.compile(r"\s[·•—–;]\s")  # a line's part ends at a spaced separator


def dated_at_once(segment: str, locale: str | None) -> bool:
    """A card's role label followed at once by a date ("Medically Reviewed <date>"), not
    by a name ("Pharmacist Reviewed NAME, RPh · 03/05/2026")."""
    found = find_date(segment[:40], locale)
    return found is not None and found.start == 0


# a season or a quarter before a year: the review's date at the year's precision
_SEASONS = frozenset({"spring", "summer", "autumn", "fall", "winter", "q1", "q2", "q3", "q4"})
_YEAR_LEADS = frozenset({"in", "reviewed"}) | _SEASONS  # "… — Reviewed 2026", "… in 2026"


def _closing_year(segment: str, reading: Reading | None, colon: bool, opens: bool
                  ) -> FoundDate | None:
    """A year closing a statement's first part (`trailing_year`; the part ends at a
    separator, a line break, or the full stop after the year: "Committee, 2026. © 2019-…"):
    after a reviewer label ("NAME, PsyD, 2026.", "Medical Affairs, 2026."; "— Reviewed
    2026", "in 2026" only after a person), or after a date label's colon ("Last clinical
    review: 2026", "Reviewed: Spring 2026") or a season or quarter ("Reviewed Q1 2026");
    not after a bare date label ("Last reviewed 2024." in a source list, "Accredited ·
    Reviewed 2025"); a group's only where the label opens its text (`opens`)."""
    line = segment.split(" | ", 1)[0]
    stop = _YEAR_STOP.search(line)
    line = line[: stop.end()] if stop else line
    if reading is None and not colon and line.split(" ", 1)[0].lower() not in _SEASONS:
        return None
    if reading is not None and reading.person is None and not opens:
        return None  # "Site reviewed by the Health Web Awards panel, 2000": an award's
    leads = _YEAR_LEADS if reading is not None and reading.person is not None else _SEASONS
    ends = [m.start() for m in _PART_END.finditer(line)][:_PARTS]
    for end in [*ends, len(line)]:  # the line up to each part's end: "Q1 2026 · Price …"
        if (found := trailing_year(line[:end], leads)) is not None:
            return found
    return None


_YEAR_STOP = re.compile(r"(?<![\w/.-])(?:19|20)\d\d\.(?=\s)")  # "…, 2026. Next sentence"
_PARTS = 4  # a line's parts tried for a closing year


def statement_date(segment: str, locale: str | None, reading: Reading | None,
                   colon: bool = False, lead: str = "") -> FoundDate | None:
    """The first date of a statement's segment, else a year closing it (`_closing_year`;
    `colon`: the label ends with one; `lead`: its text node before it), unless it stands
    after a later line that names another person ("Reviewed by Dr NAME, MD | | AUTHOR |
    Jan 27, 2026": a subtitle read on into the byline under it, whose date is the
    author's post date)."""
    date = find_date(segment, locale) or _closing_year(segment, reading, colon, not lead.strip())
    person = reading.person if reading is not None else None
    if date is None or person is None:
        return date
    for line in segment[: date.start].split(" | ")[1:]:
        other = read_reviewer(line.strip()) if line.strip() else None
        if other is not None and other.person is not None and other.next_token is None \
                and " " in other.person.name and other.person.name != person.name:
            return None  # a line that is wholly another person's name
    return date


def after_block(reading: Reading, segment: str, line: Tag) -> Reading:
    """The reading completed by `line`, the element after the statement's block: the
    reviewer's credentials, when the statement ends with a name that has none
    ("<div>Reviewed by <strong>Dr NAME</strong></div><div>MBBS, MRCP (UK), FAMS ·
    Consultant, Renal Medicine</div>"), or, when it names a group, the first of the
    members listed there (`listed_members`); or a card that names the reviewer again with
    the credentials ("Reviewed by <a>Dr NAME</a>" over "<p>Dr NAME</p><p>MBBS, MD
    (Pathology), DNB</p>")."""
    person = reading.person
    if person is None:
        return listed_members(segment, line) or reading
    if person.credentials or reading.next_token is not None:
        return reading
    again = read_person(text := block_text(line))
    if again.person is not None and again.person.name == person.name and again.person.credentials:
        return replace(reading, person=again.person, unlisted=again.unlisted)
    return _credentials_line(reading, f"{person.name} | {text}")


def _credentials_line(reading: Reading, segment: str) -> Reading:
    """A card whose credentials have a line of their own, after the name or after a role
    line ("Dr NAME | Senior Consultant, Gastroenterology | MBBS (S'pore), MRCP (UK)"), or
    after a role on their line ("NAME | Physiotherapist, BPhysio (Hons), APAM"): the first
    such line that is wholly credentials gives them."""
    person = reading.person
    assert person is not None
    for line in segment.split(" | ")[1:_CARD_LINES]:
        line = _PART_END.split(line, 1)[0]  # "MBBS, MRCP (UK), FAMS · Consultant, …"
        role, comma, rest = line.partition(",")  # "Physiotherapist, BPhysio (Hons), APAM"
        if comma and _ends_in_role(" ".join(role.lower().split())):
            line = rest
        head, dot, _ = line.partition(". ")  # "…, MB BCh BAO, MRCPsych. View all posts"
        line = head if dot and not credentials_only(line) and credentials_only(head) else line
        found = read_person(f"{person.name}, {line}") if credentials_only(line) else None
        if found and found.person and found.person.credentials \
                and found.person.name == person.name:
            return replace(reading, person=replace(person, credentials=found.person.credentials),
                           unlisted=found.unlisted)
    return reading


_ROLE_WITHIN = 60  # characters: a role phrase before its comma or colon is short
_GROUP_WITHIN = 8  # words: a group's name before its member's


def _group_member(segment: str) -> Reading | None:
    """The person named after a group's name ("Cedarline Medical Review Board Gwendolyn
    Osterhaus, DPM", "Medical Advisory Board member NAME, MD, PhD"): the words after the
    last group word among the first _GROUP_WITHIN, read as a person with credentials or
    an honorific, or beside a title ("みなと耳鼻咽喉科クリニック 院長 NAME": the clinic's
    director; "내분비대사내과 NAME 교수": a department's professor)."""
    words = segment.split()
    last = max((k for k, w in enumerate(words[:_GROUP_WITHIN]) if body_word(w)), default=-1)
    if last < 0:
        return None
    titled = last + 1 < len(words) and words[last + 1] in wording().title_suffixes
    reading = read_person(" ".join(words[last + 1 + titled:]))
    person, titled = reading.person, titled or reading.next_token in wording().title_suffixes
    return reading if person and (person.credentials or person.prefix or titled) else None


_LISTED = 2  # list items read after a group's statement


def listed_members(segment: str, listed: Tag) -> Reading | None:
    """The first person of the list right after a statement whose reviewer is a group
    ("All Healthwise education is reviewed by a team that includes physicians …" over
    `<ul><li>NAME MD - Family Medicine</li>…</ul>`): when the list's first items are each
    a person with credentials on a line of its own (not a member's card), its first is
    the page's reviewer (a syndicated review board's credits, first named as the page's)."""
    if listed.name not in ("ul", "ol") or not any(
            body_word(w) for w in segment.split()[:_GROUP_WITHIN]):
        return None
    items = listed.find_all("li", recursive=False, limit=_LISTED)
    if any(li.find(_CARD_PARTS) for li in items):
        return None  # a review board page's member cards (a heading, a photo, a bio)
    readings = [read_person(block_text(li)) for li in items]
    if not readings or not all(r.person and r.person.credentials for r in readings):
        return None
    return readings[0]


_CARD_PARTS = (*HEADINGS[1:], "p", "div", "img")


# "Updated by:" where a statement "Also reviewed by" follows: an encyclopedia's credit
_UPDATED_BY = re.compile(r"(?<![\w-])updated\s++by\s*+:?+\s*+", re.I)
_PRIMARY_WITHIN = 400  # characters before "Also reviewed by" read for the primary credit


def primary_before(before: str, label: str) -> Reading | None:
    """The person an "Also reviewed by" statement comes second to: `label` (as matched)
    or `before` (its text node before it) ends with "also", and `before` holds
    "Updated by: NAME, MD, …" with credentials (A.D.A.M.'s credit: "Review Date
    3/14/2025 · Updated by: NAME, MD, Rheumatology, … Also reviewed by NAME, MD, MHA,
    Medical Director, …": the physician who updated the topic reviewed it; the medical
    director reviewed it too)."""
    if "also" not in f"{before[-8:]} {label}".lower().split():
        return None
    before = before[-_PRIMARY_WITHIN:]
    found = list(_UPDATED_BY.finditer(before))
    if not found:
        return None
    name, *parts = before[found[-1].end():].split(", ")
    lead = [name, *itertools.takewhile(credentials_only, parts)]  # not "…, Duluth, MN."
    reading = read_person(", ".join(lead))
    return reading if reading.person and reading.person.credentials else None


def past_by(rest: str) -> str:
    """`rest` without a byline word opening it ("by NAME" after a badge)."""
    first, _, after = rest.partition(" ")
    return after if first.lower() in wording().byline_words else rest


def role_after(segment: str, person: Person) -> bool:
    """The comma part right after `person`'s name in `segment` is a role ("NAME, Clinical
    Nurse Consultant, in March 2026"): a professional named in prose, as credentials or an
    honorific name one; or a role word right after the name in a script that writes
    titles after the name ("审核 NAME 主任医师")."""
    _, found, rest = segment.partition(person.name)
    part = rest.lstrip(" ,").split(",", 1)[0] if found and rest.lstrip().startswith(",") else ""
    word = (rest.split(None, 1) or [""])[0] if found and rest[:1].isspace() else ""
    return (bool(part) and _ends_in_role(part)) or (
        bool(ONE_WORD_NAMES.match(word)) and word in wording().roles)


def _ends_in_role(text: str) -> bool:
    """`text` ends in a role word or phrase ("… Endocrinologist", "Senior Medical Editor")."""
    lead = " ".join(text.lower().split())
    return any(lead == r or lead.endswith(" " + r) for r in wording().roles)


def _after_role(segment: str) -> Reading | None:
    """The person after a role phrase that ends in a comma or colon ("our Superintendent
    Pharmacist, Helen Carver", "a registered dietitian: Hannah Whitcombe, APD"): the
    phrase must end in a role word (`roles`) and the person have a full name or
    credentials, or the phrase start with a determiner ("our head of sports science,
    NAME, AEP") and the person have credentials or an honorific."""
    cut = min((i for i in (segment.find(","), segment.find(":"), segment.find(" | ")) if i > 0),
              default=-1)  # " | ": the name on the card's next line ("our expert | NAME, RDN")
    if cut < 0 or cut > _ROLE_WITHIN or segment[:cut].rstrip().endswith((".", "!", "?")):
        return None  # "… are reviewed by a consultant. | Dr NAME": a sentence ended, and
        # a team card's name follows
    words = wording()
    lead = " ".join(segment[:cut].lower().split())
    role = _ends_in_role(lead)
    described = lead.split(" ", 1)[0] in words.determiners
    if not (role or described):
        return None
    reading = read_person(segment[cut + 1:].lstrip("| "))
    person = reading.person
    if person is None or not (person.credentials or person.prefix or (
            role and " " in person.name)):
        return None
    return reading


_ROLE_LINE = 120  # characters after a label where the reviewer's role is written
_ROLE_WORDS = 4  # words after a label where a community's role stands in for a person


def clinician(reviewer: Reading | None, segment: str, degrees: bool = True) -> bool:
    """An approval's person is a clinician: credentials, an honorific, or a clinical role
    in the statement ("Clinically approved by NAME, Consultant Physiotherapist"), not an
    officer ("Authorised by NAME, Chief Executive": a publisher's legal line, whatever
    honorific the officer has: `officer_titles`). Without
    `degrees`, a general degree alone ("Fact-checked by NAME, MPH": a researcher's) is
    not a clinician's credential."""
    person = reviewer.person if reviewer else None
    low = segment.lower()
    general = () if degrees else wording().general_degrees
    if _titles(wording().officer_titles).search(segment[:_ROLE_LINE]):
        return False  # "Approved by: Dr. NAME, Chief Executive Officer / Registrar"
    return person is not None and bool(
        any(c.lower() not in general for c in person.credentials)
        or person.prefix or any(role in low for role in wording().roles))


def other_party(reviewer: Reading, segment: str) -> bool:
    """A person named without credentials whose role is not a clinician's ("Reviewed by
    NAME, licensed insurance agent (NPN …)", "…, Senior Commerce Editor": `other_roles`),
    or who signs with a first name and an initial ("reviewed by Aoife M.": a customer),
    or an officer (`officer_titles`) with no honorific and no listed credential;
    or, with no person, a role that is not a clinician's in the reviewer's place
    ("Reviewed by moderator Nov 30, 2026" on a forum's topic list)."""
    person = reviewer.person
    if person is None:  # a role in the first words: "moderator", "our … assessors"
        lead = [w.strip(".,:;") for w in segment.lower().split()[:_ROLE_WORDS]]
        return any(" ".join(lead[k:k + len(r.split())]) == r
                   for r in wording().forum_roles for k in range(len(lead)))
    names = person.name.split()
    if len(names) == 2 and len(names[1].rstrip(".")) == 1 and names[1][0].isupper():
        return True  # "Luis M., RN · Verified purchase": a customer, whatever follows (not
        # a one-character Japanese given name: "佐々木 崇")
    if not person.prefix and reviewer.unlisted == person.credentials \
            and _titles(wording().officer_titles).search(segment[:_ROLE_LINE]):
        return True  # "reviewed by our Administrator, NAME, LNHA": an officer, no clinician
    if person.credentials or person.prefix:
        return False
    return _other_roles().search(segment, 0, _ROLE_LINE) is not None or _panel(segment)


def _panel(segment: str) -> bool:
    """People named and then described as a group ("Jack NAME and Sophie NAME, our
    taste-test panel"): a comma part that opens with a determiner and holds a group
    word."""
    words = wording()
    for part in segment[:_ROLE_LINE].lower().split(",")[1:]:
        tokens = part.split()
        if tokens and tokens[0] in words.determiners \
                and any(t.strip(".;:") in words.group_words for t in tokens[1:]):
            return True
    return False


@cache
def _titles(titles: tuple[str, ...]) -> re.Pattern[str]:
    """Any of `titles` as whole words, in any case."""
    return re.compile(rf"(?<![\w-])(?:{phrase_pattern(titles)})(?![\w-])", re.I)


def _other_roles() -> re.Pattern[str]:
    return _titles(wording().other_roles)
