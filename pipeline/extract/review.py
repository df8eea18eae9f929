"""The medical review: who reviewed the page, with what credentials, and when.

A review statement is a label ("Medically reviewed by", "Reviewed by:", "Medical
reviewer:", "DIETITIAN REVIEWED BY", "Date reviewed:", "This page last reviewed", ...:
pipeline/data/review-vocabulary.json), then, after a reviewer label, a person (people.py:
role words, name, credentials), and a date (dates.py, or a `<time datetime>`). A label
qualified as medical ("Medically", "Clinically", "Dietitian" ...) opens a statement
anywhere; a bare one only at the start of a text or after a byline separator, so prose
that mentions a review is not one. Dates keep the precision the page states.

Not a medical review: a statement in a testimonial, rating, comment or user-review block
(`widgets.in_widget`), a card or an example (cards.py, other_cards.py), a reviewer "on
Google" (a review platform), a count ("Reviewed by 0 people"), a group ("our clinical
team"), and anything in site furniture. A qualified ("medical") statement wins over a
bare one. What could not be read is kept as notes (`ReviewReading.notes`) for the
validator's findings. README, "Review statement grammar"."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bs4 import NavigableString, Tag

from ..dates import find_date, page_order
from ..document import Document, is_boilerplate
from ..records import MedicalReview, Person
from ..tagindex import tag_index
from ..text import ONE_WORD_NAMES, normalize_space
from ..visibility import in_unopened
from ..wording import label_stems, wording
from .cards import in_link_away
from .dated_by import after_date, by_after_date
from .effective import takes_effect
from .locale import page_locale
from .other_cards import credits_box, elsewhere, in_illustration, other_page_card
from .people import SEPARATORS, Reading
from .person_first import person_first, reviews_this
from .reviewer import (
    after_block,
    clinician,
    dated_at_once,
    other_party,
    past_by,
    primary_before,
    read_reviewer,
    role_after,
    statement_date,
)
from .statement_blocks import (
    BLOCKS,
    START_SEPARATORS,
    container,
    credited_before,
    date_line,
    name_before,
    read_on,
)
from .statement_labels import (
    SPACELESS,
    is_date_label,
    is_medical,
    label_of,
    labels_in,
    one_word,
    other_role,
    other_subject,
    page_review,
    qualified,
    role_label,
    short_sentence,
    staff_title,
    statement_label,
    third_word,
    whole_text,
)
from .statement_text import (
    block_text,
    by_follows,
    cell_label,
    due,
    label_run_on,
    past_audience,
    person_part,
    row_date,
    segment_end,
    time_value,
)
from .statements import Note, Statement, choose, notes, outside_cards, pages, side_card
from .thanks import thanks_statements
from .tooltips import tooltip_statement
from .urls import link_for
from .widgets import (
    badged_line,
    customer_badge,
    on_platform,
    review_box,
    side_review_box,
    widget_memo,
)


@dataclass(frozen=True)
class ReviewReading:
    """The page's review, the reviewer's block (for the link) and the notes."""

    review: MedicalReview | None
    block: Tag | None
    notes: tuple[Note, ...]
    medical: bool = False  # the chosen statement's label says medical (or is qualified)
    dated: Tag | None = None  # the block the review date was read from (an answer ends there)


_WORD = re.compile(r"\w")
_DATE_NEAR, _PRIOR = 40, 200  # characters after a label to its date; before it, to others
_MAX_SENTENCE = 200  # characters: a review stated in a sentence of its own, not prose
_MAX_TITLE = 16  # characters: a review box's title line in a script without spaces
# A date label's subject: one capitalised word, maybe another ("Content last reviewed";
# `other_subjects` are skipped first); _NOUN_SUBJECT only the one. (?<!…): matched at a
# text's start, so a search never restarts inside a word or a space run.
_NOUN_SUBJECT = re.compile(r"(?<![\w'\s-])\s*+[A-Z][\w'-]*+\s++")
_SUBJECT = re.compile(r"(?<![\w'\s-])\s*+[A-Z][\w'-]*+(?:\s++[a-z][\w'-]*+)?+\s++")


def _opens_statement(text: str, m: re.Match[str]) -> bool:
    """A qualified label anywhere; a bare one at the start of its text, after a
    separator or starting a sentence (capitalised, after "." "!" "?"); a one-word label
    ("Reviewed", "Reviewer") only with a colon, qualified as a card's role line, or
    starting a sentence with the date right after it ("… in its development. Reviewed
    February 2026."; not after another statement's label, "Approved by the … Committee.",
    nor after a rating's word, "Rating: 5/5.")."""
    label = label_of(m)
    before = text[max(0, m.start() - 24): m.start()].rstrip()  # a bounded look back
    sentence = bool(before) and before[-1] in ".!?" and m.group(0)[:1].isupper()
    if one_word(label) and not m["colon"] and not _colon_after(text, m):
        prior = max(0, m.start() - _PRIOR)  # a bounded look back: many labels, one text
        dated = sentence and (found := find_date(text[m.end():m.end() + _DATE_NEAR])) \
            is not None and not text[m.end():m.end() + found.start].strip() \
            and statement_label().search(text, prior, m.start()) is None \
            and wording().widget_words.isdisjoint(
                text[prior:m.start()].lower().replace(":", " ").split())
        return role_label(text, m) or dated or (  # not "a medical review of …"; but a
            (SPACELESS.search(label) or ONE_WORD_NAMES.search(label)) is not None
            and text.strip() == m.group(0).strip())  # CJK or Korean label that is all of
        # its text: a table's header cell ("<th>審核者</th>"), a term ("<dt>감수</dt>")
    if is_medical(m) or (SPACELESS.search(label) and len(text.strip()) <= _MAX_TITLE):
        return True  # or a box's title line in Japanese: "この記事の監修医師"
    if sentence:
        return True  # a sentence of its own: "… School of Medicine. Also reviewed by NAME"
    # At the start, after a separator, or after a symbol only ("✔ Checked by our pharmacist"),
    # or a label of two or more words after the one word naming what was reviewed
    # ("Content approved by NAME", "… Program. Content last reviewed Aug 2026"; not
    # "Consumer reviewed: Yes")
    stop = text.rfind(". ", max(0, m.start() - _PRIOR), m.start()) + 1  # its sentence's start
    return not before or before[-1] in START_SEPARATORS or not _WORD.search(before) \
        or (" " in label and (_NOUN_SUBJECT.fullmatch(text, 0, m.start()) is not None or (
            _NOUN_SUBJECT.fullmatch(text, stop, m.start()) is not None  # a later sentence's
            and label in wording().date_labels  # date label after the page's noun: "Content"
            and text[stop:m.start()].strip().lower() in wording().page_nouns)))


def _colon_after(text: str, m: re.Match[str]) -> bool:
    """A noun label runs on, in a few lower-case words, to its colon ("Ιατρικός έλεγχος
    κειμένου: NAME": the text's medical check; `label_run_on`, which `person_part` reads
    past); not when they name a group ("medical review board: NAME, MD; NAME, MD": its
    members)."""
    run_on = label_run_on(text[m.end():m.end() + _DATE_NEAR])
    return run_on is not None and wording().group_words.isdisjoint(run_on[0])


def _in_end(text: str, m: re.Match[str]) -> bool:
    """The label opens a longer segment end ("Dyddiad adolygu nesaf: DATE": the next
    review's date, `segment_ends`)."""
    end = segment_end().match(text, m.start())
    return end is not None and end.end() > m.end()


def _statement(string: NavigableString, m: re.Match[str], block: Tag,
               locale: str | None, weak: bool = False) -> Statement | None:
    """The statement a label opens; with `weak` (a bare label inside a sentence), only
    one that names a person with credentials or an honorific."""
    words, label = wording(), label_of(m)
    if label in words.role_only_labels and not (
            (qualified(m) and by_follows(string, m.end())) or m["colon"]):
        return None  # "Dietitian approved by NAME", "Approved: DATE"; not "Approved DATE"
    rest, times, block = read_on(string, m, block)
    rest = past_by(rest) if role_label(str(string), m) else rest  # "…-reviewed</span> by NAME"
    rest = (audience := past_audience(rest, label)) or rest  # "Reviewed for … by NAME"
    end = segment_end().search(rest)
    reviewer, segment = None, (rest[: end.start()] if end else rest)
    badge = weak and whole_text(str(string), m) and not (times and times[0][0] <= 1)
    if label in words.reviewer_labels or audience or ((role_label(str(string), m) or badge or (
            qualified(m) and m["colon"])) and not dated_at_once(segment, locale)):
        # "Pharmacist reviewed: NAME MPSI": a qualified one-word label and its colon
        reviewer = primary_before(str(string)[: m.start()], m.group(0)) \
            or read_reviewer(person_part(segment))
        if (reviewer.reason == "a count, not a person" and not dated_at_once(segment, locale)) \
                or on_platform(reviewer, segment) or other_party(reviewer, segment) or (
                label in words.approval_labels and not clinician(reviewer, segment)) \
                or _label_named(reviewer, label):  # and a fact-check desk's brand
            return None  # a rating widget, a platform review, a board's approval, an agent
        if reviewer.person is None and _name_first(str(string), m, segment):
            reviewer = name_before(block, m.group(0)) or reviewer
        elif reviewer.reason == "credentials, not a name":
            reviewer = credited_before(block, m.group(0), segment) or reviewer
        elif (line := block.find_next_sibling()) is not None:
            reviewer = after_block(reviewer, segment, line)
    date = statement_date(segment, locale, reviewer, bool(m["colon"]) or cell_label(string, m),
                          str(string)[: m.start()])
    if label == "review date" and date is not None and due(string.parent, date, locale):
        return None  # "Published: March 2026 · Review date: March 2029": the next review
    if reviewer is None and end is not None and end.group(0).lower() in words.byline_words:
        read = by_after_date(date, segment, rest[end.end():])
        if read is None:
            return None  # "Page reviewed: 03/10/2026 by Web Administrator": no review
        reviewer, date = read
    reviewer = after_date(reviewer, date, segment, label, block)
    person = reviewer.person if reviewer else None
    if weak and label in words.date_labels and reviewer is None:
        # "Reviewed <time>Feb 3, 2026</time>", "OB-GYN · Reviewed Feb 12, 2026": a bare date
        # label opening its text, or a byline's part with its date ("· Verified": a badge)
        text = str(string)
        opens = whole_text(text, m) or not text[:m.start()].strip() \
            or (text[:m.start()].rstrip()[-1] in START_SEPARATORS and text[m.end():].strip()) \
            or _SUBJECT.fullmatch(text, 0, m.start()) is not None  # "Content last reviewed"
        if not opens or not ((date is not None and date.start == 0)
                             or (times and times[0][0] <= 1)):
            return None
    elif weak and not (person and (person.credentials or person.prefix or role_after(
            segment, person))) and not page_review(str(string), m, segment):
        return None  # "This page was reviewed by our clinical team in May 2026": its date
    time = time_value(times, len(segment))
    if person is not None and date is None and time is None:
        date, time = date_line(block, locale, label)
        date = date or row_date(block, locale)  # a document history's row
    text = normalize_space(f"{m.group(0)} {segment}")[:160]
    return Statement(is_medical(m), reviewer, date, time, text, block)


def _label_named(reviewer: Reading, label: str) -> bool:
    """The reviewer's last word carries the label's own stem: a fact-check desk's brand
    ("✔ Verificado por El Rímac Verifica", "EFE Verifica"), not a person; the longest
    stem the label holds ("checked", not "check": "Checked by Sarah Checkley" is one)."""
    stems = [s for s in wording().label_stems if s in label]
    name = reviewer.person.name.split() if reviewer.person else []
    return bool(stems and name) and name[-1].lower().startswith(max(stems, key=len))


def _name_first(text: str, m: re.Match[str], segment: str) -> bool:
    """The label `m` is all of its text and names no one after it, or is a CJK label
    after the card's name ("NAME 副主任医师 <tag>审核医生</tag>"): the person is before it."""
    return whole_text(text, m) and (not segment or SPACELESS.search(m.group(0)) is not None)


def _statements(doc: Document) -> list[Statement]:
    found: list[Statement] = []
    side: list[Statement] = []
    checked: list[Statement] = []  # "Fact-checked by NAME, MD": only if no review is stated
    seen: set[tuple[int, int]] = set()
    away: dict[int, bool] = {}  # `elsewhere`, by text
    foreign: set[int] = set()  # blocks of statements that are another page's or an example's
    widgets = widget_memo(doc)
    locale, root = page_order(page_locale(doc), doc.raw), doc.soup.body or doc.soup
    pattern, stems = statement_label(), label_stems(locale)  # every label holds a stem
    articles = bool((index := tag_index(doc)).get("article"))
    for string in root.descendants:  # a plain walk: bs4's string filter is 5x slower here
        if type(string) is not NavigableString:
            continue
        low = string.lower().replace("i\u0307", "i")  # "İnceleme": Turkish capital İ
        if not stems.search(low):
            continue
        text = str(string)
        third, customer = third_word(text), customer_badge(text)  # once a text, not a label
        for m in labels_in(text):
            role = other_role(text, m)  # "Edited by NAME"; "Fact-checked by" a clinician is
            if (role and role not in wording().check_roles) or staff_title(text, m, third) \
                    or other_subject(text, m) or _in_end(text, m):  # a review if the page
                continue  # states none (below); "Chief medical advisor", "Articles reviewed by
                # Dr. NAME"; "Dyddiad adolygu nesaf" (a next review's date)
            weak, block = not _opens_statement(text, m), container(string)
            if weak and (label_of(m) in wording().opening_labels or not (short_sentence(
                    text, m, _MAX_SENTENCE) and (any(w in wording().byline_words for w in
                    m["label"].lower().split()) or is_date_label(m) or reviews_this(
                        text, m, block)))) and not whole_text(text, m):
                continue  # prose ("Our program is supervised by Dr NAME"); but "This post was
                # reviewed by NAME, RD." (a label holding "by", "por") is a statement
            if block is None or (id(string), m.start()) in seen:
                continue
            seen.add((id(string), m.start()))
            target = found
            if is_boilerplate(block) and (articles or not review_box(block)):
                if not (side_review_box(block) or (whole_text(text, m) and credits_box(block))):
                    continue
                target = side  # a reviewer card in the side column: if the article has none
            if elsewhere(string, block, index, widgets, away) or customer or badged_line(block) or (
                    _WORD.search(text, 0, m.start()) and in_link_away(string.parent)) \
                    or in_unopened(doc, block):
                continue  # a card's, a widget's; a hidden section's nothing opens
            statement = person_first(text, m, block, locale) \
                or _statement(string, m, block, locale, weak or bool(role))
            if not (statement and statement.reviewer and statement.reviewer.person) \
                    and whole_text(text, m):  # "✓ Medically reviewed", NAME in its tooltip
                statement = tooltip_statement(string, block, pattern, lambda s, t, b: _statement(
                    s, t, b, locale, False), lambda i: next(iter(index.get("#" + i)), None)) \
                    or statement
            person = statement.reviewer.person if statement and statement.reviewer else None
            if person and (in_illustration(block) or other_page_card(block, doc, person.name)):
                foreign.add(id(block))  # an example byline's, another page's card's: its date too
            elif statement is not None and pages(statement, block, text[:m.start()],
                                                 target is side):
                (checked if role else target).append(statement)
    return outside_cards([s for s in found or side_card(side) or [
        s for s in checked if clinician(s.reviewer, s.text, False)] if id(s.block) not in foreign])


def read_review(doc: Document) -> ReviewReading:
    """The page's review statements read once (Document.memo): the review, and notes on
    what could not be read."""
    statements = _statements(doc) or thanks_statements(doc)
    texts = [h.get_text(" ") for h in tag_index(doc).get("h1")]  # the title, past a kicker:
    title = next((t for t in texts if len(t.split()) > 1), texts[0] if texts else "")  # "Guides"
    chosen, date = choose(statements, title, lambda: takes_effect(doc))
    reviewer: Person | None = chosen.reviewer.person if chosen and chosen.reviewer else None
    review = MedicalReview(reviewer=reviewer, last_reviewed=date) if reviewer or date else None
    dated = chosen.block if chosen else next((s.block for s in statements if date and (
        (s.date and s.date.iso == date) or (s.time or "").startswith(date))), None)
    return ReviewReading(review, chosen.block if chosen else None,
                         tuple(notes(statements, chosen, date)), bool(chosen and chosen.medical),
                         dated)


def extract_review(doc: Document, base_url: str) -> MedicalReview | None:
    """Find the medical review statement; None when the page states neither reviewer nor date."""
    reading = doc.memo(read_review)
    review = reading.review
    if review is None or review.reviewer is None or reading.block is None:
        return review
    url = link_for(reading.block, review.reviewer.name, base_url)
    return replace(review, reviewer=replace(review.reviewer, url=url))


__all__ = ["BLOCKS", "SEPARATORS", "ReviewReading", "block_text", "extract_review", "read_review"]
