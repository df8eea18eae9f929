"""keys.py: the one definition of "the same question", used by the FAQ merge, the
site-wide duplicate pass and the comparison with other tools' FAQ markup."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline import existing, sitewide
from pipeline.extract import faq
from pipeline.keys import fold, plain, question_key


@pytest.mark.parametrize(("a", "b"), [
    ("Can I drink while I’m on antibiotics?", "Can I drink while I'm on antibiotics?"),
    ("Is it safe – or risky?", "Is it safe - or risky?"),
    ("Is it safe — really?", "Is it safe - really?"),
    ("What is “rebound” pain?", 'What is "rebound" pain?'),
    ("Is  it\u00a0contagious?", "is it contagious"),
    ("IS IT CONTAGIOUS?", "Is it contagious:"),
    ("Ｉｓ it contagious？", "Is it contagious?"),
    ("Is it con\u00adtagious?", "Is it contagious?"),
])
def test_the_same_question(a, b):
    assert question_key(a) == question_key(b)


@pytest.mark.parametrize(("a", "b"), [
    ("Is it safe?", "Is it unsafe?"),
    ("What is re-covering?", "What is recovering?"),
    ("Can I take it?", "Can I take it? Yes"),
])
def test_different_questions(a, b):
    assert question_key(a) != question_key(b)


@pytest.mark.parametrize(("theirs", "ours"), [
    ("&lt;strong&gt;Is it contagious?&lt;/strong&gt;", "Is it contagious?"),
    ("<strong>Is it contagious?</strong>", "Is it contagious?"),
    ("Is it the patient&#8217;s choice?", "Is it the patient’s choice?"),
    ("Is 5 &lt; 10 mg a low dose?", "Is 5 < 10 mg a low dose?"),
    # escaped text that looks like a tag but names no HTML element is text (red team)
    ("Is 5&lt;x and y&gt;3 safe?", "Is 5<x and y>3 safe?"),
    ("<SPAN class='q'>Is it safe?</SPAN><br/>", "Is it safe?"),
])
def test_another_tools_name_is_read_as_plain_text(theirs, ours):
    assert question_key(plain(theirs)) == question_key(ours)


def test_text_from_the_tree_is_never_taken_for_markup():
    assert question_key("Is 0<A> the same as 0?") != question_key("Is 0 the same as 0?")


def test_plain_leaves_text_without_markup_alone():
    assert plain("It's fine") == "It's fine"


def test_every_stage_uses_the_one_key():
    assert sitewide.question_key is question_key
    assert existing.question_key is question_key
    assert faq.question_key is question_key


@given(st.text())
def test_key_is_idempotent_and_folded(text):
    key = question_key(text)
    assert question_key(key) == key
    assert fold(key) == key
