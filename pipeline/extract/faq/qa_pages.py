"""Q&A pages (Stack Exchange and forum shapes, QAPage microdata or RDFa), which are not
FAQPages, and QAPage-typed excerpts inside an article, where no FAQ is read."""

from __future__ import annotations

import re

from bs4 import Tag

from ...document import Document
from ...tagindex import tag_index
from .layout import layout
from .words import vocabulary

_QA_TYPE = re.compile(r"(?:^|[/#:\s])QAPage(?:$|[/\s])")


def _qa_typed(doc: Document) -> list[Tag]:
    """The elements typed QAPage (microdata or RDFa)."""
    index = tag_index(doc)
    return [t for attr in ("itemtype", "typeof") for t in index.get(f"[{attr}]")
            if _QA_TYPE.search(str(t.get(attr) or ""))]


def qa_excerpts(doc: Document) -> list[Tag]:
    """QAPage-typed elements that are a part of an article, not the page: they do not
    hold the page's `<h1>` (a forum thread's excerpt under a pharmacy's advice article).
    What is read inside them is not an FAQ; the rest of the page may hold one. Found once
    per page (Document.memo): find_faq and is_qa_page both ask."""
    return doc.memo(_qa_excerpts)


def _qa_excerpts(doc: Document) -> list[Tag]:
    h1s = tag_index(doc).get("h1")
    if not h1s:
        return []
    lay = layout(doc)
    title = lay.pos(h1s[0])
    return [t for t in _qa_typed(doc) if t.name not in ("html", "body")
            and not lay.pos(t) <= title <= lay.end(t)]


def is_qa_page(doc: Document) -> bool:
    """True when the page is a Q&A page (user answers, votes, answer counts: Stack Exchange
    and forum shapes, or QAPage microdata/RDFa that is not an excerpt), which is not an
    FAQPage: no FAQ is read."""
    index = tag_index(doc)
    excerpts = qa_excerpts(doc)
    ids = {id(t) for t in excerpts}
    if any(id(t) not in ids for t in _qa_typed(doc)):
        return True
    marks = [k for m in vocabulary().qa_marks for k in (f".{m}", f"#{m}") if k in index.tags]
    if not marks or not excerpts:
        return bool(marks)
    lay = layout(doc)
    spans = lay.spans(excerpts)  # an accepted answer's mark inside an excerpt is the excerpt's
    return any(not lay.inside(t, spans) for t in index.get(*marks))
