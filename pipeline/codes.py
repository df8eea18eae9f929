"""What each finding code means and how to fix it, for reports that carry rule metadata
(SARIF rules, the HTML report). README's finding table is the documentation; this is
the same text in code, checked against the README by the tests.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    """A finding code's meaning and fix."""

    code: str
    severity: str  # the default severity
    meaning: str
    fix: str


_RULES = [
    Rule("SCHEMA", "error", "the graph breaks a JSON Schema in schemas/",
         "see the message and path; usually a page fact in an unexpected form"),
    Rule("FAQ_NOT_VISIBLE", "error",
         "a marked-up question or answer is not in the page's visible text (hidden, aria-hidden "
         "and display:none content is not visible; collapsed details and accordions are)",
         "mark up only what readers see"),
    Rule("FAQPAGE_COUNT", "error", "the page would carry more than one FAQPage",
         "keep one tool's FAQ markup"),
    Rule("REVIEW_IN_FUTURE", "error", "lastReviewed is after today", "correct the review date"),
    Rule("URL_OTHER_HOST", "warning",
         "the page's URL (its canonical link) is on another host than site.base_url",
         "set site.base_url to the site's address, or correct the canonical link"),
    Rule("REVIEW_STALE", "warning",
         "lastReviewed is older than governance.max_review_age_months (default 12)",
         "have the page reviewed again and update the date"),
    Rule("REVIEW_MISSING", "warning", "a MedicalWebPage has no reviewer or no review date",
         "state who reviewed the page and when"),
    Rule("REVIEWER_UNKNOWN", "warning", "the reviewer is not in the site's [reviewers] registry",
         "fix the spelling on the page or add the reviewer to the registry"),
    Rule("FAQ_DUPLICATE_SITE", "warning", "the same question is marked up on several pages",
         "mark up one instance site-wide"),
    Rule("ANSWER_HTML_DISALLOWED", "warning", "an Answer's HTML uses tags outside the allowed list",
         "use only h1-h6, br, ol, ul, li, a, p, div, b, strong, i, em"),
    Rule("FAQ_USER_SUBMITTED", "info", "the FAQ's answers look user-submitted",
         "mark up user answers as QAPage, not FAQPage"),
    Rule("JSONLD_MISSING", "error", "(validate) the page has no healthld block", "run build"),
    Rule("JSONLD_INVALID", "error", "(validate) the healthld block is not valid JSON",
         "rebuild the page"),
    Rule("JSONLD_DUPLICATE", "error", "(validate) more than one healthld block",
         "rebuild the page"),
    Rule("JSONLD_OTHER_INVALID", "warning", "another tool's JSON-LD block is not valid JSON",
         "fix that tool's output"),
    Rule("PAGE_NAME_MISSING", "warning", "the page has no <h1>, og:title or <title>",
         "give the page a title"),
    Rule("FAQ_STALE_MARKUP", "error",
         "another tool's FAQPage disagrees with the visible FAQ (the message names the questions)",
         "update or remove that tool's FAQ markup, or build with --existing replace "
         "(JSON-LD only)"),
    Rule("PAGE_NODE_DUPLICATE", "warning",
         "other tools carry several page nodes for this URL with different @ids",
         "configure one tool to describe the page"),
    Rule("FAQ_ALREADY_MARKED_UP", "info",
         "another tool's FAQPage already carries the visible FAQ; ours is left out",
         "nothing, or --existing replace to let healthld mark it up"),
    Rule("JSONLD_OTHER_REMOVED", "info",
         "(--existing replace) other tools' FAQPage/WebPage JSON-LD blocks were removed",
         "nothing"),
    Rule("DATE_MONTH_PRECISION", "info", "lastReviewed states a month, not a day",
         "state the day if you know it"),
    Rule("SOURCES_EMPTY", "warning",
         "a Sources, References or Further reading heading has no links under it (no citation "
         "is invented)", "link the sources under the heading, or remove it"),
    Rule("OUTPUT_STALE", "error", "(check) building would change the output page",
         "run healthld build and commit the output"),
    Rule("OUTPUT_MISSING", "error", "(check) the output page does not exist", "run healthld build"),
    Rule("PAGE_FAILED", "error", "(reports) the page could not be processed",
         "see the message: an unreadable, oversized or non-HTML page"),
    Rule("FAQ_UNREAD", "info",
         "an FAQ heading (or FAQ-marked element) has no question with an answer healthld can read",
         "write each question as a heading, a bold question or an FAQ block under it "
         "(README, FAQ shapes), or rename the heading"),
    Rule("REVIEW_UNREAD", "warning",
         "the page states a review but no reviewer's name or no date could be read from it",
         "name the reviewer and write the date "
         "(\"Medically reviewed by NAME, MD on March 3, 2026\")"),
    Rule("REVIEW_DATE_AMBIGUOUS", "warning",
         "a numeric review date could be day- or month-first and the page's locale does not say",
         "write the month as a word or the date as ISO 8601, or set <html lang> with a region"),
    Rule("CREDENTIAL_UNLISTED", "info",
         "a credential-shaped token after the reviewer's name is not in the credential list; kept",
         "nothing if it is a credential (add it to pipeline/data/credentials.json)"),
]
RULES = {r.code: r for r in _RULES}


def rule(code: str, severity: str = "warning") -> Rule:
    """The rule for `code`; a code without an entry here gets a pointer to the README."""
    return RULES.get(code) or Rule(code, severity,
                                   f"{code}: see the finding-code table in the README",
                                   "see the finding-code table in the README")
