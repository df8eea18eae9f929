"""Whether a page says when something takes effect: "Effective date: 01/01/2027" in a
medical policy's header, "changes effective November 1, 2026" in a formulary bulletin's
title, "Benefits effective 1 January 2027" on a scheme's benefits page. Such a page is a
policy, coverage or benefits document: its bare "Last reviewed 09/17/2026" dates the
document's own review (a committee's, a compliance team's), not a medical review of
health content (eval h243: seven insurers' and payers' pages). The label is one of the
vocabulary's `effective_labels` written right before a date (the next element's, as in a
`<dt>Effective date</dt><dd>…</dd>`); "an effective treatment" is not one."""

from __future__ import annotations

import re
from functools import cache

from ..dates import find_date
from ..document import Document
from ..wording import phrase_pattern, wording

_DATE_WITHIN = 40  # characters after the label where its date starts and ends


@cache
def _label() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{phrase_pattern(wording().effective_labels)})(?!\w)[\s:]*+",
                      re.I)


def takes_effect(doc: Document) -> bool:
    """The page's text states when something takes effect (see above); worked out once
    per page, and only for a page whose review the question decides."""
    return doc.memo(_takes_effect)


def _takes_effect(doc: Document) -> bool:
    text = (doc.soup.body or doc.soup).get_text(" ")
    for m in _label().finditer(text):
        found = find_date(text[m.end():m.end() + _DATE_WITHIN], doc.language)
        if found is not None and found.start == 0:
            return True
    return False
