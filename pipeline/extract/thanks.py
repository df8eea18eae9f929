"""A review credited in an acknowledgement, read on a page that states no review in any
other way: "Thanks to Dr. NAME, MBBS, FACSEP, sport and exercise physician, for reviewing
this piece", "We thank Prof. NAME, MBChB, FCPaed (SA), for clinical review of the
interpretation", "Thanks to Dr NAME (MBChB, DTM&H), who checked the advice in January
2026." The words are data (review-vocabulary.json `thanks_leads`, `thanks_acts`): a
lead, the person, a review act within `_MOST` characters, and a date after the act, if
any. The person must be a clinician (credentials or an honorific): thanks to a colleague
for reviewing a draft claim nothing about the page."""

from __future__ import annotations

import re
from functools import cache

from bs4 import NavigableString, Tag

from ..dates import find_date
from ..document import Document, is_boilerplate
from ..tagindex import first_text
from ..wording import phrase_pattern, wording
from .cards import in_linked_card
from .people import read_person
from .statements import Statement
from .widgets import in_widget, widget_memo

_MOST = 160  # characters from the lead to the act, and of the act's sentence after it
_TEXT_NODES = 60  # nodes of the block read for its text (a bounded read)
_ROLE_WORDS = 8  # words of a role after the person ("sport and exercise physician")
_OBJECT = 40  # characters after the act where what it reviewed is named
_INLINE = frozenset({"a", "b", "strong", "em", "i", "span", "small", "sup", "cite"})


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = wording()
    edge = r"(?<![\w])"
    return (re.compile(edge + phrase_pattern(words.thanks_leads) + r"(?!\w)", re.I),
            re.compile(edge + phrase_pattern(words.thanks_acts) + r"(?!\w)", re.I))


def thanks_statements(doc: Document) -> list[Statement]:
    """The acknowledgements on the page that credit a clinician's review, in page order."""
    leads, acts = _patterns()
    widgets = widget_memo(doc)
    found: list[Statement] = []
    seen: set[int] = set()
    for string in (doc.soup.body or doc.soup).descendants:
        if type(string) is not NavigableString or not leads.search(string):
            continue
        block = string.parent
        for _ in range(3):  # "<p><em>Thanks to <a>Dr NAME</a>…</em></p>": the sentence's block
            if block is None or block.name not in _INLINE or block.parent is None:
                break
            block = block.parent
        if not isinstance(block, Tag) or id(block) in seen or in_widget(block, widgets) \
                or in_linked_card(block) or is_boilerplate(block):
            continue
        seen.add(id(block))
        statement = _thanks(first_text(block, _TEXT_NODES), block, leads, acts, doc.language)
        if statement is not None:
            found.append(statement)
    return found


@cache
def _drafts() -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + phrase_pattern(wording().draft_words) + r"(?!\w)", re.I)


def _of_draft(after: str) -> bool:
    """The act's object is a draft or an earlier version (`draft_words`), not the page."""
    return _drafts().search(after) is not None


def _thanks(text: str, block: Tag, leads: re.Pattern[str], acts: re.Pattern[str],
            locale: str | None) -> Statement | None:
    lead = leads.search(text)
    act = acts.search(text, lead.end(), lead.end() + _MOST) if lead else None
    if lead is None or act is None:
        return None
    between = text[lead.end():act.start()].strip(" ,")
    reading = read_person(between)
    person = reading.person
    # After the person only their role may stand ("…, FACSEP, sport and exercise
    # physician, for reviewing"), not another sentence ("…, MD, for the photos. Sam,
    # who reviewed"): the act would be someone else's.
    tail = between[between.find(reading.next_token):] if reading.next_token else ""
    if person is None or not (person.credentials or person.prefix) \
            or "." in tail or len(tail.split()) > _ROLE_WORDS:
        return None
    if _of_draft(text[act.end():act.end() + _OBJECT]):
        return None  # "… who reviewed an earlier draft": not the page
    date = find_date(text[act.end():act.end() + _MOST], locale)
    return Statement(bool(person.credentials), reading, date, None,
                     text[lead.start():act.end() + 40][:160], block)
