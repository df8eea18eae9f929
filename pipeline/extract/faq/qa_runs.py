"""Q&A runs with no FAQ label: two or more bold questions, each labelled "Q:", "Q." or
"Q1." (or "问：", "質問：": `question_labels`) and asking (or a bold label alone opening
the question's line: "<p><strong>Q:</strong> Can I …?</p>"), in one element
("<p><strong>Q. Can I …?</strong></p><p>A. …</p>" in an Elementor help article, Blogger's
"<b>Q: …?</b><br>A: …" lines, a newspaper explainer; in a table layout the bold question
sits in a `<font>`): the writer's own questions and answers, an FAQ whatever the heading
over them says. Its reading starts at the first question (`run_start`), not at a title or
an intro its element holds before it.

An interview is written the same way, so a run is not an FAQ when the text before its
first question (back to the page's title, at most _INTRO_STRINGS strings) holds an
interview cue ("we spoke with", "this interview has been edited", "Q&A with", "webinar":
faq-vocabulary.json `interview_cues`), or the page's title does.

Questions without a label ("<p><strong>How do I get a repeat prescription?</strong><br>
Phone us …</p>" on a Joomla 1.0, Mambo or Plone page) make a run only three or more in one
element, each opening a paragraph, a list item or a line of loose text of its own (essays
print a sub-question or two in bold), and not when the run is inside a `<figure>` (a sample
form), under a heading over a drug's labelling ("Important Safety Information") or most of
its questions ask about the writer's own past ("Did we test the embryos?": a diary, a
study's lay summary). A question labelled by another language's letter ("P:", "س:", "ש:")
counts for neither: such letters label interviews at least as often, so those runs need an
FAQ heading."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bs4 import NavigableString, Tag

from ...document import Document
from ...keys import fold
from ...tagindex import TagIndex, heading_level, tag_index
from ...text import KANA_CJK
from .bookmarks import bookmark_runs
from .items import opens
from .layout import layout
from .shapes import sibling_before, start_text
from .words import vocabulary

_MIN_RUN = 2  # labelled questions in one element
_MIN_UNLABELLED = 3  # questions in one element when they carry no label
_INTRO_STRINGS = 80  # strings read back from the first question for an interview cue
_BLOCKS = frozenset({"p", "div", "li", "span"})


def qa_runs(doc: Document) -> list[Tag]:
    """The elements holding a run of labelled bold questions that is not an interview's,
    each an FAQ-marked element for the section reader."""
    return [holder for holder, _ in doc.memo(_runs)]


def run_start(doc: Document, holder: Tag) -> Tag | None:
    """The block of the first question of the run `holder` holds (where its reading
    starts: not at a title or an intro before it; a bookmark list's first anchored question:
    bookmarks.py), or None when `holder` holds no run. A look-up, not a scan of the runs:
    every FAQ-marked element of a page asks."""
    return doc.memo(_starts).get(id(holder))


def _starts(doc: Document) -> dict[int, Tag]:
    """Each run's first question's block by its holder's id(), worked out once per page."""
    starts: dict[int, Tag] = {}
    for holder, first in (*doc.memo(_runs), *bookmark_runs(doc)):
        starts.setdefault(id(holder), first)
    return starts


@dataclass
class _Run:
    """The bold questions one element holds: how many carry a label, and their texts."""

    holder: Tag
    first: Tag  # the first question's block, where the reading starts
    bold: Tag  # the first question's bold element
    labelled: int = 0
    asked: list[str] = field(default_factory=list)


def _runs(doc: Document) -> list[tuple[Tag, Tag]]:
    words = vocabulary()
    index = tag_index(doc)
    runs: dict[int, _Run] = {}
    for bold in index.get("strong", "b"):
        labelled = _opens_with_q(bold)  # a cheap look first: thousands of bold elements
        line, block = bold, bold.parent
        while isinstance(block, Tag) and block.name in _INLINE and isinstance(
                block.parent, Tag) and opens(block.parent, block):
            line, block = block, block.parent  # "<p><font><b>Q. …?</b></font><br>…"
        if not labelled and not (isinstance(block, Tag) and block.name in _BLOCKS
                                 and block.name != "span" and opens(block, line)) \
                and not _after_break(line):
            continue  # an unlabelled question opens a paragraph, an item or a line of its own
        text = start_text(bold)
        if not labelled and not (words.asks(text) and words.label_end(text) == 0):
            continue  # not asking; or labelled by a letter that labels interviews as often
        if labelled:
            if isinstance(block, Tag) and words.label_end(text + " ") > len(text) \
                    and opens(block, line):  # "<p><strong>Q:</strong> Can I …?</p>": the
                text = start_text(block)  # line's
            if not _q_label(text[:1]) or not words.label_end(text) or not words.asks(text):
                continue  # a question's label ("Q:", "问："), not a number ("1.") nor a mark
        if not isinstance(block, Tag):
            continue
        leads = block.name in _BLOCKS and opens(block, line)
        holder = block.parent if leads else block
        if isinstance(holder, Tag):
            run = runs.setdefault(id(holder), _Run(holder, block if leads else line, bold))
            run.labelled += labelled
            run.asked.append(fold(text))
    return [(run.holder, run.first) for run in runs.values()
            if (run.labelled >= _MIN_RUN or (len(run.asked) >= _MIN_UNLABELLED
                                              and not _not_faq(doc, run)))
            and not _interview(index, run.bold, words.interview_cue)]


def _after_break(line: Tag) -> bool:
    """`line` starts a line of loose text: a `<br>` before it, spaces aside ("…<br><br>
    <b>Is it normal to feel sad?</b><br>Up to eight in ten …")."""
    before = sibling_before(line)
    return isinstance(before, Tag) and before.name == "br"


def _not_faq(doc: Document, run: _Run) -> bool:
    """A run of questions with no label that is not an FAQ: inside a `<figure>` (a sample
    form, an illustration), under a section of a drug's labelling ("Important Safety
    Information": `labelling_sections`), or asked by the writer about their own past ("Did
    we test the embryos?", "What did we find?" in a diary or a study's lay summary: most of
    its questions hold an `own_account` phrase)."""
    words = vocabulary()
    index = tag_index(doc)
    lay = layout(doc)
    if lay.at_inside(lay.pos(run.holder), doc.memo(_figures)):
        return True
    heading = index.heading_before(run.first)
    if heading is not None and words.labelling_section.search(fold(index.heading_text(heading))):
        return True
    return sum(words.own_account.search(q) is not None for q in run.asked) * 2 > len(run.asked)


def _figures(doc: Document) -> tuple[list[int], list[int]]:
    """The extents of the page's `<figure>`s, worked out once per page."""
    return layout(doc).spans(tag_index(doc).get("figure"))


_INLINE = frozenset({"font", "span", "em", "i", "u"})  # styling around a line's bold question
_FIRST_TEXT_STEPS = 6  # nodes looked through for a bold element's first words


def _opens_with_q(bold: Tag) -> bool:
    """The bold element's first words open with a question's label ("Q", "问：": a few
    nodes looked at, not a walk)."""
    node = bold.next_element
    for _ in range(_FIRST_TEXT_STEPS):
        if node is None:
            return False
        if isinstance(node, NavigableString) and node.strip():
            return _q_label(node.lstrip()[:1])
        node = node.next_element
    return False


def _q_label(first: str) -> bool:
    """`first` can open a question's label here: "Q", or a Chinese or Japanese one ("问：",
    "質問："). Other languages' letters ("P:"/"R:" in Spanish and Catalan, "س:"/"ج:" in
    Arabic, "문:"/"답:" in Korean) label interviews at least as often, so a run of them
    needs an FAQ label over it."""
    return first in ("Q", "q") or _CJK.match(first) is not None


_CJK = re.compile(f"[{KANA_CJK}]")


def _interview(index: TagIndex, first: Tag, cue: re.Pattern[str]) -> bool:
    """An interview cue in the page's title or in the text before the run's first question
    (back to the title)."""
    h1s = index.get("h1")
    return interview_after(h1s[0] if h1s else None, first, cue)


def interview_after(title: Tag | None, first: Tag, cue: re.Pattern[str],
                    titled: bool = True) -> bool:
    """An interview cue in the text between `title` (the page's, or an FAQ section's label)
    and the first question `first` (at most _INTRO_STRINGS strings back), or with
    `titled` in the title itself and in headings on the way (without it, a sub-heading
    "Q&A with our pharmacist" under the label "Allergy tablets: Q&A" is the FAQ's own)."""
    parts: list[str] = []
    labels: list[str] = []  # the intro's bold lead-ins
    for string in first.find_all_previous(string=True, limit=_INTRO_STRINGS):
        if title is not None and string.parent is title:
            break
        if titled or heading_level(string.parent) is None:
            parts.append(str(string))
        if string.parent is not None and string.parent.name in ("strong", "b"):
            labels.append(str(string))
    if title is not None and titled:
        parts.append(title.get_text(" "))
    # An FAQ phrase as the intro's bold lead-in ("<strong>Your questions, answered.</strong>
    # We asked the health department to answer the questions viewers sent"): not an
    # interview, the viewers' questions answered (but "<b>Q&A:</b> We spoke with …" is one)
    words = vocabulary()
    return cue.search(fold(" ".join(parts))) is not None and not any(
        words.faq_phrase.search(label) and not words.interview.match(label)
        for label in map(fold, labels))
