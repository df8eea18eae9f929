"""FAQ extraction: one module per markup family, each exposing `EXTRACTOR`.

Adding a family means adding one module here; it is discovered automatically.
When two families read the same question elements, the block from the one with
the higher `priority` is kept; the remaining blocks are merged in page order and
a question repeated on the page is kept once.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from bisect import bisect_left, bisect_right
from functools import cache

from bs4 import Tag

from ...dates import POSTED_AGO, find_date
from ...document import Document
from ...keys import fold, question_key
from ...records import INFO, FAQItem, Finding
from ...sourceline import find_line, page_source
from ...text import DOUBLE_QUOTES, normalize_space
from ...visibility import hidden_translations, unopened
from ..people import read_person
from .base import FAQBlock, FAQExtractor, tag_index
from .headings import MOST_SECTIONS, HeadingsExtractor, Section, sections
from .labels import faq_labels
from .layout import layout
from .qa_pages import is_qa_page, qa_excerpts
from .words import testimonial, vocabulary


@cache
def extractors() -> tuple[FAQExtractor, ...]:
    """Every FAQ extractor in this package, highest priority first."""
    found = []
    for info in pkgutil.iter_modules(__path__):
        if info.name == "base":
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        extractor = getattr(module, "EXTRACTOR", None)
        if extractor is not None:
            found.append(extractor)
    return tuple(sorted(found, key=lambda e: (-e.priority, e.name)))


def _found(doc: Document) -> dict[str, list[FAQBlock]]:
    """Each base URL's blocks found on `doc` so far (`_blocks`)."""
    return {}


def _blocks(doc: Document, base_url: str) -> list[FAQBlock]:
    """Every extractor's blocks on `doc`, highest priority first; found once per page and
    base URL, so `unread_findings` (validation) does not run the extractors again."""
    found = doc.memo(_found)
    if base_url not in found:
        found[base_url] = [b for e in extractors() for b in e.find(doc, base_url)]
    return found[base_url]


def find_faq(doc: Document, base_url: str) -> tuple[tuple[FAQItem, ...], str | None]:
    """The page's FAQ as ordered items, and the names of the extractors that found it.
    A Q&A page (`is_qa_page`) has none."""
    if is_qa_page(doc):
        return (), None
    kept: list[FAQBlock] = []
    claimed: set[int] = set()
    lay = layout(doc)
    # a forum thread's excerpt, a hidden translation's copy, a hidden section or a closed
    # dialog nothing opens: not the page's FAQ
    excerpts = lay.spans([*qa_excerpts(doc), *hidden_translations(doc), *unopened(doc)])
    for block in _blocks(doc, base_url):
        if block.elements & claimed or lay.at_inside(block.order, excerpts):
            continue
        kept.append(block)
        claimed |= block.elements
    kept.sort(key=lambda b: b.order)
    interview = any(b.label < 0 for b in kept) and _interview_page(doc)
    kept = [b for b in _listing_facts(_own_label_only(kept))
            if not (_user_questions(b) or _transcript(b) or _quoted(b) or _service_faq(doc, b)
                    or (interview and b.label < 0) or _invitation_only(b))]
    items: list[FAQItem] = []
    seen: set[str] = set()
    for block in kept:
        for item in block.items:
            key = question_key(item.question)
            if key not in seen:
                seen.add(key)
                items.append(item)
    source = "+".join(dict.fromkeys(b.extractor for b in kept)) or None
    return tuple(items), source


def _invitation_only(block: FAQBlock) -> bool:
    """A block whose one item asks as an invitation ("Got questions?" over "Email us …"
    on an event page's card): a call to write in, not an FAQ."""
    return len(block.items) == 1 and vocabulary().invitation.match(
        fold(block.items[0].question)) is not None


_INTRO = 40  # strings read after the page's title for an interview cue


def _interview_page(doc: Document) -> bool:
    """The page's title, or the standfirst and byline right after it, credit an interview
    ("Interview by NAME", "As told to NAME"; `interview_bylines`): a Q&A widget with no
    FAQ label on it holds the interview, not an FAQ."""
    h1s = tag_index(doc).get("h1")
    if not h1s:
        return False
    parts = [h1s[0].get_text(" "), *h1s[0].find_all_next(string=True, limit=_INTRO)]
    return vocabulary().interview_byline.search(fold(" ".join(parts))) is not None


def _listing_facts(blocks: list[FAQBlock]) -> list[FAQBlock]:
    """The blocks less those that ask the same questions as another and answer them
    differently: a listing's cards, each with the same facts ("Does it offer PrEP? Yes",
    "Is it free? Sliding scale" on every clinic a service finder lists), not an FAQ. The
    same FAQ printed twice (a mobile and a desktop copy) answers alike and stays."""
    keys = [tuple(question_key(i.question) for i in b.items) for b in blocks]
    asked: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for key, block in zip(keys, blocks, strict=True):
        asked.setdefault(key, set()).add(tuple(i.answer_html for i in block.items))
    return [b for key, b in zip(keys, blocks, strict=True) if len(asked[key]) == 1]


_ASKED_WITHIN = 200  # characters of an answer's start where "Asked by …" may open it
_TAG = re.compile(r"<[^<>]*+>")


_POSTED_WITHIN = 60  # characters of a question where a post's name and date stand


def _dated_post(question: str) -> bool:
    """The question opens with a post's date line, its sentence after it ("Nikola ·
    28.01.2026. Koliko dugo traje …?"): a reader's question as posted. "Is the clinic open
    on 25 December 2026?" runs on past its date."""
    found = find_date(question[:_POSTED_WITHIN])
    if found is None:
        return False
    after = question[found.end:].lstrip(" .·|-–:")
    return after[:1].isupper()


def _user_questions(block: FAQBlock) -> bool:
    """A block whose questions say who asked them ("Asked by Marcy on Mar 2, 2026", in the
    question or on the line right after it, opening the answer; not "a question of taste"
    inside one; a quoted question signed '"Is it safe?" – Martine, Sherbrooke'), or whose
    answers open with who answered them ("Answered by customer:", "Answered by Dr. NAME:")
    or when ("PulseEase Support 2 weeks ago": `POSTED_AGO`),
    credit them in a sentence of their own ("… only. Answered by Seller · 👍 42") or carry
    a widget's badge or vote ("Verified Purchaser", "Helpful? Yes · 14"), or whose every
    question opens with a post's date (`_dated_post`): a customer or reader Q&A widget,
    not the publisher's FAQ."""
    words = vocabulary()
    pattern = words.user_question
    if len(block.items) > 1 and all(_dated_post(item.question) for item in block.items):
        return True
    for item in block.items:
        start = fold(_TAG.sub(" ", item.answer_html[:_ASKED_WITHIN])).lstrip()
        answer = _TAG.sub(" ", item.answer_html)
        if pattern.search(fold(item.question)) or pattern.match(start) \
                or POSTED_AGO.search(start[:_POSTED_WITHIN]) or testimonial(item.question) \
                or words.answer_opener.match(start) \
                or words.answer_credit.search(answer) or words.widget_answer.search(fold(answer)):
            return True
    return False


def _service_faq(doc: Document, block: FAQBlock) -> bool:
    """A block under a heading (below the page's title) that names the site's own service
    ("Subscription FAQs" in a paywall's offer box: `service_subjects`), on a page whose
    title does not name it; or customers as the askers ("Customer Questions & Answers":
    `customer_qa_titles`, a shop's Q&A widget)."""
    index = tag_index(doc)
    heading = index.heading_before_position(block.order)
    if heading is None or heading.name == "h1":
        return False
    title = fold(heading.get_text(" "))
    if vocabulary().customer_qa.search(title):
        return True
    service = vocabulary().service_subject
    if not service.search(title):
        return False
    h1s = index.get("h1")  # a page about the service ("Prescription subscriptions") is its FAQ
    return not (h1s and service.search(fold(h1s[0].get_text(" "))))


_SPEAKER_WORDS = 6  # words of a speaker's attribution before its colon


def _transcript(block: FAQBlock) -> bool:
    """A block of two or more answers that each open with who spoke ("Dr. Lena Forsberg:
    Never stop …", "Dietitian Marcus Oyelaran: It can be …", a surname before a quotation:
    "Aalders: “Voor mensen …”"): a webinar's or an
    interview's transcript, not the publisher's FAQ."""
    def spoken(answer_html: str) -> bool:
        head, colon, said = _TAG.sub(" ", answer_html[:_ASKED_WITHIN]).partition(":")
        if colon and head.strip().istitle() and " " not in head.strip() \
                and said.lstrip()[:1] in DOUBLE_QUOTES:
            return True  # "Aalders: “Voor mensen die …”": a surname, then the words quoted
        reading = read_person(head) if colon and len(head.split()) <= _SPEAKER_WORDS else None
        person = reading.person if reading is not None and reading.next_token is None else None
        return person is not None and (" " in person.name or bool(person.prefix))  # not "Note:"
    return len(block.items) >= 2 and all(spoken(i.answer_html) for i in block.items)


def _quoted(block: FAQBlock) -> bool:
    """A block of two or more answers, most of which open with a quotation ('"It looks for
    tiny fragments …," Professor NAME explains.'): a news story quoting who answered; or
    whose questions are all quoted ('"Can I stop my statin in the summer?"' over "Derek,
    Norwich"): readers' letters. Neither is the publisher's FAQ."""
    opened = sum(_TAG.sub(" ", i.answer_html).lstrip()[:1] in DOUBLE_QUOTES for i in block.items)
    asked = all(i.question[:1] in DOUBLE_QUOTES for i in block.items)  # readers' letters
    return len(block.items) >= 2 and (opened * 2 > len(block.items) or asked)


def _own_label_only(blocks: list[FAQBlock]) -> list[FAQBlock]:
    """Blocks in page order, less a section reader's block that another family's block
    stands for:
    - its label is followed by the other block before its first question: the FAQ under
      that label is that block (a Yoast block under "Recipe FAQs"), and what the reader
      found after it ("Did you enjoy this recipe?") is not;
    - it read one question whose answer holds the other block: that heading is the
      accordion's title ("Questions? We've got answers." over an Angular Material or
      Vuetify accordion in an FAQ-marked section), not a question.
    One pass over the sorted blocks and a bisect per section block."""
    others = [b.order for b in blocks if b.label < 0]
    kept: list[FAQBlock] = []
    last_other = -1  # the position of the latest other-family block so far
    for block in blocks:
        if block.label >= 0 and block.label < last_other < block.order:
            continue
        if block.label >= 0 and len(block.items) == 1:
            k = bisect_right(others, block.order)
            if k < len(others) and others[k] <= block.end:
                continue
        if block.label < 0:
            last_other = block.order
        kept.append(block)
    return kept


_MAX_UNREAD = 5  # findings per page; the last one counts the rest


def unread_findings(doc: Document) -> list[Finding]:
    """FAQ_UNREAD for each FAQ label (a heading with an FAQ phrase, an FAQ-marked element)
    under which no reader found a question with an answer: a user sees why the page has no
    FAQ instead of a silent "0 questions". At most five a page, the last counting the
    rest; and one for the labels past the page's budget of sections (`_past_budget`).
    A Q&A page has no FAQ by design: nothing."""
    read = sections(doc)
    findings = _empty_sections(doc, [s for s in read if not s.items]) + _past_budget(doc, read)
    return [] if not findings or is_qa_page(doc) else findings


def _label_text(tag: Tag) -> str:
    """What an FAQ label says: its text, its `aria-label`, or its tag."""
    return normalize_space(tag.get_text(" ")) or normalize_space(
        str(tag.get("aria-label") or "")) or f"<{tag.name}>"


def _past_budget(doc: Document, read: list[Section]) -> list[Finding]:
    """FAQ_UNREAD for the FAQ labels after the page's first MOST_SECTIONS sections, which
    are not read (`headings.py`): a page with hundreds of "FAQ" headings is not read past
    them, and says so."""
    if len(read) < MOST_SECTIONS:
        return []
    lay, end = layout(doc), read[-1].end
    past = [label for label, _ in faq_labels(doc)
            if lay.pos(label) > end and not lay.in_furniture(label)]
    if not past:
        return []
    label = _label_text(past[0])
    return [Finding("FAQ_UNREAD", INFO,
                    f"{len(past)} FAQ sections after the page's first {MOST_SECTIONS} were not "
                    f"read, from {label[:80]!r} on: a page's FAQ sections are read up to "
                    f"{MOST_SECTIONS}", line=find_line(page_source(doc), label))]


def _empty_sections(doc: Document, empty: list[Section]) -> list[Finding]:
    if not empty:
        return []
    found_before = doc.memo(_found)
    blocks = next(iter(found_before.values())) if found_before else _blocks(doc, "")
    others = [b for b in blocks if b.extractor != HeadingsExtractor.name]
    found = sorted(b.order for b in others)
    order = tag_index(doc).order
    spans = [(b.order, max((order.get(e, -1) for e in b.elements), default=b.order))
             for b in others]
    unread = []
    for section in empty:
        k = bisect_left(found, section.start)
        if k < len(found) and found[k] <= section.end:
            continue  # another family's block (Yoast, an accordion...) sits under the label
        if any(first <= section.start <= last for first, last in spans):
            continue  # an FAQ-marked part of another family's block ("arconix-faq-content")
        unread.append(section.label)
    if not unread:
        return []
    text = page_source(doc)
    findings = []
    for n, tag in enumerate(unread[:_MAX_UNREAD], 1):
        label = _label_text(tag)
        more = len(unread) - n if n == _MAX_UNREAD else 0
        findings.append(Finding(
            "FAQ_UNREAD", INFO,
            f"the FAQ section {label[:80]!r} has no question with an answer that healthld can "
            "read: no FAQ is marked up for it"
            + (f" (and {more} more such sections)" if more > 0 else ""),
            line=find_line(text, label)))
    return findings
