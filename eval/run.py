"""The evaluation (`make eval`): how well extraction does on pages nobody here wrote.

Every page in eval/pages/ is read with the library call the pipeline itself makes
(`Document.from_bytes` then `pipeline.extract.extract`, one process, no subprocess per
page) and compared with its expected truth in eval/expected/<name>.json. Prints
precision and recall per field, the share of pages fully right and the invented
reviewers and FAQs, and writes them (with every page's misses) to eval/results.json,
sorted and without timings, so two runs give the same bytes.

    python eval/run.py [--pages DIR] [--expected DIR] [--results FILE] [--quiet] [--only PREFIX]

`--only h2-` scores only the pages whose name starts with the prefix (e.g. the second
held-out set), so one subset's numbers can be read on their own.

The metric definitions are in eval/README.md; the floors the test suite holds the
numbers to are in eval/floors.json (tests/test_eval.py).
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PAGES = HERE / "pages"
EXPECTED = HERE / "expected"
RESULTS = HERE / "results.json"
FLOORS = HERE / "floors.json"
BASE_URL = "https://eval.example/"

# The fields, in the order they are printed. Page-level fields count one prediction per
# page; item-level fields (questions, answers, credentials) count every item.
FIELDS = ("faq_pages", "questions", "answers", "reviewer", "credentials", "review_date",
          "author")
# What "fully right" means (issue 12): the FAQ questions and answers in order, the
# reviewer, the credentials and the review date. The author is scored, and reported in
# `fully_right_with_author`, but a page is not failed for it.
FULL_FIELDS = ("faq", "reviewer", "credentials", "review_date")

# Typographic characters folded to the ASCII a page's other markup writes for them.
_FOLD = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u2015": "-", "\u2212": "-", "\u00ad": None,
})
_TAG = re.compile(r"<[^>]*+>")
_SPACE = re.compile(r"\s++")


def fold(text: str) -> str:
    """Unescape HTML entities, NFKC (NBSP, ellipsis, ligatures), fold typographic quotes
    and dashes, case-fold, and collapse whitespace: the key two texts are compared by."""
    text = unicodedata.normalize("NFKC", html.unescape(text)).translate(_FOLD)
    return _SPACE.sub(" ", text.casefold()).strip()


def plain_text(answer_html: str) -> str:
    """An answer's HTML as text: tags become spaces, entities are unescaped."""
    return _SPACE.sub(" ", html.unescape(_TAG.sub(" ", answer_html))).strip()


def question_key(question: str) -> str:
    return fold(_TAG.sub(" ", question))


def answer_key(answer: str) -> str:
    """Answers are equal when their plain text is, whitespace aside entirely: where a
    list item or a `<br>` puts a space is markup, not content. Any other difference,
    one word run on into a share bar or one sentence lost, is a wrong answer."""
    return fold(plain_text(answer)).replace(" ", "")


def name_key(name: str | None) -> str | None:
    return fold(name) if name else None


# A parenthesised qualifier after a credential: its country, college or specialty.
_QUALIFIER = re.compile(r"\([^()]*+\)")


def credential_key(credential: str) -> str:
    """"M.D." is MD, "pharmd" is PHARMD: dots, spaces and case aside; and "MD (Dermatology)"
    and "MD Psychiatry" are MD: the truth writers split on whether a specialty or country
    after the degree, in parentheses or as words of the credential qualifiers, is part of
    the credential (README, "Scoring")."""
    words = _QUALIFIER.sub(" ", fold(credential)).split()
    head = list(words)
    while len(head) > 1 and head[-1].strip(".") in _qualifier_words():
        head.pop()
    if head != words and _listed("".join(head)):  # "MD Psychiatry"; not "FC Derm", "B. Pharm."
        words = head
    elif len(words) > 1 and _subject_degree(words[0]):  # "BSc Midwifery", "MSc Audiology"
        words = words[:1]
    return "".join(words).replace(".", "").upper()


def scored_credentials(credentials: tuple[str, ...]) -> list[str]:
    """The credentials as scored: a degree written before the name ("Dr. med.", "MUDr.",
    "Prof.": honorific words of the review vocabulary) set aside, as our output keeps it in
    `honorificPrefix` and the truth writers split on it (listed on 13 pages, left out on
    23); and a listed credential written spaced ("MB BCh BAO") counted as its listed
    words, as the truth writers split on that too (README, "Scoring")."""
    out: list[str] = []
    for credential in credentials:
        if _prefix_form(credential.split()):
            continue
        canon = (_listed(credential) or credential).split()  # "MB BCh" is MBBCh
        out += canon if len(canon) > 1 and all(_listed(w) for w in canon) else [credential]
    return out


def _prefix_form(words: list[str]) -> bool:
    """Honorific words, none a credential as written ("Dr. med.", "Prof."; not "MS")."""
    from pipeline.extract.postnominals import strict_credential
    from pipeline.wording import wording

    vocabulary = wording()
    return bool(words) and all(w in vocabulary.degree_prefixes or (
        w.lower().rstrip(".") in vocabulary.honorifics and not strict_credential(w))
        for w in words)


def _subject_degree(word: str) -> bool:
    from pipeline.extract.degrees import SUBJECT_DEGREES

    return _listed(word) is not None and word.replace(".", "").lower() in {
        d.lower() for d in SUBJECT_DEGREES}


@cache
def _qualifier_words() -> frozenset[str]:
    from pipeline.wording import wording

    return frozenset(w.lower() for q in wording().credential_qualifiers for w in q.split())


def _listed(token: str) -> bool:
    from pipeline.extract.people import credential

    return credential(token)


@dataclass(frozen=True)
class Facts:
    """What a page states (truth) or what was extracted (prediction), in one shape."""

    faq: tuple[tuple[str, str], ...] = ()  # (question, answer as plain text)
    reviewer: str | None = None
    credentials: tuple[str, ...] = ()
    review_date: str | None = None
    author: str | None = None

    @classmethod
    def from_truth(cls, data: dict[str, Any]) -> Facts:
        reviewer = data.get("reviewer") or {}
        author = data.get("author") or {}
        return cls(faq=tuple((item["question"], item["answer"]) for item in data.get("faq") or ()),
                   reviewer=reviewer.get("name"),
                   credentials=tuple(reviewer.get("credentials") or ()),
                   review_date=data.get("review_date"), author=author.get("name"))

    @classmethod
    def from_extraction(cls, extraction: Any) -> Facts:
        review = extraction.review
        reviewer = review.reviewer if review else None
        author = extraction.facts.author
        return cls(faq=tuple((item.question, plain_text(item.answer_html))
                             for item in extraction.faq),
                   reviewer=reviewer.name if reviewer else None,
                   credentials=tuple(reviewer.credentials) if reviewer else (),
                   review_date=review.last_reviewed if review else None,
                   author=author.name if author else None)

    def as_dict(self) -> dict[str, Any]:
        return {"faq": [{"question": q, "answer": a} for q, a in self.faq],
                "reviewer": self.reviewer, "credentials": list(self.credentials),
                "review_date": self.review_date, "author": self.author}


@dataclass
class Tally:
    """True positives, predictions and truths of one field over the set."""

    tp: int = 0
    predicted: int = 0
    expected: int = 0

    def add(self, tp: int, predicted: int, expected: int) -> None:
        self.tp += tp
        self.predicted += predicted
        self.expected += expected

    def as_dict(self) -> dict[str, Any]:
        # Nothing claimed is nothing wrong (precision 1.0); nothing to find is nothing
        # missed (recall 1.0). Recall and the invented counts keep this from passing
        # vacuously.
        return {"tp": self.tp, "predicted": self.predicted, "expected": self.expected,
                "precision": round(self.tp / self.predicted, 4) if self.predicted else 1.0,
                "recall": round(self.tp / self.expected, 4) if self.expected else 1.0}


def _multiset_hits(predicted: list[str], expected: list[str]) -> int:
    remaining = list(expected)
    hits = 0
    for key in predicted:
        if key in remaining:
            remaining.remove(key)
            hits += 1
    return hits


@dataclass
class PageScore:
    """One page's counts per field and the fields it got wrong."""

    counts: dict[str, tuple[int, int, int]] = field(default_factory=dict)
    wrong: list[str] = field(default_factory=list)
    invented: list[str] = field(default_factory=list)


def score_page(predicted: Facts, expected: Facts) -> PageScore:
    """Compare one page's extraction with its truth. Pure: the unit tests call it."""
    score = PageScore()
    c = score.counts
    has_p, has_e = bool(predicted.faq), bool(expected.faq)
    c["faq_pages"] = (int(has_p and has_e), int(has_p), int(has_e))
    pq = [question_key(q) for q, _ in predicted.faq]
    eq = [question_key(q) for q, _ in expected.faq]
    c["questions"] = (_multiset_hits(pq, eq), len(pq), len(eq))
    pa = [(question_key(q), answer_key(a)) for q, a in predicted.faq]
    ea = [(question_key(q), answer_key(a)) for q, a in expected.faq]
    c["answers"] = (_multiset_hits([repr(x) for x in pa], [repr(x) for x in ea]), len(pa), len(ea))
    for name in ("reviewer", "review_date", "author"):
        p, e = getattr(predicted, name), getattr(expected, name)
        key = (lambda v: v) if name == "review_date" else name_key
        c[name] = (int(p is not None and e is not None and key(p) == key(e)),
                   int(p is not None), int(e is not None))
    pc = sorted({credential_key(x) for x in scored_credentials(predicted.credentials)})
    ec = sorted({credential_key(x) for x in scored_credentials(expected.credentials)})
    c["credentials"] = (len(set(pc) & set(ec)), len(pc), len(ec))

    right = {
        "faq": pa == ea,
        "reviewer": name_key(predicted.reviewer) == name_key(expected.reviewer),
        "credentials": pc == ec,
        "review_date": predicted.review_date == expected.review_date,
        "author": name_key(predicted.author) == name_key(expected.author),
    }
    score.wrong = sorted(k for k, ok in right.items() if not ok)
    if has_p and not has_e:
        score.invented.append("faq")
    if predicted.reviewer is not None and expected.reviewer is None:
        score.invented.append("reviewer")
    if predicted.review_date is not None and expected.review_date is None:
        score.invented.append("review_date")
    return score


def summarise(scores: dict[str, PageScore], details: dict[str, dict[str, Any]] | None = None
              ) -> dict[str, Any]:
    """The set's numbers from its pages' scores (sorted, deterministic)."""
    tallies = {name: Tally() for name in FIELDS}
    for score in scores.values():
        for name, counts in score.counts.items():
            tallies[name].add(*counts)
    total = len(scores)
    full = sum(1 for s in scores.values() if not set(s.wrong) & set(FULL_FIELDS))
    full_author = sum(1 for s in scores.values() if not s.wrong)
    invented = {kind: sorted(n for n, s in scores.items() if kind in s.invented)
                for kind in ("faq", "reviewer", "review_date")}
    return {
        "pages": total,
        "fields": {name: tallies[name].as_dict() for name in FIELDS},
        "fully_right": {"pages": full, "share": round(full / total, 4) if total else 1.0},
        "fully_right_with_author": {"pages": full_author,
                                    "share": round(full_author / total, 4) if total else 1.0},
        "invented": {"faqs": len(invented["faq"]), "reviewers": len(invented["reviewer"]),
                     "review_dates": len(invented["review_date"]),
                     "pages": invented},
        "wrong": {name: s.wrong for name, s in sorted(scores.items()) if s.wrong},
        "details": details or {},
    }


def load_truth(path: Path) -> Facts:
    return Facts.from_truth(json.loads(path.read_text(encoding="utf-8")))


def predict(path: Path) -> Facts:
    """Extract one page as the pipeline does, with the library call `build` makes."""
    from pipeline.document import Document
    from pipeline.extract import extract

    doc = Document.from_bytes(path.read_bytes(), str(path))
    return Facts.from_extraction(extract(doc, f"{BASE_URL}{path.stem}/"))


def evaluate(pages: Path = PAGES, expected: Path = EXPECTED, only: str = "") -> dict[str, Any]:
    """Run extraction over every page with a truth file and score it. A page without a
    truth file, or a truth file without a page, is an error: the set must be whole.
    `only`, when given, keeps the pages whose name starts with it."""
    page_files = {p.stem: p for p in sorted(pages.glob(f"{only}*.html"))}
    truth_files = {p.stem: p for p in sorted(expected.glob(f"{only}*.json"))}
    unpaired = sorted(set(page_files) ^ set(truth_files))
    if unpaired:
        raise SystemExit(f"eval: pages and expected files do not pair up: {', '.join(unpaired)}")
    scores: dict[str, PageScore] = {}
    details: dict[str, dict[str, Any]] = {}
    for name in sorted(page_files):
        truth = load_truth(truth_files[name])
        got = predict(page_files[name])
        score = scores[name] = score_page(got, truth)
        if score.wrong:
            want, have = truth.as_dict(), got.as_dict()
            fields = {("faq" if w == "faq" else w) for w in score.wrong}
            details[name] = {w: {"expected": want[w], "got": have[w]} for w in sorted(fields)}
    return summarise(scores, details)


def render(results: dict[str, Any]) -> str:
    """The table `make eval` prints."""
    lines = [f"{'field':<13} {'precision':>9} {'recall':>7}   tp/predicted/expected"]
    for name, t in results["fields"].items():
        lines.append(f"{name:<13} {t['precision']:>9.3f} {t['recall']:>7.3f}   "
                     f"{t['tp']}/{t['predicted']}/{t['expected']}")
    full, fa, inv = results["fully_right"], results["fully_right_with_author"], results["invented"]
    lines.append(f"fully right: {full['pages']}/{results['pages']} pages ({full['share']:.1%}); "
                 f"with the author too: {fa['pages']} ({fa['share']:.1%})")
    lines.append(f"invented on pages that have none: {inv['reviewers']} reviewers, "
                 f"{inv['faqs']} FAQs, {inv['review_dates']} review dates")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=Path, default=PAGES)
    parser.add_argument("--expected", type=Path, default=EXPECTED)
    parser.add_argument("--results", type=Path, default=RESULTS)
    parser.add_argument("--quiet", action="store_true", help="print only the summary table")
    parser.add_argument("--only", default="", metavar="PREFIX",
                        help="score only the pages whose name starts with PREFIX")
    args = parser.parse_args(argv)
    results = evaluate(args.pages, args.expected, args.only)
    args.results.write_text(json.dumps(results, indent=1, sort_keys=True, ensure_ascii=False)
                            + "\n", encoding="utf-8")
    if not args.quiet:
        for name, wrong in results["wrong"].items():
            print(f"WRONG  {name}: {', '.join(wrong)}")
    print(render(results))
    shown = args.results.relative_to(ROOT) if args.results.is_relative_to(ROOT) else args.results
    print(f"wrote {shown}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
