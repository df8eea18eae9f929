"""Where a review statement starts: its label ("Medically reviewed by", "Last reviewed:",
"監修"), the label's qualifier and colon, from the vocabulary (review-vocabulary.json).
Used by the review reader and by the readers that end at a byline (author, FAQ answers)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from itertools import islice, pairwise

from ..text import KANA_CJK, THAI
from ..wording import phrase_pattern, role_stems, wording
from .postnominals import strict_credential


@cache
def statement_label() -> re.Pattern[str]:
    """A review statement's label ("Medically reviewed by", "DIETITIAN REVIEWED BY",
    "Last reviewed:"), its qualifier and colon included: where a statement starts."""
    words = wording()
    labels = tuple(sorted((*words.reviewer_labels, *words.date_labels, *words.role_only_labels),
                          key=len, reverse=True))
    # The qualifier is optional and lazy: a whole label that starts with a qualifier's
    # word ("Clinically checked by") is tried before qualifier + a shorter label
    # ("Clinically" + the date label "checked"); one step, over literal words only.
    return re.compile(rf"{_EDGE_BEFORE}(?:(?P<qual>{phrase_pattern(words.label_qualifiers)})"
                      rf"(?:\s++|-))??(?P<label>{phrase_pattern(labels)}){_EDGE_AFTER}"
                      rf"(?P<colon>\s*+[:：\u055d])?+", re.I)  # "Գրախոս՝": Armenian's mark


# A label's edges: not inside a word of an alphabet written with spaces (Latin, Greek,
# Cyrillic, Arabic, Devanagari ...), where `\b` would also fail after a Devanagari vowel
# sign ("समीक्षा") and inside CJK text, which has no spaces between words ("医師監修").
_LETTERS = "0-9A-Za-z\u00c0-\u1fff"
# Armenian's "՝" (U+055D), a punctuation mark in the letters' range, ends a label as a
# colon does ("Գրախոս՝ NAME").
_EDGE_BEFORE, _EDGE_AFTER = f"(?<![{_LETTERS}])", f"(?!(?!\u055d)[{_LETTERS}])"


def labels_in(text: str) -> Iterator[re.Match[str]]:
    """The review labels of one text, the first _LABELS_PER_TEXT of them: a page's review
    is stated in a few; a text of thousands ("Done. Reviewed soon." repeated) is not read
    to its end, label by label."""
    return islice(statement_label().finditer(text), _LABELS_PER_TEXT)


_LABELS_PER_TEXT = 50


def one_word(label: str) -> bool:
    """A one-word label ("Reviewed", "Reviewer") or a noun one (`colon_labels`), which
    needs its colon; not one in a script written without spaces ("監修": its words
    cannot be counted)."""
    return label in wording().colon_labels or (
        " " not in label.replace("/", " ") and not SPACELESS.search(label))


# words not set apart by spaces: Japanese, Chinese, and Thai ("ตรวจสอบความถูกต้องโดย")
SPACELESS = re.compile(f"[{KANA_CJK}{THAI}]")


def is_date_label(m: re.Match[str]) -> bool:
    """The label `m` found is a date label ("Last reviewed", "Review date")."""
    return label_of(m) in wording().date_labels


def label_of(m: re.Match[str]) -> str:
    """The label a statement match found, as the vocabulary writes it (lower case, one
    space between words)."""
    return " ".join(m["label"].lower().split())


def opens_statement(text: str) -> bool:
    """True when `text` starts with a review statement's label ("Medically reviewed by NAME",
    "Last reviewed: ..."): a byline, which ends an FAQ answer. A one-word or noun label
    counts only with its colon and no qualifier ("Reviewed: March 2026", "Reviewer: NAME";
    not "Reviewed studies", nor an answer that is the word "reviewer")."""
    m = statement_label().match(text) or _after_page_subject(text)
    if m is None:
        return False
    label = label_of(m)
    if one_word(label):
        return m["colon"] is not None and m["qual"] is None  # "Reviewer:", not "Reviewer"
    return True


@cache
def _author_opening() -> re.Pattern[str]:
    """An author label of two or more words opening a text, then a capitalised word."""
    phrases = tuple(w for w in wording().author_labels if " " in w)
    # (?<!\s): matched at a text's start; a search never restarts inside a space run
    return re.compile(rf"(?<!\s)\s*+(?:{phrase_pattern(phrases)})\s*+:?+\s*+(?=(?-i:[A-Z]))",
                      re.I)


def opens_credit(text: str) -> bool:
    """True when `text` opens with a review statement (`opens_statement`) or an author's
    credit ("Written by NAME, Podiatrist."): a byline, which ends an FAQ answer."""
    return opens_statement(text) or _author_opening().match(text) is not None


def qualified(m: re.Match[str]) -> bool:
    """The label is qualified: by the optional group ("DIETITIAN" + "reviewed by") or by
    its own first words, when the whole label was listed ("Expert reviewer",
    "Clinically checked by": the lazy qualifier lets the whole label match first)."""
    if m["qual"]:
        return True
    label = label_of(m)
    return label.split(" ", 1)[0] in _qualifier_heads() and any(
        label.startswith(q + " ") for q in wording().label_qualifiers)


@cache
def _qualifier_heads() -> frozenset[str]:
    """The first words of the label qualifiers: a label starting with none is unqualified
    without trying each."""
    return frozenset(q.split(" ", 1)[0] for q in wording().label_qualifiers)


def is_medical(m: re.Match[str]) -> bool:
    """A qualified label ("Dietitian reviewed by") or one with a medical word
    ("Medical reviewer", "Last medically reviewed"; written on in a script without spaces:
    "医学审核")."""
    label, words = m["label"].lower(), wording().medical_words
    return qualified(m) or not words.isdisjoint(label.split()) or (
        SPACELESS.search(label) is not None and any(w in label for w in words))


def other_role(text: str, m: re.Match[str]) -> str:
    """The role (`other_roles`: "fact checked", "fact-checked") whose phrase the label `m`
    found in `text` ends, the word before it and the label read as that role ("Fact-checked
    by"); "" when there is none."""
    label = label_of(m)
    if label in wording().check_roles:
        return label  # "Faktencheck: NAME": the check is the label itself
    before = text[max(0, m.start() - 20):m.start()].lower()
    if m["qual"] or not before or not (before[-1].isspace() or before[-1] == "-"):
        return ""
    words = before.replace("-", " ").split()
    if not words:
        return ""
    word = words[-1]
    return next((r for r in _compound_roles().get(word, ()) if
                 f"{word} {label}".startswith(r) or f"{word}-{label}".startswith(r)), "")


@cache
def _compound_roles() -> dict[str, tuple[str, ...]]:
    """The `other_roles` of two or more words ("fact checked", "fact-checked"), by their
    first word: the word before a label picks the few to try."""
    found: dict[str, list[str]] = {}
    for role in wording().other_roles:
        if " " in role or "-" in role:
            found.setdefault(role.replace("-", " ").split()[0], []).append(role)
    return {k: tuple(v) for k, v in found.items()}


_TITLE_WORDS = frozenset({"chief", "senior", "lead", "head", "principal", "deputy",
                          "associate", "assistant"})


def third_word(text: str) -> int:
    """Where the third word of `text` starts (its length when it has fewer): found once per
    text, so `staff_title` reads no more than two words before each of its labels."""
    found = list(islice(_NONSPACE.finditer(text), 3))
    return found[2].start() if len(found) == 3 else len(text)


_NONSPACE = re.compile(r"\S++")
_TAIL = re.compile(r"[^ .]")  # what `str.strip(" .")` would leave


def staff_title(text: str, m: re.Match[str], third: int) -> bool:
    """A noun label inside a staff title that is all of its text ("Chief medical advisor",
    "Senior Medical Reviewer" under a name on a team page's card, "Psychiatrist, Chief
    Clinical Advisor": the title after a comma): a job, not a
    statement that the page was reviewed. `third`: `third_word(text)`."""
    if m.start() > third:
        return False  # three words or more before it
    before = text[: m.start()].lower().rsplit(",", 1)[-1].split()  # "Psychiatrist, Chief …"
    return bool(before) and len(before) <= 2 and all(w in _TITLE_WORDS for w in before) \
        and not _TAIL.search(text, m.end()) and label_of(m).rsplit(" ", 1)[-1] != "by"


_SENTENCE_ENDS = (". ", "! ", "? ")


def sentence_start(text: str, m: re.Match[str], most: int) -> int | None:
    """Where the sentence of `text` the label `m` is in starts, looked for at most `most`
    characters back; None when it starts further back. A bounded look: a text may hold
    thousands of labels."""
    low = max(0, m.start() - most - 2)
    start = max(text.rfind(end, low, m.start()) for end in _SENTENCE_ENDS) + 1
    return None if start == 0 and low > 0 else start


def short_sentence(text: str, m: re.Match[str], most: int) -> bool:
    """The sentence of `text` the label `m` is in ("This information was written by our
    team. It has been approved by our Senior Medical Editor, Dr NAME.": the second), from
    the end of the sentence before it to the end of its own, is at most `most` long."""
    start = sentence_start(text, m, most)
    if start is None:
        return False
    stops = [k for end in _SENTENCE_ENDS if (k := text.find(end, m.end(), start + most + 2)) >= 0]
    return (min(stops) if stops else len(text)) - start <= most


def label_key(text: str) -> str:
    """A field label's text as the vocabulary lists labels ("Date approved:" -> "date
    approved"): lower case, spaces collapsed, a trailing colon aside."""
    return " ".join(text.rstrip(" :").lower().split())


def author_label(text: str) -> bool:
    """`text` is wholly an author label ("Written by", "Author:"): a credit's field label."""
    return label_key(text) in wording().author_labels


def _after_page_subject(text: str) -> re.Match[str] | None:
    """The label after a passive sentence's subject that is the page ("This leaflet has
    been reviewed by our Readers' Panel", "This page was last reviewed …"), or None."""
    m = statement_label().search(text, 0, _SUBJECT_WORDS * 20)
    return m if m is not None and page_subject(text, m) else None


# A program's mark after a name ("CareCheck AI", "MedAssist AI"): software, not a person
PROGRAM_MARKS = frozenset({"AI", "GPT", "LLM", "BOT"})
_PROGRAM = re.compile(r"\b(?:" + "|".join(sorted(PROGRAM_MARKS)) + r")\b")
_GROUP_WORDS = 8  # words after the label that name the group


def page_review(text: str, m: re.Match[str], segment: str) -> bool:
    """The page states its own review by a clinical group ("This page was reviewed by our
    clinical team in January 2026", "… by the cardiology team at NAME"): a page subject
    (`page_subject`) and a group named with a medical word, a specialty or a clinical
    role ("… door de stuurgroep van de huisartsenkring": GPs'); not a program
    ("CareCheck AI"), a lay panel or another team ("our Travel Claims Team")."""
    words = [w.strip(",.;:'’").lower() for w in segment.split()[:_GROUP_WORDS]]
    vocabulary = wording()
    return page_subject(text, m) and _PROGRAM.search(segment) is None and any(
        w in vocabulary.medical_words or w.endswith(("ology", "ologists"))
        or w.startswith(role_stems()) for w in words)  # "de huisartsenkring"


def page_subject(text: str, m: re.Match[str]) -> bool:
    """The words before the label `m` are a passive sentence's subject that is the page
    itself ("This page was", "The leaflet has been") or what is on it ("Health information
    on this page was"): the page states its own review, whoever did it ("… by our
    clinical team in January 2026")."""
    window = max(0, m.start() - _SUBJECT_WORDS * 20)  # a subject is a few words: a bounded look
    start = max(text.rfind(". ", window, m.start()) + 1, window)
    words = wording()
    before = [w for w in text[start:m.start()].lower().split() if w not in words.auxiliaries]
    if not before or before[-1] not in words.page_nouns:
        return False
    # "This page was", "Deze pagina werd", "Page last reviewed", "This fact sheet was", or
    # what is on it: "The health information on this page was reviewed by …", "Content of
    # this leaflet approved by …"
    this = words.page_determiners
    return len(before) == 1 or (before[0] in this and len(before) <= _SUBJECT_WORDS) \
        or (before[-2] in this and len(before) <= _SUBJECT_WORDS + 1
            and before[-3] in ("on", "in", "of"))


_SUBJECT_WORDS = 4  # words before a label that may name its subject ("Health articles")


def other_subject(text: str, m: re.Match[str]) -> bool:
    """The words before the label `m`, in its sentence, name a subject that is not the
    page's content (`other_subjects`): all of them ("Privacy policy last reviewed",
    "Record last verified") or the last of a few ("Health articles reviewed by Dr NAME"
    over a list of them; "Source: a survey. Data reviewed by Prof. NAME" under a chart),
    or a community's role ("Moderator note: reviewed by NAME, RN": `forum_roles`); or, as
    the subject of a passive sentence, names nothing the page calls itself ("The v2.3
    hazard log was reviewed by NAME": `page_nouns`; "This post was reviewed by NAME")."""
    words = wording()
    last = text[max(0, m.start() - 20):m.start()].split()[-1:]  # "· Next clinical review:"
    if last and last[0].lower() in words.other_subjects:
        return True
    start = sentence_start(text, m, _SUBJECT_WORDS * 40)
    if start is None or m.start() - start > _SUBJECT_WORDS * 40:
        return False  # a sentence's words, not a subject's
    before = text[start:m.start()].lower().replace(":", " ").split()
    passive = plural = False
    while before:  # "This interview was reviewed by …": its subject is "interview"
        k = len(before)
        while k > 1 and (before[k - 1].endswith("ly") or before[k - 1] == "also"):
            k -= 1  # "The protocol was independently peer reviewed by …"
        if before[k - 1] not in words.auxiliaries:
            break
        passive = before[k - 1] in words.past_auxiliaries or passive  # not "is": present
        plural = plural or before[k - 1] == "are"  # "All treatment plans are reviewed by"
        del before[k - 1:]
    if not before or len(before) > _SUBJECT_WORDS:
        return False
    subject = {w.strip(".,;'’") for w in before}
    if plural and before[-1].strip(".,;'’") not in words.page_nouns:
        return True  # a practice's habit, in the present: not a review of the page
    if passive and (words.page_nouns.isdisjoint(subject) or (
            not is_medical(m) and not words.source_words.isdisjoint(subject))):
        return True  # "The v2.3 hazard log was reviewed by NAME", "The original article
        # was peer reviewed by NAME" (a summary's source; not "… was medically reviewed
        # by NAME" under a republished article): what the page is not
    return " ".join(before) in words.other_subjects or before[-1] in words.other_subjects \
        or any(w in words.forum_roles for w in before)


_WORD = re.compile(r"\w")


def whole_text(text: str, m: re.Match[str]) -> bool:
    """The label is the whole of its text ("<div>Reviewed <time>…</time></div>"), a
    symbol before or after it aside ("✔ Pharmacist Reviewed", "Medically reviewed ✓")."""
    return not _WORD.search(text, 0, m.start()) and not _WORD.search(text, m.end())


def role_label(text: str, m: re.Match[str]) -> bool:
    """A qualified one-word label that is the whole of its text: the role line of a byline
    card ("<span>Medically Reviewed</span> <a>NAME, PsyD</a>"), not "… is medically
    reviewed." in prose."""
    return qualified(m) and whole_text(text, m)


_BADGE_LABELS = frozenset({"verified"})


def others_review(text: str) -> bool:
    """A statement that reviews something else than the page (`text`: a statement's,
    from its label on), its label matched once: a member's badge (`_account_badge`), a
    customer's rating (`_rated`) or a customer's review on a review platform
    (`_platform_review`)."""
    m = statement_label().match(text)
    return m is not None and (_account_badge(text, m) or _platform_review(text, m)
                              or _rated(text[m.end():]))


def badge_label(text: str) -> bool:
    """`text` (a statement's) opens with a bare badge label ("Verified 02/18/2026")."""
    m = statement_label().match(text)
    return m is not None and _bare_badge(m)


def _bare_badge(m: re.Match[str]) -> bool:
    """The label `m` is a badge's ("Verified"), with no qualifier before it."""
    return label_of(m) in _BADGE_LABELS and not m["qual"]


def _rated(rest: str) -> bool:
    """A statement that gives a rating ("Reviewed by Elliot and Sam R. · 5 stars ·
    11/02/2025": a number, then a rating's word, `rating_words`): a customer's review."""
    words = rest.lower().replace("·", " ").split()
    return any(w.strip(".,|") in wording().rating_words and prev.replace(".", "", 1).isdigit()
               for prev, w in pairwise(words))


def _account_badge(text: str, m: re.Match[str]) -> bool:
    """A bare "Verified" label followed by a role or credentials, not by "by" ("Verified:
    Registered Nurse · 4 Feb 2026" on a forum reply, "Dr NAME Verified MBBS, MD" on an
    ask-a-doctor answer): a community's badge that the member's profession was checked,
    not a review of the page."""
    if not _bare_badge(m):
        return False
    after = text[m.end():].lstrip(" :·|-").replace(",", " ").split()
    if not after:
        return False
    words = wording()
    head = " ".join(after[:3]).lower()
    return bool(strict_credential(after[0])) or any(head.startswith(r) for r in words.roles)


def _platform_review(text: str, m: re.Match[str]) -> bool:
    """A label followed by a review platform ("Reviewed on Hellopeter, 14/03/2026",
    "Reviewed via Google"), or by "received" (a rating badge's "Last review received
    2026-11-30"): a customer's review, dated, not a review of the page."""
    words = [*label_of(m).split()[-1:], *(w.strip(",.:;!").lower()
                                          for w in text[m.end():].split()[:2])]
    return words[1:2] == ["received"] or any(
        a in ("on", "via", "at") and b in wording().review_platforms
        for a, b in pairwise(words))  # "Reviewed on" is a label of its own
