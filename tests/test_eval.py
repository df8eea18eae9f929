"""The evaluation set (eval/): the scorer is right, the set is whole, and extraction stays
above the floors in eval/floors.json."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "eval"

_spec = importlib.util.spec_from_file_location("eval_run", EVAL / "run.py")
assert _spec and _spec.loader
run = importlib.util.module_from_spec(_spec)
sys.modules["eval_run"] = run
_spec.loader.exec_module(run)
Facts = run.Facts

QAS = (("How long do overnight oats keep?", "Up to four days in the fridge."),
       ("Can I use steel-cut oats?", "Yes, but they stay chewy."))
TRUTH = Facts(faq=QAS, reviewer="Corinne T. Albright", credentials=("MD", "FAAD"),
              review_date="2026-03", author="Tessa Ruiz")


def _summary(*pairs: tuple[Facts, Facts]) -> dict:
    return run.summarise({f"p{i}": run.score_page(got, want) for i, (got, want) in enumerate(pairs)})


@pytest.fixture(scope="module")
def results() -> dict:
    return run.evaluate()


# --- the scorer ---------------------------------------------------------------------

def test_a_perfect_prediction_scores_one_everywhere() -> None:
    s = _summary((TRUTH, TRUTH), (Facts(), Facts()))
    assert all(f["precision"] == 1.0 and f["recall"] == 1.0 for f in s["fields"].values())
    assert s["fully_right"] == {"pages": 2, "share": 1.0}
    assert s["invented"]["reviewers"] == s["invented"]["faqs"] == 0


def test_nothing_extracted_scores_zero_recall_and_no_page_right() -> None:
    s = _summary((Facts(), TRUTH))
    assert all(f["recall"] == 0.0 for f in s["fields"].values())
    assert s["fully_right"]["pages"] == 0


def test_an_invented_reviewer_and_faq_are_counted_on_pages_that_have_none() -> None:
    got = Facts(faq=(("Related reading", ""),), reviewer="0 people", review_date="2026-03-03")
    s = _summary((got, Facts(author=None)))
    assert s["invented"]["reviewers"] == 1 and s["invented"]["faqs"] == 1
    assert s["invented"]["review_dates"] == 1
    assert s["fields"]["reviewer"]["precision"] == 0.0
    assert s["fields"]["faq_pages"]["precision"] == 0.0
    assert s["fully_right"]["pages"] == 0


def test_the_wrong_reviewer_is_wrong_not_invented() -> None:
    got = Facts(faq=QAS, reviewer="Sarah K", credentials=("MD", "FAAD"), review_date="2026-03",
                author="Tessa Ruiz")
    score = run.score_page(got, TRUTH)
    assert score.wrong == ["reviewer"] and score.invented == []
    assert score.counts["reviewer"] == (0, 1, 1)


def test_questions_fold_entities_quotes_dashes_case_and_space() -> None:
    want = Facts(faq=(("What’s the best time – morning or night?", "Morning."),))
    got = Facts(faq=(("what&#39;s the  best time - Morning or night?", "<p>Morning.</p>"),))
    assert run.score_page(got, want).wrong == []


def test_a_label_left_on_the_question_is_wrong() -> None:
    want = Facts(faq=(("What is a normal A1C?", "Below 5.7 percent."),))
    got = Facts(faq=(("Q1. What is a normal A1C?", "Below 5.7 percent."),))
    score = run.score_page(got, want)
    assert score.counts["questions"] == (0, 1, 1) and "faq" in score.wrong


def test_answers_ignore_markup_spacing_but_not_run_on_text() -> None:
    want = Facts(faq=(("Q?", "Rinse the oats. Then chill them."),))
    spaced = Facts(faq=(("Q?", "<p>Rinse the <strong>oats</strong>.</p><p>Then chill them.</p>"),))
    run_on = Facts(faq=(("Q?", "Rinse the oats. Then chill them. Share Pin Print"),))
    assert run.score_page(spaced, want).counts["answers"] == (1, 1, 1)
    assert run.score_page(run_on, want).counts["answers"] == (0, 1, 1)
    assert run.score_page(run_on, want).counts["questions"] == (1, 1, 1)


def test_answers_in_the_wrong_order_are_found_but_the_page_is_not_fully_right() -> None:
    got = Facts(faq=tuple(reversed(QAS)), reviewer=TRUTH.reviewer, credentials=TRUTH.credentials,
                review_date=TRUTH.review_date, author=TRUTH.author)
    score = run.score_page(got, TRUTH)
    assert score.counts["answers"] == (2, 2, 2) and score.wrong == ["faq"]


def test_credentials_compare_without_dots_and_case_and_count_each_one() -> None:
    got = Facts(reviewer="Corinne T. Albright", credentials=("M.D.",), review_date="2026-03")
    want = Facts(reviewer="Corinne T. Albright", credentials=("MD", "FAAD"), review_date="2026-03")
    score = run.score_page(got, want)
    assert score.counts["credentials"] == (1, 1, 2) and score.wrong == ["credentials"]


def test_a_specialty_after_a_listed_degree_is_aside_as_in_parentheses() -> None:
    """The truth writers drop a specialty after a degree or keep it ("MD Psychiatry",
    "MD (Psychiatry)", "MD"): all three are MD; words that make a credential ("FC Derm
    (SA)", "B. Pharm.") stay, and a different degree is still wrong."""
    key = run.credential_key
    assert key("MD Psychiatry") == key("MD (Psychiatry)") == key("MD") == "MD"
    assert key("DNB Orthopaedics") == "DNB"
    assert key("FC Derm (SA)") == key("FCDerm(SA)") == "FCDERM"
    assert key("B. Pharm.") == "BPHARM"
    assert key("MS Ortho") != key("MD")


def test_a_degree_before_the_name_is_aside_and_a_spaced_one_counts_as_its_words() -> None:
    """ "Dr. med." and "MUDr." are the output's honorificPrefix and the truth writers list
    them or not; "MB BCh BAO" and "MB", "BCh", "BAO" are the same degrees; a credential
    after the name still counts."""
    want = Facts(reviewer="Jana Roth", credentials=("Dr. med.", "MB", "BCh", "BAO"))
    got = Facts(reviewer="Jana Roth", credentials=("MB BCh BAO",))
    assert run.score_page(got, want).counts["credentials"] == (3, 3, 3)
    czech = run.score_page(Facts(credentials=("MUDr.", "PhD")), Facts(credentials=("Ph.D.",)))
    assert czech.counts["credentials"] == (1, 1, 1)
    assert run.score_page(got, Facts(reviewer="Jana Roth", credentials=("MB BCh",))).wrong \
        == ["credentials"]


def test_review_dates_must_keep_the_stated_precision() -> None:
    got = Facts(review_date="2026-03-01")
    assert run.score_page(got, Facts(review_date="2026-03")).counts["review_date"] == (0, 1, 1)


def test_the_author_is_scored_but_not_part_of_fully_right() -> None:
    got = Facts(faq=QAS, reviewer=TRUTH.reviewer, credentials=TRUTH.credentials,
                review_date=TRUTH.review_date, author="Tessa Ruiz January 5")
    s = _summary((got, TRUTH))
    assert s["fully_right"]["pages"] == 1 and s["fully_right_with_author"]["pages"] == 0
    assert s["fields"]["author"]["tp"] == 0


# --- the set ------------------------------------------------------------------------

def test_every_page_has_a_truth_file_and_a_provenance_row() -> None:
    pages = sorted(p.stem for p in (EVAL / "pages").glob("*.html"))
    truths = sorted(p.stem for p in (EVAL / "expected").glob("*.json"))
    assert pages == truths and len(pages) >= 60
    provenance = (EVAL / "PROVENANCE.md").read_text(encoding="utf-8")
    assert [n for n in pages if f"`{n}`" not in provenance] == []


def test_every_page_is_saved_in_the_encoding_it_declares() -> None:
    """A page that declares windows-1252 or Latin-1 but was saved as UTF-8 shows "mÃ©decin"
    in a browser, so a truth that reads "médecin" off its source would be wrong."""
    from pipeline.document import sniff_encoding

    def utf8_text(raw: bytes) -> bool:
        try:
            return raw.decode("utf-8") != raw.decode("ascii", "replace")
        except UnicodeDecodeError:
            return False

    assert [p.name for p in sorted((EVAL / "pages").glob("*.html"))
            if sniff_encoding(raw := p.read_bytes())[0] != "utf-8" and utf8_text(raw)] == []


DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


@pytest.mark.parametrize("path", sorted((EVAL / "expected").glob("*.json")), ids=lambda p: p.stem)
def test_truth_files_are_well_formed(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert {"faq", "reviewer", "review_date", "author", "shape"} <= set(data)
    assert all(item["question"].strip() and item["answer"].strip() for item in data["faq"])
    assert data["review_date"] is None or DATE.fullmatch(data["review_date"])
    if data["reviewer"] is not None:
        assert data["reviewer"]["name"].strip()
        assert isinstance(data["reviewer"]["credentials"], list)


def test_the_set_has_pages_with_nothing_to_find() -> None:
    truths = [run.load_truth(p) for p in sorted((EVAL / "expected").glob("*.json"))]
    assert sum(1 for t in truths if not t.faq) >= 20
    assert sum(1 for t in truths if t.reviewer is None) >= 20


# --- the numbers --------------------------------------------------------------------

def test_extraction_stays_above_the_floors(results: dict) -> None:
    floors = json.loads((EVAL / "floors.json").read_text(encoding="utf-8"))
    below = [f"{name} {kind} {results['fields'][name][kind]} < {floor}"
             for name, kinds in floors["fields"].items() for kind, floor in kinds.items()
             if results["fields"][name][kind] < floor]
    if results["fully_right"]["share"] < floors["fully_right_share"]:
        below.append(f"fully right {results['fully_right']['share']} < {floors['fully_right_share']}")
    if results["invented"]["reviewers"] > floors["max_invented_reviewers"]:
        below.append(f"invented reviewers {results['invented']['pages']['reviewer']}")
    if results["invented"]["faqs"] > floors["max_invented_faqs"]:
        below.append(f"invented FAQs {results['invented']['pages']['faq']}")
    if results["invented"]["review_dates"] > floors["max_invented_review_dates"]:
        below.append(f"invented review dates {results['invented']['pages']['review_date']}")
    assert below == []


def test_the_results_are_deterministic(results: dict, tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    assert run.main(["--results", str(out), "--quiet"]) == 0
    first = out.read_bytes()
    run.main(["--results", str(out), "--quiet"])
    assert out.read_bytes() == first
    assert json.loads(first)["fields"] == results["fields"]
