"""Review statements as the review reader found them, which one is the page's, and what
could not be read in them (the notes the validator turns into findings with their lines)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import islice

from bs4 import Tag

from ..dates import FoundDate
from ..records import INFO, WARNING, Finding, Person
from ..tagindex import first_text
from ..text import DOUBLE_QUOTES
from ..wording import wording
from .cards import card_lists, shape, titled_card
from .people import Reading, name_key
from .reviewer import clinician
from .statement_labels import label_of, others_review, statement_label
from .statement_text import determined, licence_check

_PAGE = "$['@graph'][0]"


@dataclass(frozen=True)
class Note:
    """Something a review statement said that could not be read: the finding (without its
    line) and the statement's text, which the validator finds the line of."""

    finding: Finding
    statement: str


@dataclass(frozen=True)
class Statement:
    """One review statement found on the page."""

    medical: bool  # the label says medical/clinical/role: wins over a bare one
    reviewer: Reading | None  # None after a date-only label
    date: FoundDate | None
    time: str | None  # a `<time datetime>` read with the statement
    text: str
    block: Tag


def choose(statements: list[Statement], title: str = "",
           policy: Callable[[], bool] = lambda: False) -> tuple[Statement | None, str | None]:
    """The page's statement (the first medical one naming a person, else the first naming
    one; none on a list of reviewers, nor on a page titled with that person's name: a
    reviewer's profile, "Medical reviewer" over `<h1>NAME, MD</h1>` and the articles they
    reviewed) and the review date: the chosen statement's, or
    that of a statement naming the same person or nobody. A chosen statement that names
    its person without credentials takes them from another naming the same person ("Reviewed
    by Dr. NAME" at the top, "About the reviewer: Dr. NAME, MD, FAHS" below). With no
    statement naming a person, a date on a page titled as another subject or on a policy
    document (`policy()`, asked only then: effective.py) dates that, not a review."""
    named = [(s, s.reviewer.person) for s in statements if s.reviewer and s.reviewer.person]
    first = next((n for n in named if n[0].medical), named[0] if named else None)
    if first is None:
        chosen = None
        same: list[Statement] = []
    else:
        chosen, person = _newest(first, named)
        who = name_key(person.name)
        if _roster(chosen, [s for s, _ in named]) or (title and name_key(title) == who):
            return None, None
        alike = [(s, p) for s, p in named if name_key(p.name) == who]
        same = [s for s, _ in alike]
        fuller = next((p for _, p in alike if p.credentials), None)
        if not person.credentials and fuller is not None and chosen.reviewer is not None:
            person = replace(person, credentials=fuller.credentials)
            chosen = replace(chosen, reviewer=replace(chosen.reviewer, person=person))
            same.append(chosen)
    # A statement naming someone else (a bare "Reviewed by" that lost to a medical one)
    # does not date the review, nor one of a run of dated reviews (_review_run).
    same_ids = {id(s) for s in same}
    runs = _review_run(statements)
    dated = sorted((s for s in statements if ((s.date and s.date.iso) or s.time)
                    and (s is chosen or id(s) in same_ids
                         or not ((s.reviewer and s.reviewer.person) or id(s) in runs))),
                   key=lambda s: (s is not chosen, not s.medical))
    if chosen is None:  # "Last Verified" on a trial's facts: a record's date, not a review's
        dated = [s for s in dated if not _other_date(s)] \
            if dated and not _subject_title(title) and not policy() else []
    date = None
    if dated:
        top = dated[0]
        date = top.date.iso if top.date and top.date.iso else top.time
    return chosen, date


def _subject_title(title: str) -> bool:
    """The page's title names a subject that is not health content ("Confidentiality and
    safeguarding policy", "Membership terms": `other_subjects`): a bare date label on it
    dates that document."""
    words = title.lower().split()
    return bool(words) and words[-1].strip(".,:;") in wording().other_subjects


# A clinical-trial registration number (ClinicalTrials.gov, ANZCTR, ISRCTN, CTRI, EU CTR,
# DRKS, ChiCTR, jRCT, PACTR): beside a date label, the date of a trial record's approval.
_TRIAL_ID = re.compile(r"\b(?:NCT\d{8}|ACTRN\d{14}|ISRCTN\d{8}|CTRI/\d{4}/\d{2,3}/\d{6}"
                       r"|\d{4}-\d{6}-\d{2}-\d{2}|DRKS\d{8}|ChiCTR[-\w]{6,20}|jRCT\w{6,12}"
                       r"|PACTR\d{15})\b")


def _other_date(statement: Statement) -> bool:
    """A statement dating something other than a medical review: one opened by a record's
    date label ("Last Verified", "Date approved": `record_date_labels`) or beside a trial's
    registration number, or a bare "checked by" whose checker is a body named with no word
    of care ("Last checked by the settlement office, March 2012"; "Checked by our pharmacy
    team" is a review's), or a "reviewed by" one named only as some outside party ("COA
    reviewed by an independent lab on 10/02/2026"; "Reviewed by the committee" is the
    page's own body's review)."""
    m = statement_label().search(statement.text)
    if m is None:
        return False
    if label_of(m) in wording().record_date_labels or _TRIAL_ID.search(statement.text) \
            or _kind_of_review(statement.block):
        return True  # "Approved: 4/06/2026 · ANZCTR: ACTRN…": a trial record's facts
    reading = statement.reviewer
    label = label_of(m).split()
    if reading is None or reading.person is not None or m["qual"] \
            or not ("checked" in label or "reviewed" in label):
        return False
    words = wording()
    after = statement.text[m.end():].lower().replace(",", " ").split()
    return bool(after) and after[0] in (words.determiners if "checked" in label else _SOME) \
        and not any(w.strip(".;:()") in words.roles or w.strip(".;:()") in words.care_words
                    for w in after)


_SOME = ("a", "an")  # "reviewed by an independent lab": some party, not the site's own


def _kind_of_review(block: Tag) -> bool:
    """The statement's box says what kind of review it dates by a word before a label
    that is not a label's qualifier ("Legally reviewed by NAME, Esq. · Reviewed December
    3, 2026" on a law firm's post; "Medically reviewed" is qualified): a review of
    another kind. Only a box's first _KIND_NODES nodes are read (a bounded look)."""
    text = first_text(block, _KIND_NODES) if isinstance(block, Tag) else ""
    for m in statement_label().finditer(text):
        before = text[:m.start()].split()[-1:]
        if before and before[0].lower().endswith("ly") and not m["qual"] \
                and before[0].lower() in wording().other_subjects:
            return True
    return False


_KIND_NODES = 40  # nodes of a statement's box


def _newest(first: tuple[Statement, Person], named: list[tuple[Statement, Person]]
            ) -> tuple[Statement, Person]:
    """The latest dated of the statements naming people in the chosen one's box (its
    block, or a block beside it): "Originally reviewed by NAME, MD, in August 2022.<br>
    Updated and re-reviewed by NAME, MD, FACR, January 2026." names the page's reviewer
    in its second statement."""
    chosen = first[0]
    box = [(s, p) for s, p in named if s.medical == chosen.medical and s.date and s.date.iso
           and (s.block is chosen.block or s.block.parent is chosen.block.parent)]
    if not chosen.date or not chosen.date.iso or len(box) < 2:
        return first
    return max(box, key=lambda sp: (sp[0].date.iso if sp[0].date else None) or "")


def _roster(chosen: Statement, named: list[Statement]) -> bool:
    """True when statements in blocks of the chosen one's shape (tag and class, its
    parent's too) name three or more people, or two in role lines that are the whole of
    their text ("Clinical reviewer" under each card's name on a team grid): reviewer
    cards on a review board's or a team's page, none of them the page's reviewer (two
    are co-reviewers, as Krames prints them, or the next article's reviewer on an
    infinite-scroll page). Three or more lines of one box each opening with its label
    ("Online Medical Reviewer: NAME MD" three times under a Krames sheet) are the
    page's co-reviewers: the first is read."""
    alike = shape(chosen.block)
    same = [s for s in named if s.medical == chosen.medical and shape(s.block) == alike]
    names = {name_key(s.reviewer.person.name) for s in same}  # type: ignore[union-attr]
    lines = len({id(s.block.parent) for s in same}) == 1 and all(
        statement_label().match(s.text) for s in same)  # one box's labelled lines
    return (len(names) > 2 and not lines) or (len(names) == 2 and all(
        statement_label().fullmatch(s.text.strip()) for s in same))  # cards' role lines


def _review_run(statements: list[Statement]) -> set[int]:
    """The date-only statements (no person named) in blocks of one shape that state two
    or more different dates: a carousel of customer reviews ("Reviewed 14 January 2026 ·
    Sarah K.", "Reviewed 2 February 2026 · Imran A."), not the page's review, which a
    page states once or repeats with the same date; nor the date lines of byline cards
    that name their reviewers (articles one after another on an infinite-scroll page).
    Their ids."""
    groups: dict[tuple[object, ...], list[Statement]] = {}
    cards = set()
    for s in statements:
        if s.reviewer and s.reviewer.person:
            cards.add(id(s.block.parent))
        else:
            groups.setdefault(shape(s.block), []).append(s)
    return {id(s) for run in groups.values()
            if len({s.date.iso if s.date else s.time for s in run} - {None}) > 1
            and not any(id(s.block.parent) in cards for s in run) for s in run}


def notes(statements: list[Statement], chosen: Statement | None, date: str | None) -> list[Note]:
    """REVIEW_UNREAD when no statement gave the page's reviewer (a medical label with no
    person's name after it) or date (a date label with no readable date after it);
    REVIEW_DATE_AMBIGUOUS for a numeric date the locale cannot settle; CREDENTIAL_UNLISTED
    for the reviewer's credentials kept by their shape."""
    notes: list[Note] = []
    if chosen is not None and chosen.reviewer and chosen.reviewer.person \
            and chosen.reviewer.unlisted:
        notes.append(Note(Finding(
            "CREDENTIAL_UNLISTED", INFO,
            f"{', '.join(chosen.reviewer.unlisted)} after the reviewer's name "
            f"{chosen.reviewer.person.name!r} is not in the credential list; kept because it "
            "is shaped like a credential (add it to pipeline/data/credentials.json if it is one)",
            _PAGE), chosen.text))
    ambiguous = next((s for s in statements if s.date and s.date.ambiguous), None)
    if date is None and ambiguous is not None and ambiguous.date is not None:
        notes.append(Note(Finding(
            "REVIEW_DATE_AMBIGUOUS", WARNING,
            f"review date {ambiguous.date.text!r} not read: {ambiguous.date.ambiguous}; write "
            "the month as a word or the date as ISO 8601, or set <html lang> with a region",
            _PAGE), ambiguous.text))
    elif date is None:
        # a date label whose date was read but is not the review's (a record's, a due
        # one) says nothing unread
        undated = next((s for s in statements if s.reviewer is None
                        and not ((s.date and s.date.iso) or s.time)), None)
        if undated is not None:
            notes.append(Note(Finding(
                "REVIEW_UNREAD", WARNING,
                f"no date could be read in the review statement {undated.text!r}", _PAGE),
                undated.text))
    # A bare "Reviewed by the insurer within 14 days" is prose; a medical label is a claim.
    unnamed = next((s for s in statements if s.medical and s.reviewer and not s.reviewer.person),
                   None)
    if chosen is None and unnamed is not None and unnamed.reviewer is not None:
        notes.append(Note(Finding(
            "REVIEW_UNREAD", WARNING,
            f"no reviewer's name could be read in the review statement {unnamed.text!r} "
            f"({unnamed.reviewer.reason})", _PAGE), unnamed.text))
    return notes


def pages(statement: Statement, block: Tag, before: str, side: bool) -> bool:
    """A statement read in `block` (`before`: its text before the label; `side`: in a
    side column's card) is the page's: not another's ("Reviewed on Google, DATE", a forum
    reply's "Verified: RN": `others_review`), not a licence's check, nor, undated in a
    side card, a role after a determiner ("Our medical advisor": the site's adviser), nor
    a surname alone with no credentials and no date (a bio's "Supervised by Dr. Velaris."),
    nor one after a rating line in its card (a product's review), nor one inside a
    quotation ("Exemplo de laudo: “… Revisado por: NAME.”"), nor, undated, one in a box
    that quotes its person ("Ekspertka / NAME / <p class=quote>…": an interviewed expert),
    nor a statement naming no one
    in a table's caption, a customer's card or after a lone determiner ("Our clinical
    reviewers": a section about them)."""
    person = statement.reviewer.person if statement.reviewer else None
    return not (others_review(statement.text) or licence_check(statement.text, block)
                or _rated_card(block, before) or _quoted(before[-_QUOTE_BACK:]) or (
        side and not (statement.date or statement.time) and determined(before)) or (
        person is not None and not (statement.date or statement.time) and _quoting(statement.block)
    ) or (person is not None and " " not in person.name and person.name.isascii()  # not 김민수
        and not person.credentials
        and not (statement.date or statement.time)) or (  # "Supervised by Dr. Velaris."
        person is None and (_table_caption(block) or _customer_card(
            block, before, statement.reviewer is not None
            and statement.reviewer.reason == "not a person's name") or (
            len(before.split()) == 1 and determined(before)))))  # "Our clinical reviewers"


_QUOTE_BACK = 400  # characters before a label read for an open quotation
_BOX_NODES = 40  # a box's first nodes read for a quotation


def _quoting(block: Tag) -> bool:
    """`block` holds a quotation among its first nodes: a `<blockquote>`, a `<q>` or an
    element with a class word "quote" ("expert-box__quote")."""
    return any(isinstance(node, Tag) and (node.name in ("blockquote", "q") or any(
        "quote" in c.lower() for c in node.get_attribute_list("class") if c))
        for node in islice(block.descendants, _BOX_NODES))


def _quoted(before: str) -> bool:
    """A quotation opens in `before` and is not closed: “…” and «…» (English, French,
    Portuguese), or „…“ where a German one opens."""
    if "„" in before:
        return before.count("„") > before.count("“") + before.count("”")
    return before.count("“") + before.count("«") > before.count("”") + before.count("»")


def _customer_card(block: Tag, before: str, unnamed: bool = False) -> bool:
    """A customer's quote and its attribution ("“Quick and friendly.” — Reviewed Oct
    2026") or, in a card with a star rating or naming no person (`unnamed`:
    "“…” / Reviewed by the Costa family, March 2001"), a quote's next line ("★★★★★ /
    “…” / Reviewed Sep 3, 2026"): its date is the customer's review's."""
    tail = before.rstrip()[-_TAIL:]
    if tail[-1:] in _DASHES and tail[:-1].rstrip()[-1:] in _CLOSING_QUOTES:
        return True
    quote = block.find_previous_sibling()
    return quote is not None and first_text(quote, 2).startswith(tuple(DOUBLE_QUOTES)) \
        and block.parent is not None and (unnamed or "★★★" in first_text(block.parent, _CARD_NODES))


_TAIL = 8  # characters before a label read for a quote's attribution dash
_DASHES, _CLOSING_QUOTES = frozenset("—–-"), frozenset("”\"»")
_CARD_NODES = 12  # a card's first nodes read for a star rating


def _rated_card(block: Tag, before: str) -> bool:
    """`block` is in a card titled by a heading of its own (not the page's `<h1>`: one of
    the card's first two elements), after a line rating something ("<h3>Sunwise D3</h3>
    <p>Our rating: 4.5/5</p><p>Reviewed by …", "★★★★★ / <h2>Thandi, 42</h2> / “…” /
    Results verified by …") or with the rating on its own line before the label
    ("Editor's rating 4.8/5 · Reviewed by NAME"), or in an untitled card right after a
    line opening with a star rating and a customer's words, no score nor count: the
    review is that product's or that story's, whoever signs it; a product page's own
    rating under its title rates the product the page's review is of."""
    card = block.parent
    firsts = islice((c for c in card.children if isinstance(c, Tag)), 2) if card is not None else ()
    if not any(c.name in _CARD_TITLES for c in firsts):
        line = block.find_previous_sibling()  # "<p>★★★★★ Tasty.</p><p>Reviewed by: NAME"
        said = first_text(line, _CARD_NODES) if line is not None else ""
        return said.startswith("★") and not any(c.isdigit() for c in said)  # not "4.6 (212)"
    lines = islice((s for s in block.previous_siblings if isinstance(s, Tag)), _RATED_LINES)
    return _rating(before[-_RATING_LINE:]) or any(
        len(text) <= _RATING_LINE and _rating(text) for text in (first_text(s, 4) for s in lines))


def _rating(text: str) -> bool:
    return "★" in text or _RATING.search(text) is not None


_RATING = re.compile(r"(?<![\d/])\d(?:[.,]\d)?+\s*+/\s*+(?:5|10)(?![\d/])")  # "4.5/5", "9/10"
_RATING_LINE = 60  # characters of a rating line at most: a sentence with "1/5" is prose
_RATED_LINES = 3  # lines before a statement read for a rating
_CARD_TITLES = frozenset({"h2", "h3", "h4", "h5", "h6"})


def _table_caption(block: Tag) -> bool:
    """`block` is a table's caption (`<caption>`, or a `<figcaption>` beside a table): what
    a statement there names no one for is the table's review, not the page's."""
    parent = block.parent
    return block.name == "caption" or (block.name == "figcaption" and parent is not None
                                       and parent.find("table", recursive=False) is not None)


def side_card(side: list[Statement]) -> list[Statement]:
    """The statements of side-column review cards (read when the article states no review,
    review.py) that are the page's: a clinician's ("Physician reviewer / NAME, DO / Medical
    review: April 2026"), not a librarian's book review; undated, only a bare label's
    ("Medical reviewer: NAME, DO, FACEP"), not a card about the site's adviser ("Our
    medical advisor / Dr NAME, MRCP / bio": see review.py)."""
    return [s for s in side if not (s.reviewer and s.reviewer.person)
            or clinician(s.reviewer, s.text)]


def outside_cards(found: list[Statement]) -> list[Statement]:
    """The statements not on a list of cards: a related-posts list whose cards each say
    "Medically reviewed by NAME" names other articles' reviewers (a card titled as another
    article that names nobody is left out too); a byline list ("<li>Reviewed by
    NAME</li><li>Reviewed on DATE") names one."""
    named = [s for s in found if s.reviewer and s.reviewer.person]
    cards = card_lists([s.block for s in named], [s.block for s in found if s not in named])
    return [s for s in found if id(s.block) not in cards and (
        (s.reviewer and s.reviewer.person) or not titled_card(s.block))]
