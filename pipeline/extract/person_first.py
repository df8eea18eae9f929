"""A review stated with the person first, as its sentence's subject: "Board-certified
dermatologist NAME, MD, FAAD, reviewed this article on March 9, 2026.", "Dr NAME
checked this page in May 2025." The label ("reviewed", "checked") is followed by what
was reviewed ("this article", "the page"), the person is the whole of the sentence
before it (a role word aside) or, before a relative pronoun, after its "by" ("Our
clinic is led by Dr NAME, MD, who reviewed this page in March 2026.") or after a
field's label ("Contributor: NAME, MD, Medical Oncologist, reviewed this content on
DATE"), with credentials or an honorific, and the date, if any, follows."""

from __future__ import annotations

import re
import unicodedata
from itertools import islice

from bs4 import Tag

from ..dates import find_date
from ..text import ONE_WORD_NAMES
from ..wording import wording
from .people import read_person
from .statement_labels import sentence_start
from .statements import Statement

# What the page's own review names as reviewed, right after the label ((?<!\s): matched
# right after a label, so a search never restarts inside a space run).
_OBJECT = re.compile(r"(?<!\s)\s++(?:this|the)\s++(?:article|page|post|story|guide|content|"
                     r"information|leaflet|fact\s++sheet|factsheet)(?!\w)", re.I)
_MOST = 120  # characters of the sentence before the label, and of what follows it
# The person as a relative clause's antecedent: "… led by Dr NAME, MD, who reviewed this
# page": the clause's pronoun ends the name, and the sentence's words up to "by" are not it.
_RELATIVE = "who"
_BY = re.compile(r"(?<!\w)by\s++", re.I)


def reviews_this(text: str, m: re.Match[str], block: Tag | None = None) -> bool:
    """The label `m` is followed by what the page calls itself ("… reviewed this
    article"), or preceded by an agent's mark ("… NAME tarafından kontrol edilmiştir") or
    lead ("本文由 NAME 审核", with `block`, the label's block, in which the lead may stand
    in an earlier element): its sentence names the person before it."""
    return _OBJECT.match(text, m.end()) is not None or bool(_agent_mark(text, m)) or (
        block is not None and _led_agent(text, m, block) is not None)


def person_first(text: str, m: re.Match[str], block: Tag, locale: str | None,
                 ) -> Statement | None:
    """The statement whose sentence names the person before the label `m` ("NAME, MD,
    reviewed this article on DATE"), or None."""
    led = _led_agent(text, m, block)
    if led is not None:
        return _led_statement(led, text, m, block, locale)
    agent = _agent_mark(text, m)  # reviews_this's two tests, the mark kept
    if not (agent or _OBJECT.match(text, m.end())):
        return None
    start = sentence_start(text, m, _MOST)
    if agent:  # "Bu içerik Prof. Dr. NAME tarafından": the agent after the page subject
        start = _after_page_subject(text, m.start() - len(agent), start)
    if start is None:
        return None
    before = text[start:m.start()].rsplit(": ", 1)[-1].strip(" ,")  # past "Contributor: "
    if agent:  # past a topic clause: "このページの内容は、NAMEが監修しています"; a title
        # in parentheses after the name aside: "NAME（産婦人科専門医）が監修"
        before = before[: -len(agent)].rsplit("、", 1)[-1].rstrip(" ,")
        named, paren, held = before.partition("（")
        before = named.rstrip() if paren and held.endswith("）") and _titled(held) else before
    elif before.lower().endswith(_RELATIVE) and not before[-len(_RELATIVE) - 1:][:1].isalnum():
        before = before[:-len(_RELATIVE)].rstrip(" ,")
        by = list(_BY.finditer(before))[-1:]  # a handful: a sentence's _MOST characters
        before = before[by[0].end():] if by else before
    reading = read_person(before)
    person = reading.person
    if person is None or reading.next_token is not None \
            or not (person.credentials or person.prefix or (agent and _titled(before))):
        return None
    after = text[m.end(): m.end() + _MOST]
    return Statement(bool(person.credentials), reading, find_date(after, locale), None,
                     " ".join(text[start: m.end() + _MOST].split())[:160], block)


def _led_agent(text: str, m: re.Match[str], block: Tag) -> str | None:
    """The words between an agent's lead (`agent_leads`) and the label `m`, in a language
    that names the agent before the label ("（本文经消化内科主任医师 NAME 审核）"), read in
    `text` or, when the lead stands in an earlier element of `block` ("本文由…医生
    <b>NAME</b>（…）审核"), in the block's text; None when no lead stands in the label's
    sentence within _MOST characters before it."""
    leads = wording().agent_leads
    full, end = text, m.start()
    if not any(lead in text[:end] for lead in leads):
        if not any(lead[:1] in m.group(0) or _same_script(lead, m.group(0)) for lead in leads):
            return None  # a label of another script than every lead's: no block text read
        whole = "".join(islice(block.strings, _BLOCK_STRINGS))  # a bounded read: a block
        at = whole.find(text)  # may hold thousands of labels
        if at < 0:
            return None
        full, end = whole, at + m.start()
    low = max(0, end - _MOST)
    low = max([full.rfind(stop, low, end) + 1 for stop in _CJK_STOPS] + [low])
    at = max(full.rfind(lead, low, end) + len(lead) if lead in full[low:end] else -1
             for lead in leads) if leads else -1
    return full[at:end] if at >= 0 else None


_CJK_STOPS = ("。", "！", "？", "；")  # a sentence's end in a language writing agent leads
_BLOCK_STRINGS = 24  # strings of a label's block read for a lead in an earlier element


def _same_script(lead: str, label: str) -> bool:
    """`label` is written in the script of `lead`'s first letter (Han for "由", "经"): the
    block's text is read for a lead only beside a label of a language that writes one."""
    return bool(lead) and any(unicodedata.name(c, "").split(" ")[0]
                              == unicodedata.name(lead[0], "").split(" ")[0] for c in label[:4])


def _led_statement(led: str, text: str, m: re.Match[str], block: Tag, locale: str | None,
                   ) -> Statement | None:
    """The statement of an agent read after its lead (`_led_agent`): a person with a
    title, a role, an honorific or a credential, and the date after the label, if any
    ("审阅（2026年10月）"). A trailing parenthesis is the person's unit and title
    ("NAME（精神心理科 主治医师）")."""
    words = wording()
    person_text, paren, held = led.strip().partition("（")
    if paren and "）" in held:
        led = person_text
    reading = read_person(led)
    person = reading.person
    if person is None or reading.next_token not in (None, *words.title_suffixes) \
            or any(c in led for c in "，,") or _titled(person.name) \
            or not (person.credentials or person.prefix or _titled(led)):
        return None  # "回答内容由医生本人负责，平台已审核": a clause, not a person
    after = text[m.end(): m.end() + _MOST]
    return Statement(True, reading, find_date(after, locale), None,
                     " ".join(f"{led}{m.group(0)}{after}".split())[:160], block)


def _titled(text: str) -> bool:
    """`text` holds a title or a clinical role ("执业药师", "약사", "部長")."""
    words = wording()
    return any(t in text for t in (*words.title_suffixes, *words.roles))


def _agent_mark(text: str, m: re.Match[str]) -> str:
    """The word saying "by" right before the label, in a language that writes it after
    the agent (`agent_marks`: "Bu içerik Prof. Dr. NAME tarafından kontrol edilmiştir"),
    or ""."""
    before = text[max(0, m.start() - _MARK_WINDOW):m.start()].rstrip().lower()
    return next((a for a in wording().agent_marks if before.endswith(a) and (
        len(before) == len(a) or before[-len(a) - 1].isspace()  # a word of its own, or a
        or ONE_WORD_NAMES.match(a) is not None)), "")  # particle on the name: "NAMEが監修"


_MARK_WINDOW = 24  # characters before a label that may hold an agent's mark


def _after_page_subject(text: str, end: int, start: int | None) -> int | None:
    """Where the words after the last page subject ("Bu içerik", "This article") before
    `end` start, within _MOST characters; else `start` (the sentence's)."""
    vocabulary = wording()
    words = list(_WORD.finditer(text, max(0, end - _MOST), end))
    for k in range(len(words) - 2, 0, -1):
        if words[k - 1][0].lower() in vocabulary.page_determiners \
                and words[k][0].lower() in vocabulary.page_nouns:
            return words[k].end()
    return start


_WORD = re.compile(r"\S++")
