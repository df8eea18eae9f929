"""The FAQ readers' vocabulary, from `pipeline/data/faq-vocabulary.json`: which headings
announce an FAQ, what is phrased as a question, what is a section title rather than a
question, what is site furniture. Data, not code: a language is added in the JSON file.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ...keys import fold
from ...text import CAMEL_HUMP, DOUBLE_QUOTES, HANGUL, KANA_CJK, THAI
from ...wording import phrase_pattern

DATA_FILE = "data/faq-vocabulary.json"


def _alternation(words: list[str]) -> str:
    """A regex of `words` (longest first, each literal), as a prefix tree (wording.py)."""
    return phrase_pattern(tuple(set(words)))


@dataclass(frozen=True)
class Vocabulary:
    """The compiled word lists (see the JSON file's `_about` notes)."""

    faq_phrase: re.Pattern[str]
    faq_end: re.Pattern[str]  # a heading ending in "questions", unless "Popular questions"
    faq_asked: re.Pattern[str]  # "Questions pet owners ask"
    asked_not: frozenset[str]  # "Questions you may want to ask": the reader's to ask
    question_start: re.Pattern[str]
    question_ends: tuple[str, ...]  # "ไหม", "หรือไม่": a final particle that asks, no "?"
    question_label: re.Pattern[str]
    counter: re.Pattern[str]
    answer_label: re.Pattern[str]
    not_question: re.Pattern[str]
    invitation: re.Pattern[str]
    interview: re.Pattern[str]  # a page title that is an interview's ("Q&A: …")
    column: re.Pattern[str]  # an advice column's name ("Ask the pharmacist", "Ask our GP")
    interview_cue: re.Pattern[str]  # "we spoke with", "edited for length": an interview
    interview_byline: re.Pattern[str]  # "Interview by NAME" under the page's title
    own_account: re.Pattern[str]  # "did we", "did I": a writer asking about their own past
    labelling_section: re.Pattern[str]  # "Important Safety Information": a drug's labelling
    service_subject: re.Pattern[str]  # "Subscription FAQs": the site's own service FAQ
    customer_qa: re.Pattern[str]  # "Customer questions & answers": a shop's Q&A widget
    furniture_words: frozenset[str]
    ad_words: frozenset[str]
    other_item_words: frozenset[str]
    note_words: frozenset[str]
    component_words: frozenset[str]
    furniture_text: re.Pattern[str]
    qa_marks: frozenset[str]
    toggle_title: frozenset[str]
    question_fields: frozenset[str]  # "Question", "Pregunta": a record field's label
    answer_fields: frozenset[str]  # "Answer", "Respuesta"
    toggle_body: frozenset[str]
    toggle_wrap: frozenset[str]
    state: frozenset[str]
    icon: frozenset[str]
    screen_reader: frozenset[str]
    toggle_labels: frozenset[str]  # "Show", "Hide": a toggle's words after a question's
    user_question: re.Pattern[str]
    widget_answer: re.Pattern[str]  # "Verified Purchaser", "Helpful? Yes" in an answer
    answer_opener: re.Pattern[str]  # "Answered by NAME:" opening an answer: a Q&A widget's
    answer_credit: re.Pattern[str]  # "… Answered by Seller · 👍 42": a sentence of its own
    reveals: frozenset[str]  # "Answer", "Show answer": a quiz's toggle over its answer
    branches: tuple[tuple[str, str], ...]  # ("yes", "no"): a decision tree's two labels

    def announces_faq(self, text: str) -> bool:
        """True when `text` (a heading, an aria-label) contains an FAQ phrase anywhere, or
        ends with "questions" after other words ("Food allergy questions"; not "Popular
        questions" nor a lone "Questions")."""
        text = fold(text)
        if self.faq_phrase.search(text) is not None:
            return True
        # A word before "questions", not a lone "Questions" (a reader Q&A's title), not
        # "Popular questions" (links) and not "Still have questions?" (an invitation).
        end = self.faq_end.search(text)
        asked = self.faq_asked.match(text)  # "Questions pet owners ask"
        if asked is not None and not self.asked_not.intersection(asked["who"].split()):
            return not self.invitation.match(text)
        return end is not None and end.start() > 0 and end["links"] is None \
            and not self.invitation.match(text)

    def lone_questions(self, text: str) -> bool:
        """True when `text` is the one word "Questions" (`faq_heading_ends`, any language's),
        nothing else, not even a question mark ("Questions?" invites a call): over items
        of questions and answers the section's title, over a widget a customer Q&A's."""
        end = self.faq_end.search(text := fold(text).strip())
        return end is not None and end.start() == 0 and end["links"] is None and text.isalpha()

    def titles_faq_tab(self, text: str) -> bool:
        """True when a tab's title names the tab of questions and answers among topic tabs:
        as a heading would (`announces_faq`), or a lone "Questions", or an advice column's
        name ("Ask the pharmacist"): on a heading these are a reader Q&A's title or an
        invitation, on a tab beside "Overview" and "Travelling" they name its panel."""
        if self.announces_faq(text):
            return True
        text = fold(text)
        end = self.faq_end.search(text)
        return (end is not None and end.start() == 0 and end["links"] is None) \
            or self.column.fullmatch(text) is not None

    def is_question(self, text: str) -> bool:
        """True when `text` is phrased as a question: it ends with a question mark or a
        particle that asks (`question_particles`: Thai "…ได้ไหม", "…หรือไม่", written with
        no mark), or it starts with a question word and is not a section title. A mark with no word
        ("?", the pseudo-header of a numbered FAQ list) asks nothing."""
        text = fold(text)
        if not any(c.isalnum() for c in text):
            return False
        return ends_asking(text) or text.rstrip(" .").endswith(self.question_ends) or (
            self.question_start.match(text) is not None and not self.is_title(text))

    def phrased_as_question(self, text: str) -> bool:
        """True when `text` asks something in any language: a question mark anywhere
        ("?", "？", "؟", "¿"), or `is_question`."""
        return self.marked_question(text) or self.is_question(text)

    @staticmethod
    def marked_question(text: str) -> bool:
        """True when `text` holds a question mark of any script ("?", "？", "؟", "¿", a
        Greek ";" at its end)."""
        return any(m in text for m in "?\uff1f\u061f\u00bf") or ends_asking(text)

    def asks(self, text: str) -> bool:
        """True when `text` ends with a question mark."""
        return ends_asking(fold(text))

    def is_title(self, text: str) -> bool:
        """True when `text` is a section title, not a question ("Recipe Notes", "Related
        reading", "Hope You Love It!"): it ends an FAQ. Nothing ending in "?" is a title but an
        invitation to read on ("Looking for more recipes?")."""
        text = fold(text)
        if self.invitation.match(text):
            return True  # "Looking for more recipes?"
        if not text or ends_asking(text):
            return False
        return self.not_question.search(text) is not None or text.endswith("!")

    def label_end(self, text: str, answer: bool = False) -> int:
        """The length of a leading "Q:", "Q1.", "Question 3:", "1." label ("A:", "Answer:"
        with `answer`), or 0."""
        m = (self.answer_label if answer else self.question_label).match(text)
        return m.end() if m else 0


_CLASS_SPLIT = re.compile(r"[-_\s]++")


def class_words(token: str) -> list[str]:
    """The words of a class, lower-cased: split at '-', '_' and camelCase humps
    ("accordionHeaderSelected" -> accordion, header, selected), a BEM modifier
    ("accordion__title--active": what comes after "--") and trailing state words
    ("selected", "active") set aside."""
    element = token.split("--", 1)[0] or token
    words = [w for w in _CLASS_SPLIT.split(CAMEL_HUMP.sub("-", element).lower()) if w]
    state = vocabulary().state
    while len(words) > 1 and words[-1] in state:
        words.pop()
    return words


def class_part(token: str) -> str:
    """The part a class names: its last word ("su-spoiler-title" -> "title"), once a BEM
    modifier, state words and wrap words ("__header-wrapper", "title-wrap") are set aside
    (`class_words`); "" for a generated atomic class ("c1-q")."""
    # Drupal names a field in a BEM modifier: `field--name-field-question` is the
    # question field ("field-question"), not a state of a "field".
    words = class_words(token.split("--name-", 1)[1] if "--name-" in token else token)
    wrap = vocabulary().toggle_wrap
    while len(words) > 1 and words[-1] in wrap:
        words.pop()
    if len(words) > 1 and len(words[-1]) == 1 and any(c.isdigit() for c in words[-2]):
        return ""  # "c1-q", "c1-b": a builder's generated atomic class (GoDaddy), not a part
    return words[-1] if words else ""


QUESTION_MARKS = ("?", "\uff1f", "\u061f", "\u037e")  # "?", full-width, Arabic, Greek


def ends_asking(text: str) -> bool:
    """`text` ends with a question mark, in any script ("？", "؟", Greek ";"), quotes and
    closing brackets aside. The Greek question mark is canonically ";" (NFKC, and many
    keyboards type it): after a Greek letter ";" asks."""
    text = text.rstrip(" \"')")
    return text.endswith(QUESTION_MARKS) or (
        text.endswith(";") and len(text) > 1 and _greek(text[-2]))


def _greek(char: str) -> bool:
    return "\u0370" <= char <= "\u03ff" or "\u1f00" <= char <= "\u1fff"


def _words(data: dict[str, object], key: str) -> list[str]:
    lists = data[key]
    assert isinstance(lists, dict)
    return [w for lang, ws in lists.items() if not lang.startswith("_") for w in ws]


def _answer_credit(openers: list[str]) -> re.Pattern[str]:
    """Who answered, capitalised as a sentence of its own ("… only. Answered by Seller"),
    or in any case after a dash ("… dust. — answered by Mike G., Verified Buyer")."""
    credits = [w[:1].upper() + w[1:] for w in openers]
    return re.compile(rf"(?:(?:^|[.!?·|—–]\s*+)(?:{_alternation(credits)})"
                      rf"|[—–]\s*+(?:{_alternation(openers)}))(?!\w)")


def _phrases(data: dict[str, object], key: str) -> re.Pattern[str]:
    """Any of the `key` phrases as whole words; in a script that writes words together
    (Thai, Chinese, Japanese: "คำถามเกี่ยวกับการผ่าตัด", "よくある質問と回答") a phrase
    may run on into the next word, and one opening with such a letter into the word
    before it; a Korean phrase may take a particle ("자주 묻는 질문과")."""
    words = _words(data, key)
    glued = [w for w in words if _RUN_ON.match(w[-1:])]
    pattern = rf"(?<!\w)(?:{_alternation([w for w in words if w not in glued])})(?!\w)"
    if glued:
        pattern += rf"|(?:{_alternation(glued)})"
    return re.compile(pattern)


_RUN_ON = re.compile(f"[{KANA_CJK}{HANGUL}{THAI}]")  # letters a word runs on after


def _heading_end(data: dict[str, object]) -> re.Pattern[str]:
    """A heading's last word that announces an FAQ ("Food allergy questions"), unless a
    word before it makes it a list of links (`faq_heading_ends_not`); in a script that
    writes words together, the word run on from the words before it ("大家关心的问题")."""
    ends = _words(data, "faq_heading_ends")
    glued = [w for w in ends if _RUN_ON.match(w[:1])]
    pattern = rf"(?<!\w)(?:(?P<links>{_alternation(_words(data, 'faq_heading_ends_not'))})\s++)?" \
        rf"(?:{_alternation([w for w in ends if w not in glued])})"
    if glued:
        pattern = rf"(?:{pattern}|(?:{_alternation(glued)}))"
    return re.compile(rf"{pattern}[^\w]*+$")


def _lowered(data: dict[str, object], key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _words(data, key))


def _question_label(label: str) -> re.Pattern[str]:
    """"Q:", "Q1.", "Q 1)", "Question 3:", a bare "1." / "1)" number, or a section's
    ("6.5.1", "6.5."; not "1.5", which may be a dose). (?<!\\s): matched at a text's
    start; a search never restarts inside a space run."""
    return re.compile(rf"(?<!\s)\s*+(?:(?:{label})\s*+\d{{0,3}}+\s*+(?:[:.)]|{_WIDE_COLON})"
                      r"|\d{1,3}+[.)]|\d{1,3}+(?:\.\d{1,3}+){1,3}+\.|\d{1,3}+(?:\.\d{1,3}+){2,3}+"
                      rf"|{MARKER})(?:\s++|(?<=：))", re.IGNORECASE)


_WIDE_COLON = "："  # "Q：人工膝關節…": CJK text runs on after a full-width colon


# A symbol or emoji set where a label would be ("❓ Which SPF do I need?", "💬 SPF 50+"):
# arrows, technical and miscellaneous symbols, dingbats and the emoji blocks, with an
# optional emoji presentation selector.
MARKER = "[\u2190-\u21ff\u2300-\u27bf\u2900-\u297f\u2b00-\u2bff\U0001f000-\U0001faff]\ufe0f?+"


def _counter(label: str) -> re.Pattern[str]:
    """An item's number alone ("2", "3.") or with its label word ("FAQ 2", "Q3",
    "Question 4"): a counter beside a question, fullmatched on an element's text."""
    return re.compile(rf"(?:(?:{label}|faq)\s*+)?\d{{1,3}}+[.):]?+", re.IGNORECASE)


def _interview(data: dict[str, object]) -> re.Pattern[str]:
    """An interview's title ("Q&A with …") or an advice column's ("Ask the DIC: …": one to
    three words, each taken whole, then the colon)."""
    return re.compile(rf"(?:{_alternation(_words(data, 'interview_titles'))})|"
                      rf"(?:{_alternation(_words(data, 'advice_titles'))})\s++"
                      r"[^\s:]++(?:\s++[^\s:]++){0,2}+:")


def _invitation(data: dict[str, object]) -> re.Pattern[str]:
    """A call to action at a text's start ("Book a visit"), maybe led by a clause up to
    its comma ("For anything not covered here, please call …"). The lead clause is
    possessive and bounded: a failed match gives it up whole."""
    return re.compile(rf"(?:(?:{_alternation(_words(data, 'invitation_leads'))})(?!\w)"
                      rf"[^,.;:!?]{{0,80}}+,\s*+(?:please\s++)?)?"
                      rf"(?:{_alternation(_words(data, 'invitations'))})(?!\w)")


@cache
def vocabulary() -> Vocabulary:
    """The vocabulary, read once per process."""
    data = json.loads(resources.files("pipeline").joinpath(DATA_FILE).read_text("utf-8"))
    nq = data["not_a_question"]
    starts = [w for k, ws in nq.items() if k.endswith("_starts") for w in ws]
    contains = [w for k, ws in nq.items() if k.endswith("_contains") for w in ws]
    label = _alternation(_words(data, "question_labels"))
    answer = _alternation(_words(data, "answer_labels"))
    return Vocabulary(
        faq_phrase=_phrases(data, "faq_phrases"),
        faq_end=_heading_end(data),
        # One to four words between, each taken whole; a bounded repeat, so a failed
        # match backtracks at most four steps.
        faq_asked=re.compile(
            rf"(?:{_alternation(_words(data, 'faq_heading_ends'))})\s++"
            rf"(?P<who>(?:[\w'-]++\s++){{1,4}})"
            rf"(?:{_alternation(_words(data, 'faq_heading_asked'))})"
            rf"(?:\s++(?:{_alternation(_words(data, 'faq_heading_asked_after'))})"
            rf"(?:\s++[\w'-]++){{1,3}})?[^\w]*+$"),  # "… we are asked at reception"
        asked_not=frozenset(_words(data, "faq_heading_asked_not")),
        question_start=re.compile(rf"(?:{_alternation(_words(data, 'question_words'))})(?!\w)"),
        question_label=_question_label(label),
        counter=_counter(label),
        answer_label=re.compile(rf"(?<!\s)\s*+(?:(?:{answer})\s*+\d{{0,3}}+\s*+[:.)]|{MARKER})"
                                rf"\s++|(?<!\s)\s*+(?:{answer}){_WIDE_COLON}\s*+",
                                re.IGNORECASE),  # "A:", "A1.", "Answer 3:", "💬", "答："
        not_question=re.compile(
            rf"^(?:{_alternation(starts)})(?!\w)|(?<!\w)(?:{_alternation(contains)})(?!\w)"),
        invitation=_invitation(data),
        interview=_interview(data),
        column=re.compile(rf"(?:{_alternation(_words(data, 'advice_titles'))})\s++"
                          r"[^\s:]++(?:\s++[^\s:]++){0,2}+[?!.]?+"),
        service_subject=_phrases(data, "service_subjects"),
        customer_qa=_phrases(data, "customer_qa_titles"),
        interview_cue=_phrases(data, "interview_cues"),
        interview_byline=_phrases(data, "interview_bylines"),
        own_account=_phrases(data, "own_account"), labelling_section=_phrases(
            data, "labelling_sections"), note_words=_lowered(data, "note_words"),
        furniture_words=_lowered(data, "furniture_words"), ad_words=_lowered(data, "ad_words"),
        other_item_words=_lowered(data, "other_item_words"),
        component_words=_lowered(data, "component_words"),
        furniture_text=re.compile(rf"(?:{_alternation(_words(data, 'furniture_text'))})"),
        qa_marks=frozenset(_words(data, "qa_page_marks")),
        toggle_title=frozenset(_words(data, "toggle_title_words")),
        question_fields=frozenset(w for w in _words(data, "question_labels") if len(w) > 4),
        answer_fields=frozenset(w for w in _words(data, "answer_labels") if len(w) > 4),
        toggle_body=frozenset(_words(data, "toggle_body_words")),
        toggle_wrap=frozenset(_words(data, "toggle_wrap_words")),
        icon=frozenset(_words(data, "icon_words")), state=frozenset(_words(data, "state_words")),
        question_ends=tuple(fold(w) for w in _words(data, "question_particles")),
        screen_reader=frozenset(_words(data, "screen_reader_classes")),
        toggle_labels=_lowered(data, "toggle_labels"),
        user_question=_phrases(data, "user_question_words"),
        answer_opener=re.compile(rf"(?:{_alternation(_words(data, 'answer_openers'))})(?!\w)"),
        widget_answer=_phrases(data, "widget_answer_marks"),
        answer_credit=_answer_credit(_words(data, "answer_openers")),
        reveals=_lowered(data, "answer_reveals"),
        branches=tuple((pair[0], pair[-1]) for pair in
                       (w.split() for w in _words(data, "branch_labels"))),
    )


_ATTRIBUTION = re.compile(r"[\"”»’'“]\s*+[—–-]\s*+\w")  # a closing quote, a dash, a name
_OPENING_QUOTES = DOUBLE_QUOTES + "‘'"
_RATING_MARKS = "★☆ "


def testimonial(text: str) -> bool:
    """A quoted line with its attribution ("“The staff here saved my life.” – Jordan P.",
    "★★★★★ „Lotte explained everything.” — Marc") or a star rating ("Excellent ★★★★★ 4.9
    based on 143 reviews": a review widget's header): a testimonial, which ends an answer."""
    if "★★★" in text or "☆☆☆" in text:
        return True
    body = text.lstrip(_RATING_MARKS)
    return 0 < len(body) <= 400 and body[0] in _OPENING_QUOTES \
        and _ATTRIBUTION.search(body, 9) is not None
