"""Red-team pages for the FAQ section reader: what it returns compared with what a
human reader of the page would say."""

from __future__ import annotations

import pytest

from pipeline.document import Document
from pipeline.extract.faq import find_faq
from pipeline.extract.faq.headings import sections


def _faq(body: str) -> list[tuple[str, str]]:
    page = (f"<!DOCTYPE html><html lang=en><head><title>T</title></head><body><main>"
            f"<h1>Iron tablets</h1><p>Intro.</p>{body}</main></body></html>").encode()
    items, _ = find_faq(Document.from_bytes(page), "https://e.example/")
    return [(i.question, i.answer_html) for i in items]


def test_a_second_faq_heading_that_ends_the_first_faq_is_read_itself():
    """The heading that ended the first reading was counted as read, so the second FAQ's
    questions were lost."""
    assert _faq("<h2>FAQ</h2><h3>Is iron safe?</h3><p>Yes.</p>"
                "<h2>More FAQs</h2><h3>Is zinc safe?</h3><p>Yes too.</p>") == [
        ("Is iron safe?", "Yes."), ("Is zinc safe?", "Yes too.")]


def test_two_faq_marked_elements_with_the_same_markup_are_two_labels():
    """Labels were deduplicated with a dict of Tags, which bs4 hashes and compares by
    their markup: two alike were one label, and each hash serialised the element's whole
    subtree (1,000 nested FAQ-marked divs took ~10 s, 2,000 ~46 s)."""
    page = (b"<!DOCTYPE html><html><head><title>T</title></head><body><main><h1>T</h1>"
            b'<div class="faq"><p>Coming soon.</p></div><p>Text.</p>'
            b'<div class="faq"><p>Coming soon.</p></div></main></body></html>')
    assert len(sections(Document.from_bytes(page))) == 2


def test_an_answer_inside_a_thousand_open_bold_tags_is_read():
    """A legacy page leaves `<b>` open 1,000 times in an answer: the answer renderer
    recursed once per level and raised RecursionError."""
    deep = "<b>" * 1000 + "Yes." + "</b>" * 1000
    [(question, answer)] = _faq(f"<h2>FAQ</h2><h3>Is iron safe?</h3><p>{deep}</p>")
    assert question == "Is iron safe?"
    assert answer == "<b>" * 1000 + "Yes." + "</b>" * 1000


def test_a_question_answered_by_a_list_of_links_is_kept():
    """A link list ends an FAQ (related posts), but one that is the answer to the question
    just asked is that answer: the whole FAQ used to be lost."""
    assert _faq('<h2>FAQ</h2><h3>Where can I read more?</h3><ul><li><a href="/a">NHS</a></li>'
                '<li><a href="/b">Mayo</a></li></ul><h3>Is iron safe?</h3><p>Yes.</p>') == [
        ("Where can I read more?",
         '<ul><li><a href="https://e.example/a">NHS</a></li>'
         '<li><a href="https://e.example/b">Mayo</a></li></ul>'),
        ("Is iron safe?", "Yes.")]


def test_table_cells_in_an_answer_stay_apart():
    """Tables are not among Google's answer tags and are unwrapped: the cells ran into one
    word ("AgemgAdult18")."""
    [(_, answer)] = _faq("<h2>FAQ</h2><h3>How much iron do I need?</h3><table><tr><th>Age</th>"
                         "<th>mg</th></tr><tr><td>Adult</td><td>18</td></tr></table>")
    assert answer == "Age mg Adult 18"


def test_a_nested_accordion_is_part_of_its_answer_not_a_question_of_its_own():
    """An accordion inside an accordion's panel was read twice: inside the outer answer,
    and again as a question appended after the outer ones."""
    def item(n: int, q: str, a: str) -> str:
        return (f'<div class="item"><button aria-expanded="false" aria-controls="p{n}">{q}'
                f'</button><div id="p{n}" class="panel">{a}</div></div>')
    inner = f'<div class="accordion">{item(2, "What dose for toddlers?", "<p>Ask.</p>")}</div>'
    faq = _faq('<h2>FAQ</h2><div class="accordion">'
               + item(1, "Can children take iron?", f"<p>As prescribed.</p>{inner}")
               + item(3, "Is iron safe in pregnancy?", "<p>Usually.</p>") + "</div>")
    assert [q for q, _ in faq] == ["Can children take iron?", "Is iron safe in pregnancy?"]
    assert "Ask." in faq[0][1]


def test_an_answer_ends_at_post_cards_whose_link_wraps_the_heading():
    """A related-post grid whose cards are `<a href><h3>Title?</h3>...</a>` ran into the
    last answer (the heading is not wholly a link, the link holds the heading)."""
    assert _faq('<h2>FAQ</h2><h3>Is iron safe?</h3><p>Yes.</p><div class="posts-grid">'
                '<a href="/coffee"><h3>Is coffee bad for you?</h3><p>Read our guide.</p></a>'
                '<a href="/tea"><h3>Is tea good?</h3></a></div>') == [("Is iron safe?", "Yes.")]


def test_an_answer_label_after_a_labelled_question_is_not_part_of_the_answer():
    """faq-vocabulary.json says "A:" / "Answer:" before an answer is a label, not part of
    the answer, but no reader removed it: answers read "A: Yes."."""
    assert _faq("<h2>Frequently Asked Questions</h2><p>Q: Is iron safe?</p><p>A: Yes.</p>"
                "<p>Q: Can I take it with food?</p><p>Answer: Yes, but less is absorbed.</p>"
                "<h2>Conclusion</h2><p>Done.</p>") == [
        ("Is iron safe?", "Yes."), ("Can I take it with food?", "Yes, but less is absorbed.")]


def test_an_answer_starting_like_a_label_after_an_unlabelled_question_is_kept():
    assert _faq("<h2>FAQ</h2><h3>Who wrote the guideline?</h3><p>A. Smith and B. Jones.</p>") \
        == [("Who wrote the guideline?", "A. Smith and B. Jones.")]


def test_an_answer_starting_like_a_label_after_a_numbered_question_is_kept():
    assert _faq("<h2>FAQ</h2><h3>1. Who wrote the guideline?</h3><p>A. Smith, in 2020.</p>") \
        == [("Who wrote the guideline?", "A. Smith, in 2020.")]


def test_who_asked_opens_a_customer_answer_but_a_phrase_inside_one_is_not_an_asker():
    """A customer Q&A says who asked on the line after the question ("Asked by NAME on
    DATE", opening the answer): not an FAQ. "question de" / "question from" inside a
    publisher's answer (a French recipe site's "C'est une question de goût") is not that
    line: the FAQ stays (a wild page lost its five questions to a search of the answer)."""
    asked = _faq("<h2>FAQ</h2><h3>Can I take it with food?</h3>"
                 "<p>Asked by Dana R. on 02/01/2026</p><p>Yes.</p>")
    assert asked == []
    kept = _faq("<h2>FAQ</h2><h3>Lemon or lime?</h3><p>Either: it is a question of taste, "
                "and the question from most readers is about zest.</p>")
    assert [q for q, _ in kept] == ["Lemon or lime?"]


def test_a_community_questions_table_and_a_users_question_are_not_an_faq():
    """A "Question | Asked by | Answers" table counts replies (eval h250), and a shop's
    questions signed "کاربر: NAME" ("User: NAME", eval h247) are its customers'."""
    assert _faq("<h2>FAQ</h2><table><thead><tr><th>Question</th><th>Asked by</th><th>Answers"
                "</th></tr></thead><tbody><tr><td>Does brain fog lift?</td><td>@moss</td><td>9"
                "</td></tr><tr><td>Do pacing apps help?</td><td>@kes</td><td>4</td></tr>"
                "</tbody></table>") == []
    assert _faq("<h2>پرسش و پاسخ</h2><h3>کاربر: سارا این کرم برای پوست چرب مناسب است؟</h3>"
                "<p>برای پوست خشک ساخته شده است.</p><h3>کاربر: رضا تاریخ انقضا چیست؟</h3>"
                "<p>سال ۱۴۰۷.</p>") == []
    # A Filipino shop's shopper Q&A: "Tinanong ni" (asked by) in the question, "Sagot ng"
    # (answer of) opening the answer (eval h269).
    assert _faq("<section class=\"qa\"><h2>Mga Tanong at Sagot</h2><div class=\"qa-item\">"
                "<p class=\"q\"><span>Tinanong ni mara_l</span> Puwede ba ito sa bata?</p>"
                "<p class=\"a\"><span>Sagot ng Botika Uno</span> Opo, ayon sa dosis.</p></div>"
                "<div class=\"qa-item\"><p class=\"q\"><span>Tinanong ni ben.d</span> Ilan "
                "ang laman?</p><p class=\"a\"><span>Sagot ni Joy</span> Sampu po.</p></div>"
                "</section>") == []


def test_labelled_answers_after_labelled_question_paragraphs_are_all_read():
    """"P: …?" paragraphs, each followed by an "R: …" one (eval h171, once "R:" became an
    answer label): the label cut off the answer's text made a string of no place, and the
    question's paragraph was taken for the item's wrapper, ending the FAQ at the second
    answer. A soft hyphen in a question draws nothing (eval h248)."""
    items = _faq("<h2>FAQ</h2>" + "".join(
        f"<p class=\"q\"><strong>Q: Can I {v}?</strong></p><p class=\"a\">A: Yes. {v} first.</p>"
        for v in ("eat", "drink", "r&shy;un")))
    assert items == [("Can I eat?", "Yes. eat first."), ("Can I drink?", "Yes. drink first."),
                     ("Can I run?", "Yes. run first.")]


def test_a_labels_reading_gives_up_long_before_a_first_question():
    """A run of <details> under an FAQ heading is details.py's: the headings reader read
    every one as content before a first question (16,000 on the big-FAQ benchmark page).
    It gives up after 40 pieces of content with no question, so an FAQ heading over a
    long article does not claim a question far below it; an intro of a few paragraphs
    is still read past."""
    intro = "<p>Some background on iron.</p>" * 3
    assert _faq(f"<h2>FAQ</h2>{intro}<h3>Is iron safe?</h3><p>Yes.</p>") == [
        ("Is iron safe?", "Yes.")]
    article = "<p>A paragraph of the article.</p>" * 41
    assert _faq(f"<h2>FAQ</h2>{article}<h3>Is iron safe?</h3><p>Yes.</p>") == []
    run = "".join(f"<details><summary>Is dose {i} safe?</summary><p>Yes.</p></details>"
                  for i in range(60))
    doc = Document.from_bytes(f"<html><body><main><h1>T</h1><h2>FAQ</h2>{run}</main>"
                              "</body></html>".encode())
    assert [s.items for s in sections(doc)] == [()]
    assert len(find_faq(doc, "https://e.example/")[0]) == 60


def test_an_affiliate_disclosure_after_the_last_answer_is_not_part_of_it():
    """A product review's FAQ ends before its affiliate disclosure (eval h20)."""
    for line in ("We test products independently. If you buy through our links we may "
                 "earn a commission, which does not affect our ratings.",
                 "As an Amazon Associate we earn from qualifying purchases."):
        assert _faq(f"<h2>FAQ</h2><h3>Is it accurate?</h3><p>Yes, at heart level.</p>"
                    f"<p>{line}</p>") == [("Is it accurate?", "Yes, at heart level.")]


def test_an_faq_label_after_questions_starts_its_own_section():
    """A heading that is itself an FAQ label ("Billing FAQs"), met after questions at the
    questions' level, is not one more question: it ends the reading and is read on its
    own (which also spares reading each label twice on a page of many)."""
    assert _faq("<h2>FAQ</h2><h3>Is iron safe?</h3><p>Yes.</p>"
                "<h3>Billing FAQs</h3><h4>Do you take cards?</h4><p>Yes, all of them.</p>") == [
        ("Is iron safe?", "Yes."), ("Do you take cards?", "Yes, all of them.")]


def test_question_labels_are_left_out_of_every_readers_names():
    """'Q1.' labels in an accordion's toggles (eval h22, a Bootstrap card collapse) are no
    more part of the question than under a heading; a question heading that also holds
    an FAQ word ("FAQ?", found by hypothesis) stays a question of the FAQ it is in."""
    run = ("<details><summary>Q1. Is it safe?</summary><p>Yes.</p></details>"
           "<details><summary>Q2. Is it quick?</summary><p>About an hour.</p></details>")
    assert _faq(f"<h2>FAQ</h2>{run}") == [("Is it safe?", "Yes."), ("Is it quick?", "About an hour.")]
    assert _faq("<h2>FAQ</h2><h3>Is it safe?</h3><p>Yes.</p><h3>FAQ?</h3><p>This list.</p>") == [
        ("Is it safe?", "Yes."), ("FAQ?", "This list.")]


def test_a_helpline_box_after_the_last_answer_is_not_part_of_it():
    """A mental-health charity's 'Need to talk now?' helpline box after its FAQ (eval h24)
    is a call to action, held like one: not the last answer's."""
    box = ('<div class="wp-block-group helpline-box"><p><strong>Need to talk now?</strong> '
           "Our helpline is open 9am to 9pm, seven days a week.</p></div>")
    assert _faq(f"<h2>FAQ</h2><h3>Can I ask for adjustments?</h3><p>Yes.</p>{box}") == [
        ("Can I ask for adjustments?", "Yes.")]


def test_a_meet_our_team_title_and_a_french_disclaimer_end_the_faq():
    """h25: "Meet our acupuncturists" in the questions' heading shape after them is a
    section title, not a question; "Cette fiche ne remplace pas l'avis de votre médecin"
    after the last answer is a disclaimer, not the answer's."""
    assert _faq("<h2>FAQ</h2><h4>Are the needles reused?</h4><p>Never.</p>"
                "<h4>Meet our acupuncturists</h4><p>Lin Mei, LAc.</p>") == [
        ("Are the needles reused?", "Never.")]
    assert _faq("<h2>Questions fréquentes</h2><h3>Quand consulter ?</h3><p>En cas de fièvre.</p>"
                "<p>Cette fiche ne remplace pas l'avis de votre médecin.</p>") == [
        ("Quand consulter ?", "En cas de fièvre.")]


def test_a_q_and_a_with_one_person_is_an_interview_at_any_level():
    """A news release's "Q&A with the clinic's director" (eval h25): one person's answers,
    not an FAQ; a lower "Q&A: flu vaccines" still labels one."""
    qa = ("<h2>Q&amp;A with the clinic's director</h2><p>We asked Dr. Alves what to expect.</p>"
          "<p><strong>Why a specialist clinic?</strong><br>Most children recover in weeks.</p>"
          "<p><strong>When can they play again?</strong><br>Step by step.</p>")
    assert _faq(qa) == []
    assert _faq("<h2>Q&amp;A: flu vaccines</h2><h3>Is it free?</h3><p>Yes.</p>") == [
        ("Is it free?", "Yes.")]


def test_a_feedback_prompt_a_testimonial_or_a_thanks_line_ends_the_last_answer():
    """After the last answer: a help centre's "Did this answer your question?" (eval h78,
    h93), a testimonial "“…” – NAME" with its stars (eval h95, h98), a charity's "With
    thanks to Professor NAME … for reviewing" (eval h109): none is the answer's."""
    head = "<h2>FAQ</h2><h3>Is it safe?</h3><p>Yes.</p><h3>Is it quick?</h3><p>About an hour.</p>"
    for tail in ("<p>Did this answer your question? Yes No</p>",
                 "<p>★★★★★ “The staff here were wonderful.” – Jordan P., patient</p>",
                 "<p>With thanks to Professor Eli March, MBChB, PhD, for reviewing this.</p>"):
        assert _faq(head + tail) == [("Is it safe?", "Yes."), ("Is it quick?", "About an hour.")]
    # a quotation inside an answer, not after it, stays the answer's
    quoted = "<p>“Take it with food,” says the leaflet – and that is our advice too.</p>"
    assert "Take it with food" in _faq(head + quoted)[-1][1]


@pytest.mark.parametrize("after", [
    # a review date with no one named (eval h273): the page's review statement
    '<p style="font-size:12px">Health information last reviewed November 2025 by the '
    "clinic's content team.</p>",
    # a syndicated copy's note, a page's "as of" date (eval h273, h270), a signature
    "<p>This article originally appeared on Harbour Health Journal.</p>",
    "<p>Stand der Seite: 02.02.2026</p>",
    '<p class="signature">Dr. Mara Quist, PsyD<br>Licensed Psychologist, PSY 40021</p>',
    # a leaflet's review note, its details table or list, a contact inset (eval h277, h279)
    "<div><p>This leaflet has been reviewed by our Readers' Panel of patients.</p></div>",
    "<table><tr><th>Author</th><td>Birth Centre team</td></tr><tr><th>Published</th>"
    "<td>February 2026</td></tr></table>",
    '<dl class="summary-list"><div><dt>Author</dt><dd>Harriet Cole, nurse</dd></div></dl>',
    '<div class="nhsuk-inset-text"><p>Call the day unit on 01632 960 411.</p></div>',
])
def test_the_last_answer_ends_before_what_closes_the_page(after):
    assert _faq("<h2>FAQ</h2><h3>Is iron safe?</h3><p>Yes, at the usual dose.</p>"
                f"<h3>Can I take it with tea?</h3><p>Better with water.</p>{after}") == [
        ("Is iron safe?", "Yes, at the usual dose."),
        ("Can I take it with tea?", "Better with water.")]


def test_tabs_written_without_a_list_and_panels_behind_mobile_copies_are_read():
    """Shortcodes Ultimate's tab titles are spans in a `div` (eval h274); Avada puts a
    mobile copy of each tab before the panel the tab names (eval h274)."""
    spans = _faq('<h2>Travel vaccine questions</h2><div class="tabs"><div class="nav">'
                 '<span role="button">Do I need an appointment?</span><span role="button">Is '
                 'there a fee?</span></div><div class="panes"><div class="pane"><p>No, walk in.'
                 '</p></div><div class="pane"><p>Yes, a small one.</p></div></div></div>')
    assert spans == [("Do I need an appointment?", "No, walk in."),
                     ("Is there a fee?", "Yes, a small one.")]
    copies = _faq('<h2>FAQ</h2><div class="tabs"><div class="nav"><ul><li><a href="#t0"><h4>'
                  'Is it valid for life?</h4></a></li><li><a href="#t1"><h4>Do you see '
                  'children?</h4></a></li></ul></div><div class="content">'
                  '<div class="mobile"><a href="#t0"><h4>Is it valid for life?</h4></a></div>'
                  '<div class="pane" id="t0"><p>Yes.</p></div>'
                  '<div class="mobile"><a href="#t1"><h4>Do you see children?</h4></a></div>'
                  '<div class="pane" id="t1"><p>From nine months.</p></div></div></div>')
    assert [q for q, _ in copies] == ["Is it valid for life?", "Do you see children?"]


def test_an_aria_accordion_of_question_headers_and_an_anchor_toc_div_are_read():
    """jQuery UI's accordion as written (`role="tablist"`: h3, div, h3, div) under a
    heading that is no FAQ label (eval h272); Concrete CMS's FAQ block puts a `div` of
    anchor links before its entries (eval h272, h79, h123): the first entry is read."""
    accordion = _faq('<h2>Before your test</h2><div class="accordion" role="tablist">'
                     "<h3>How should I prepare?</h3><div><p>Fast for six hours.</p></div>"
                     "<h3>Can I drive home?</h3><div><p>No, bring someone.</p></div></div>")
    assert [q for q, _ in accordion] == ["How should I prepare?", "Can I drive home?"]
    concrete = _faq('<div class="ccm-faq-container"><div class="ccm-faq-block-links">'
                    '<a href="#faq-1">Do I need a referral?</a><a href="#faq-2">Is there a '
                    'cost?</a></div><div class="ccm-faq-block-entries"><div class="faq-entry-'
                    'content"><a name="faq-1"></a><h3>Do I need a referral?</h3><p>No.</p>'
                    '</div><div class="faq-entry-content"><a name="faq-2"></a><h3>Is there a '
                    "cost?</h3><p>Not for residents.</p></div></div></div>")
    assert [q for q, _ in concrete] == ["Do I need a referral?", "Is there a cost?"]


def test_a_table_of_numbered_q_and_a_label_cells_is_an_faq_under_any_heading():
    """"Q1. | question" and "A1. | answer" rows (a health department's FAQ page, eval
    h278; "A1." is an answer label as "A." is): the labels say it is an FAQ."""
    rows = "".join(f"<tr><td>Q{i}.</td><td><strong>{q}</strong></td></tr>"
                   f"<tr><td>A{i}.</td><td>{a}</td></tr>" for i, (q, a) in enumerate(
                       [("How is it spread?", "By contact."), ("Is there a vaccine?", "No.")], 1))
    assert _faq(f"<h2>Hand, foot and mouth disease</h2><table>{rows}</table>") == [
        ("How is it spread?", "By contact."), ("Is there a vaccine?", "No.")]


def test_a_toggles_click_to_expand_hint_is_not_part_of_the_question():
    """Angular CDK accordion headers end with a "Click to expand" hint (eval h282)."""
    items = _faq("<h2>FAQ</h2>" + "".join(
        f'<div class="faq-item"><div class="faq-header" aria-expanded="false" aria-controls="b{i}"'
        f'>{q}<span class="hint">Click to expand</span></div><div class="faq-body" id="b{i}" '
        f'role="region" hidden><p>{a}</p></div></div>' for i, (q, a) in enumerate(
            [("What does PrEP protect against?", "HIV."), ("How soon does it work?", "A week.")])))
    assert [q for q, _ in items] == ["What does PrEP protect against?", "How soon does it work?"]


def test_a_table_after_a_bold_faq_title_in_a_layout_cell_is_an_faq():
    """A 2000s table layout: `<font size=4><b>Frequently Asked Questions</b></font><br>`,
    then a table of numbered question rows, spacer rows and answer rows (eval h316). A
    bold title is no heading, so the table was not seen as under one."""
    spacer = '<tr><td><img src="spacer.gif" width="1" height="6" alt=""></td></tr>'
    rows = "".join(f'{spacer}<tr><td><font size="2"><b>{i}. {q}</b></font></td></tr>{spacer}'
                   f'<tr><td><font size="2">{a}</font></td></tr>' for i, (q, a) in enumerate(
                       [("How do I get my results?", "Ring after 2pm."),
                        ("Can I order by phone?", "No, online only.")], 1))
    body = (f'<table><tr><td><font size="2">Welcome.</font><br><font size="4"><b>Frequently '
            f'Asked Questions</b></font><br><table width="95%">{rows}</table></td></tr></table>')
    assert _faq(body) == [("How do I get my results?", "Ring after 2pm."),
                          ("Can I order by phone?", "No, online only.")]


def test_a_word_documents_answer_label_in_a_span_and_a_compiled_by_credit_end_nothing_early():
    """Word's HTML wraps each paragraph's text in a styled span ("<p class=MsoNormal><span
    style=…>A: …</span></p>"), so the "A:" label stayed in the answer; and "Compiled by
    NAME, role" after the last answer is the writer's credit, not the answer's (eval h316,
    h146)."""
    items = "".join(
        f"<p class=MsoNormal><b><span style='font-size:12pt'>Q: {q}<o:p></o:p></span></b></p>"
        f"<p class=MsoNormal><span style='font-size:11pt'>A: {a}<o:p></o:p></span></p>"
        for q, a in [("How much water should I drink?", "About 2.5 litres."),
                     ("Do I have to give up dairy?", "No.")])
    body = (f"<p class=MsoNormal><b><span>Frequently Asked Questions</span></b></p>{items}"
            "<p class=MsoNormal><span>Compiled by Thandi Mokoena, Health Promoter</span></p>")
    assert _faq(body) == [("How much water should I drink?", "About 2.5 litres."),
                          ("Do I have to give up dairy?", "No.")]


@pytest.mark.parametrize(("qmark", "amark"), [("❓", "💬"), ("🤔", "✅"), ("🔹", "👉"), ("►", "➡️")])
def test_an_emoji_or_symbol_marker_is_a_label_not_part_of_the_question_or_answer(qmark, amark):
    """Blogs mark their FAQ with emoji where others write "Q:" and "A:" (eval h318)."""
    body = "<h2>FAQ</h2>" + "".join(
        f"<p>{qmark} <strong>{q}</strong></p><p>{amark} {a}</p>"
        for q, a in [("Does sunscreen expire?", "Yes, check the date."),
                     ("Is it safe for babies?", "Keep babies in the shade.")])
    assert _faq(body) == [("Does sunscreen expire?", "Yes, check the date."),
                          ("Is it safe for babies?", "Keep babies in the shade.")]


def test_a_newsletters_reply_invitation_and_poll_end_the_last_answer():
    """A newsletter's reader questions end with "Reply to this email with your question"
    and a poll (eval h315, h251: beehiiv web posts)."""
    body = ("<h2>Reader questions</h2><h3>Can I take ibuprofen with my pills?</h3><p>Ask your "
            "pharmacist first.</p><h3>Why do cold medicines warn about blood pressure?</h3>"
            "<p>Decongestants narrow blood vessels.</p><p>Reply to this email with your "
            "question, and it might appear in a future issue.</p><div class=\"poll\"><p>How "
            "did you like today's issue?</p><a href=\"/p?v=1\">Loved it</a></div>")
    assert _faq(body) == [("Can I take ibuprofen with my pills?", "Ask your pharmacist first."),
                          ("Why do cold medicines warn about blood pressure?",
                           "Decongestants narrow blood vessels.")]


def test_webflows_dropdown_faq_and_wixs_faq_app_are_toggles():
    """Webflow's dropdown component as an FAQ (`div.w-dropdown-toggle` + `nav.w-dropdown-list`,
    eval h310, h321) and Wix's FAQ app, which names its parts in `data-hook` (eval h310)."""
    webflow = "<h2>FAQ</h2>" + "".join(
        f'<div class="faq-dropdown w-dropdown"><div class="faq-toggle w-dropdown-toggle"><div '
        f'class="faq-question-text">{q}</div><div class="w-icon-dropdown-toggle"></div></div>'
        f'<nav class="faq-list w-dropdown-list"><p>{a}</p></nav></div>'
        for q, a in [("Does it record me?", "No."), ("Will it work in a shared bed?", "Yes.")])
    assert _faq(webflow) == [("Does it record me?", "No."),
                             ("Will it work in a shared bed?", "Yes.")]
    wix = '<h2>Preparing for your test</h2><div data-hook="faq-category-list">' + "".join(
        f'<div class="_2kJ9x" data-hook="faq-item"><div role="button" data-hook="faq-item-'
        f'question"><span>{q}</span></div><div data-hook="faq-item-answer"><p>{a}</p></div>'
        f'</div>' for q, a in [("Should I use my inhaler first?", "No."),
                               ("How long does it take?", "About 30 minutes.")]) + "</div>"
    assert [q for q, _ in _faq(wix)] == ["Should I use my inhaler first?",
                                         "How long does it take?"]


def test_a_login_walls_faq_a_transcript_and_a_list_of_unanswered_questions_are_no_faq():
    """A login wall's "Why do I need an account?" (eval h329), and a webinar's audience
    questions listed without answers, then its transcript in <details> (eval h332)."""
    wall = ('<div class="tp-modal"><div class="offer-wall"><h2>Keep reading for free</h2><p>'
            'Create a free account.</p><div class="offer-wall__faq"><div class="faq-item"><h4>'
            'Why do I need an account?</h4><p>It keeps articles free.</p></div><div class='
            '"faq-item"><h4>Will you share my email?</h4><p>No.</p></div></div></div></div>')
    assert _faq(wall) == []
    webinar = ("<h2>Audience Q&amp;A (from 41:20)</h2><ul><li>Should I go to the ER during a "
               "flare?</li><li>Can I keep exercising when I am sick?</li><li>Does the flu "
               "shot lower my risk?</li></ul><p>Answers are in the recording.</p><details>"
               "<summary>Transcript (auto-generated)</summary><p>Host: Welcome.</p></details>")
    assert _faq(webinar) == []


def test_a_lone_questions_heading_titles_an_faq_but_not_in_a_review_widget():
    """"Questions" alone (no question mark) over question headings and their answers is the
    FAQ's title; in a review widget it titles a customer Q&A (Okendo's under "Reviews")."""
    items = "<h3>Can the flu vaccine give me flu?</h3><p>No.</p><h3>Is it free?</h3><p>Often.</p>"
    assert [q for q, _ in _faq(f"<h2>Questions</h2>{items}")] == [
        "Can the flu vaccine give me flu?", "Is it free?"]
    assert _faq(f'<section class="okendo-reviews"><h2>Questions</h2>{items}</section>') == []
    assert _faq(f"<h2>Questions?</h2>{items}") == []  # "Questions? Call us": an invitation


def test_an_easy_read_table_row_holds_a_bold_question_and_its_answer_beside_a_picture():
    """Each row: a picture's cell, then a cell of a bold question paragraph and its answer
    paragraphs (easy-read pages): the question is the bold paragraph, not the whole cell."""
    row = ('<tr><td><img src="{0}.png" alt="question"></td><td><p><strong>{1}</strong></p>'
           "<p>{2}</p></td></tr>")
    table = ("<h2>Frequently asked questions</h2><table><tbody>"
             + row.format("a", "Can the vaccine give me flu?", "No. It has no live virus.")
             + row.format("b", "Is it free for me?", "It is free if you are 65.")
             + "</tbody></table>")
    assert _faq(table) == [("Can the vaccine give me flu?", "No. It has no live virus."),
                           ("Is it free for me?", "It is free if you are 65.")]


@pytest.mark.parametrize("box", [
    '<p class="factbox">The vaccine has been offered in schools since 2010.</p>',
    '<div class="policy-info"><p>This follows the Wellbeing Policy, approved on 3 June.</p></div>',
])
def test_a_marked_box_after_answers_of_plain_paragraphs_is_not_the_last_answer(box):
    """Answers of unclassed paragraphs, then a paragraph or box with a class: not of the
    answers' shape, so not part of the last answer (it would be if a question followed)."""
    faq = ("<h2>FAQ</h2><p><strong>Is one dose enough?</strong></p><p>Yes, under 25.</p>"
           "<p><strong>Can she still get it?</strong></p><p>Yes. Clinics run all year.</p>")
    assert _faq(faq + box)[-1] == ("Can she still get it?", "Yes. Clinics run all year.")
    held = _faq(faq + box + "<p><strong>Is it free?</strong></p><p>Yes.</p>")
    assert len(held) == 3 and ("2010" in held[1][1] or "Wellbeing" in held[1][1])


def test_a_title_that_reads_no_questions_leaves_the_faq_label_under_it_to_be_read():
    """A news title ending in "questions" reads no item (its first heading below is the
    FAQ's own label at the questions' level): the label under it is still read."""
    page = ("<!DOCTYPE html><html lang=en><head><title>T</title></head><body><main>"
            "<h1>RSV protection for infants: parents' questions</h1><div><span>Delphine Okafor"
            "</span> <span>Published Oct. 3, 2026</span></div><p>TORONTO — The province will "
            "offer an antibody to all infants.</p><p>Hospitals will give it before discharge.</p>"
            "<h3>Parents' questions</h3><h3>Is the RSV shot a vaccine?</h3><p>Not exactly.</p>"
            "<h3>Are there side effects?</h3><p>Some redness.</p></main></body></html>").encode()
    items, _ = find_faq(Document.from_bytes(page), "https://e.example/")
    assert [(i.question, i.answer_html) for i in items] == [
        ("Is the RSV shot a vaccine?", "Not exactly."), ("Are there side effects?", "Some redness.")]


def test_q_and_a_letters_alone_in_their_cells_are_labels_not_answer_text():
    """A table layout's "<td>Q</td><td><b>Q?</b></td>" / "<td>A</td><td>A.</td>" rows: a
    letter alone in its cell is a label even without a colon or a full stop."""
    rows = "".join(f"<tr><td><b>Q</b></td><td><b>{q}</b></td></tr><tr><td>A</td><td>{a}</td></tr>"
                   for q, a in (("Is a booster needed?", "Sometimes."), ("Can it wait?", "Yes.")))
    assert _faq(f"<h2>Parents ask</h2><table><tbody>{rows}</tbody></table>") == [
        ("Is a booster needed?", "Sometimes."), ("Can it wait?", "Yes.")]


def test_a_heading_saying_who_also_asks_is_an_faq_label():
    """"Parents also ask", "Patients also ask": as "People also ask" is."""
    faq = ("<h2>Parents also ask</h2><h3>Can my child swim?</h3><p>Usually, yes.</p>"
           "<h3>Is it contagious?</h3><p>No.</p>")
    assert [q for q, _ in _faq(faq)] == ["Can my child swim?", "Is it contagious?"]


def test_an_faq_teaser_card_pointing_elsewhere_is_not_an_faq():
    card = ('<div class="pd-faq-teaser"><h2>Why do some acids tingle?</h2><p>See our guide to '
            'exfoliating acids for more.</p><a href="/guides/acids">Read the guide</a></div>')
    assert _faq(card) == []


def test_an_app_screens_questions_with_their_choices_are_no_faq():
    """A landing page's phone mockup ("What type of seizure was it?" over "Focal aware ·
    Tonic-clonic · Not sure"): a form's options, not answers; the real FAQ after it is."""
    mockup = ("<section class='mockup'><h2>How logging works</h2><div class='phone'>"
              "<p class='screen-q'>What type of seizure was it?</p><p class='screen-a'>Focal "
              "aware · Tonic-clonic · Not sure</p><p class='screen-q'>Did you miss a dose?</p>"
              "<p class='screen-a'>Yes · No</p></div></section>")
    faq = ("<h2>FAQ</h2><details><summary>Is the app free?</summary><p>Yes. Logging is "
           "free.</p></details>")
    assert _faq(mockup + faq) == [("Is the app free?", "Yes. Logging is free.")]


def test_a_disclosure_button_alone_in_a_term_opens_the_description_after_it():
    """Tailwind UI's FAQ (Headless UI's disclosure): `<dt><button aria-expanded>` then
    `<dd>`, the pairs in plain `<div>`s."""
    item = ("<div class='py-6'><dt><button type='button' aria-expanded='false'><span>{q}"
            "</span><span>+</span></button></dt><dd class='mt-2'><p>{a}</p></dd></div>")
    body = ("<h2>Frequently asked questions</h2><div class='mt-6'>"
            + item.format(q="Is it only a problem for women?", a="No. It affects everyone.")
            + item.format(q="What medicines treat it?", a="Desmopressin is one.") + "</div>")
    assert [q for q, _ in _faq(body)] == ["Is it only a problem for women?",
                                          "What medicines treat it?"]


@pytest.mark.parametrize(("title", "question", "waiting"), [
    ("Questions sur ce produit", "Est-ce sans parfum ?", "Aucune réponse pour l'instant."),
    ("Questions about this product", "Is it fragrance free?", "No answers yet."),
])
def test_a_widgets_unanswered_customer_question_is_no_faq(title, question, waiting):
    """A shop's Q&A widget: "Aucune réponse pour l'instant", "No answers yet" mark a
    customer's question waiting for an answer (`widget_answer_marks`)."""
    body = (f"<div class='jdgm-qa'><h3>{title}</h3><div class='jdgm-question'><p>{question}"
            f"</p><p class='jdgm-no-answer'>{waiting}</p></div></div>")
    assert _faq(body) == []


@pytest.mark.parametrize("item", [
    # Magento's review list under the product's FAQ: the review's title over its text
    "<div id='customer-reviews' class='block review-list'><ol class='items review-items'>"
    "<li class='item review-item'><div class='review-title'>Does what it says?</div>"
    "<div class='review-content'>Honestly yes. My nails stopped splitting.</div></li></ol>"
    "</div>",
    # AEM's teaser card after the FAQ: its title over its summary
    "<div class='cmp-teaser'><div class='cmp-teaser__content'><h3 class='cmp-teaser__title'>"
    "<a href='#'>Should adults get the pneumococcal vaccine?</a></h3><div "
    "class='cmp-teaser__description'><p>Reviewed by Dr Wong, 2025</p></div></div></div>",
])
def test_a_lone_toggle_in_a_review_or_a_teaser_card_is_not_a_question(item):
    """A lone title/body pair under the FAQ heading, past its last question, in an item of
    another kind (`other_item_words`): not a question of the FAQ."""
    body = ("<h2>FAQ</h2><h3>Is collagen a complete protein?</h3><p>No. It lacks "
            "tryptophan.</p><div class='data item title'><a href='#reviews'>Reviews</a></div>"
            + item)
    assert [q for q, _ in _faq(body)] == ["Is collagen a complete protein?"]


def test_a_still_have_questions_invitation_in_dutch_is_no_faq_label():
    """"Heeft u nog vragen?" invites a call (`invitations`, "nog" in
    `faq_heading_ends_not`): the question heading after it is the leaflet's, not an FAQ."""
    body = ("<h2>Heeft u nog vragen?</h2><p>Bel de afdeling Endoscopie.</p><h2>Waarom zou "
            "u het onderzoek niet laten doen?</h2><p>U beslist zelf of u het onderzoek wilt."
            "</p>")
    assert _faq(body) == []


def test_turkish_s_and_c_labels_are_not_part_of_the_question_or_the_answer():
    body = ("<h2>Sıkça Sorulan Sorular</h2><p class='soru'><strong>S1: Kızamık aşısı nerede "
            "yapılır?</strong></p><p class='cevap'><b>C:</b> Aile hekiminde yapılır.</p>"
            "<p class='soru'><strong>S2: Yetişkinler de aşı olmalı mı?</strong></p>"
            "<p class='cevap'><b>C:</b> Evet, iki doz.</p>")
    assert [(q, " ".join(a.split())) for q, a in _faq(body)] == [
        ("Kızamık aşısı nerede yapılır?", "Aile hekiminde yapılır."),
        ("Yetişkinler de aşı olmalı mı?", "Evet, iki doz.")]


def test_a_question_split_into_one_span_per_letter_keeps_its_first_letter():
    """A script's one `<span>` per letter: the first letter alone in its span is no "S"
    label (Turkish "S1:"), the next span going on in lower case."""
    spelled = "".join(f"<span class='char'>{c}</span>" for c in "Should I bathe less?")
    body = f"<h2>FAQ</h2><h3>{spelled}</h3><p>No need.</p><h3>Is it safe?</h3><p>Yes.</p>"
    assert _faq(body)[0][0].replace(" ", "").startswith("Should")


def test_an_faq_marked_accordion_of_steps_under_another_title_is_no_faq():
    """A site's FAQ component reused for a process's steps (`class="faq-item"` under "The
    process"), none of whose titles asks: not an FAQ; nor are items after "¿Tiene
    preguntas?", which invites a call."""
    item = ("<div class='faq-item'><button aria-expanded='false' aria-controls='p{n}'>{t}"
            "</button><div id='p{n}' hidden><p>{a}</p></div></div>")
    steps = "".join(item.format(n=n, t=t, a="Details.") for n, t in enumerate(
        ["Before your visit", "During the oral challenge", "After delabeling"]))
    assert _faq(f"<h2>The process</h2><div class='faq-root'>{steps}</div>") == []
    assert _faq("<h3>¿Tiene preguntas?</h3><p>Llámenos al 702-555-0126.</p><h3>¿Acepta mi "
                "seguro?</h3><p>Consulte la lista de seguros.</p>") == []


def test_korean_question_and_answer_labels_are_not_part_of_the_item():
    """"문1)" / "답)": a Korean public-health page's labels (`question_labels`,
    `answer_labels`)."""
    body = ("<h2>자주 묻는 질문</h2><p><strong>문1) 결핵 검진은 무료인가요?</strong></p><p>답) 네, "
            "무료입니다.</p><p><strong>문2) 결과는 언제 나오나요?</strong></p><p>답) 약 5일 뒤입니다.</p>")
    assert [(q, " ".join(a.split())) for q, a in _faq(body)] == [
        ("결핵 검진은 무료인가요?", "네, 무료입니다."), ("결과는 언제 나오나요?", "약 5일 뒤입니다.")]


def test_french_answer_labels_are_not_part_of_the_answer():
    """"Réponse :" after a labelled question (`answer_labels`, French)."""
    body = ("<h2>Questions fréquentes</h2><p>Question : Est-ce contagieux ?</p><p>Réponse : Non, "
            "on ne l'attrape pas.</p><p>Question : Peut-on guérir ?</p><p>Réponse : Il n'existe "
            "pas de guérison.</p>")
    assert [" ".join(a.split())[:8] for _, a in _faq(body)] == ["Non, on ", "Il n'exi"]


def test_a_products_section_tabs_marked_faq_are_no_faq():
    """Shopify Hydrogen's product details in `details.faq-item`: "How to use" over
    "Ingredients" and "Shipping" (section titles) is a tab, not a one-question FAQ."""
    item = ("<details class='faq-item'><summary class='product-details-summary'>{t}</summary>"
            "<div class='faq-body'><p>{a}</p></div></details>")
    body = "".join(item.format(t=t, a="Details.") for t in ("How to use", "Ingredients",
                                                            "Shipping"))
    assert _faq(f"<div class='product-info'>{body}</div>") == []


def test_a_shops_answers_badged_by_its_administrator_are_no_faq():
    """A Vietnamese pharmacy's product Q&A: each answer opens with the pharmacist's name
    and the badge "Quản trị viên" (administrator, `widget_answer_marks`): customers'
    questions answered in a thread, not the publisher's FAQ."""
    item = ("<div class='qa-item'><div class='qa-q'><b>{asker}</b> <span>2 ngày trước</span>"
            "<p>{q}</p></div><div class='qa-a'><b>Dược sĩ Hà My</b> <span class='badge'>Quản "
            "trị viên</span><p>{a}</p></div></div>")
    body = ("<div class='product-qa'><h2>Hỏi đáp (14 bình luận)</h2>"
            + item.format(asker="Hồng Nhung", q="Bà bầu uống siro này được không ạ?",
                          a="Chào chị, chị cần hỏi ý kiến bác sĩ trước khi dùng nhé.")
            + item.format(asker="Tuấn Anh", q="Uống bao lâu thì hết ho vậy shop?",
                          a="Thường sau 3–5 ngày sẽ đỡ, anh nên đi khám nếu ho kéo dài.")
            + "</div>")
    assert _faq(body) == []


def test_a_thai_faq_heading_runs_on_and_its_questions_end_in_a_particle():
    """Thai writes words together: "คำถามเกี่ยวกับ" (questions about) runs on into the
    subject ("คำถามเกี่ยวกับการผ่าตัดต้อกระจก"), and a question ends in a particle with no
    question mark ("…เท่าไร", "…ได้ไหม": `question_particles`)."""
    item = ("<div class='et_pb_toggle'><h5 class='et_pb_toggle_title'>{q}</h5>"
            "<div class='et_pb_toggle_content'><p>{a}</p></div></div>")
    body = ("<h2>คำถามเกี่ยวกับการผ่าตัดต้อกระจก</h2>"
            + item.format(q="ผ่าตัดต้อกระจกใช้เวลานานเท่าไร", a="ประมาณ 15–30 นาทีต่อข้าง")
            + item.format(q="ต้อกระจกกลับมาเป็นซ้ำได้ไหม", a="เลนส์เทียมไม่เกิดต้อกระจกซ้ำ"))
    assert [q for q, _ in _faq(body)] == ["ผ่าตัดต้อกระจกใช้เวลานานเท่าไร",
                                          "ต้อกระจกกลับมาเป็นซ้ำได้ไหม"]


@pytest.mark.parametrize(("body", "questions"), [
    ("<h2>三、常見問題</h2><h4>Q：術後多久可以洗澡？</h4><p>拆線後即可淋浴。</p><h4>Q： 術後什麼時候可以走路？"
     "</h4><p>答：術後第一天即可。</p>", ["術後多久可以洗澡？", "術後什麼時候可以走路？"]),
    ("<h2>大家关心的问题</h2><div class='qa'><h3><em>Q：</em>睡前玩手机会影响睡眠吗？</h3><p><em>A："
     "</em>会。</p></div><div class='qa'><h3><em>Q：</em>午睡多长时间合适？</h3><p><em>A：</em>二十分钟。"
     "</p></div>", ["睡前玩手机会影响睡眠吗？", "午睡多长时间合适？"]),
    ("<div class='content'><p>下面整理了几个问题：</p><p><strong>问：阳性一定要治疗吗？</strong></p><p>"
     "<strong>答：</strong>不一定。</p><p><strong>问：家里人需要检查吗？</strong></p><p><strong>答："
     "</strong>建议一起检测。</p></div>", ["阳性一定要治疗吗？", "家里人需要检查吗？"]),
    ("<div class='v'><p><strong>■ 인공눈물, 얼마나 자주 넣어도 될까?</strong></p><p>자주 써도 된다.</p>"
     "<p><strong>■ 온찜질이 도움이 될까?</strong></p><p>도움이 된다.</p></div>", []),
    ("<div class='v'><p><strong>P: ¿Cuándo empezó a investigar?</strong></p><p>R: En 2010.</p>"
     "<p><strong>P: ¿Qué le sorprendió?</strong></p><p>R: Los datos.</p></div>", []),
])
def test_chinese_faq_headings_labels_and_runs_and_other_labelled_runs(body, questions):
    """Chinese FAQ headings ("常見問題", one ending in "问题": `faq_heading_ends`), "Q："
    and "答：" labels with a full-width colon and no space, and a run of "问：" bold
    questions with no heading (as "Q:" runs are read); a run marked by a symbol ("■") or
    by Spanish "P:" labels (an interview's) is no FAQ without an FAQ label."""
    assert [q for q, _ in _faq(body)] == questions


def test_a_shops_customer_answers_signed_by_its_service_desk_are_no_faq():
    """A Hong Kong shop's product Q&A tab: each answer signed "— 客戶服務部" (customer
    service, `widget_answer_marks`): customers' questions, not the publisher's FAQ."""
    body = ("<div class='data item content' id='qa'><ul class='qa-list'><li><p class='q'>問：小朋友可以食嗎？"
            "</p><p class='a'>答：本產品適合成人。— 客戶服務部</p></li><li><p class='q'>問：有冇素食版本？</p>"
            "<p class='a'>答：暫時未有，多謝你的意見。— 客戶服務部</p></li></ul></div>")
    assert _faq(body) == []


@pytest.mark.parametrize(("after", "last_answer"), [
    ("<p>Call 000 straight away if your child is struggling to breathe.</p>",
     "<p>Give the school a copy of the action plan.</p>"),
    ("<p>If you need an interpreter, please ring the booking office on 01632 960 441.</p>",
     "<p>Give the school a copy of the action plan.</p>"),
])
def test_an_emergency_line_or_a_booking_line_after_the_last_answer_is_not_its(after,
                                                                            last_answer):
    """A paragraph after the last answer that sends the reader to a phone ("Call 000 …",
    "… please ring the booking office": `invitations`) is held, and with no question after
    it the FAQ ends before it."""
    body = ("<h2>Frequently asked questions</h2><h3>Will my child grow out of it?</h3><p>Many "
            "children have fewer symptoms as they grow.</p><h3>What should the school have?</h3>"
            f"{last_answer}{after}")
    assert _faq(body)[-1][1] == last_answer[3:-4]


def test_an_answer_marked_by_a_dutch_class_ends_with_its_element():
    """"h3.faq-vraag" over "div.faq-antwoord" (Dutch class words for a question and an
    answer, `toggle_title_words` and `toggle_body_words`, as Italian "domanda"/"risposta"
    and German "frage"/"antwort"): the answer is its element, not the leaflet's number
    line after the last one."""
    item = "<h3 class='faq-vraag'>{q}</h3><div class='faq-antwoord'><p>{a}</p></div>"
    body = ("<h2>Veelgestelde vragen</h2>" + item.format(q="Mag ik eten voor de scan?", a="Ja.")
            + item.format(q="Kan ik de uitslag direct krijgen?", a="Nee, via uw arts.")
            + "<p>Afdeling Radiologie · Foldernummer RAD-0193 · Versie 5 · januari 2025</p>")
    assert _faq(body)[-1][1] == "Nee, via uw arts."


def test_a_labelled_run_after_the_title_in_its_element_is_read_from_its_first_question():
    """A "Q." run whose element also holds the page's title (a legacy table cell, an
    article with its `<h1>`) was read from the title, which ended the reading at once;
    its bold questions inside `<font>` tags made no run at all."""
    qs = ("<p><font size='2' color='#906'><b>Q. How often should I have a mammogram?</b></font>"
          "<br><font size='2'><b>A.</b> Every one to two years from forty.</font></p>"
          "<p><font size='2' color='#906'><b>Q. Does a mammogram hurt?</b></font><br>"
          "<font size='2'><b>A.</b> It presses for a few seconds.</font></p>")
    assert _faq(qs) == [("How often should I have a mammogram?",
                         "Every one to two years from forty."),
                        ("Does a mammogram hurt?", "It presses for a few seconds.")]


@pytest.mark.parametrize(("tail", "last"), [
    ("<p>Take-back sites accept patches too.</p>", "No, use a take-back site."),
    ("", "No, use a take-back site."),
])
def test_a_paragraph_after_one_block_answers_opened_by_a_label_is_not_the_last_answer(
        tail, last):
    """Each answer one paragraph opened by "A:": a closing paragraph after the last one is
    the article's, not that answer's."""
    got = _faq("<p><strong>Q: Where can I drop off pills?</strong></p><p>A: At the sheriff's "
               "lobby.</p><p><strong>Q: Can I flush them?</strong></p><p>A: No, use a "
               f"take-back site.</p>{tail}")
    assert got[-1] == ("Can I flush them?", last) and len(got) == 2


def test_a_paragraph_in_the_last_items_own_wrapper_is_its_answer():
    """"<li><p>Q3…?</p><p>Ans: …</p><p>more</p></li>": the paragraph in the item's own
    wrapper continues its answer (not a closing paragraph after one-block answers)."""
    got = _faq("<h2>FAQs</h2><ol><li><p><strong>Q1. Is there a cost?</strong></p><p><strong>Ans:</strong> "
               "No.</p></li><li><p><strong>Q2. What if I feel ill?</strong></p><p><strong>"
               "Ans:</strong> Call the helpline.</p><p>Care is free.</p></li></ol>")
    assert [q for q, _ in got] == ["Is there a cost?", "What if I feel ill?"]
    assert "Care is free." in got[-1][1]


def test_a_titles_q_and_a_with_a_named_doctor_after_its_colon_is_an_interview():
    """"Bowel Cancer Awareness Month: a Q&A with Dr NAME": the subtitle names the one
    person who answers, so the question paragraphs under it are an interview's."""
    page = (b"<!DOCTYPE html><html lang=en-GB><head><title>T</title></head><body><main><h1>"
            b"Bowel Cancer Awareness Month: a Q&amp;A with Dr Ashby</h1><p>Our group met Dr "
            b"Ashby.</p><p>Why do people wait?</p><p>Embarrassment, mostly.</p><p>When should "
            b"I book?</p><p>If symptoms last three weeks.</p></main></body></html>")
    assert not find_faq(Document.from_bytes(page), "https://e.example/")[0]


def test_a_korean_product_qna_is_the_shops_not_an_faq():
    """"상품 Q&A" over a product page's questions (a masked buyer's name and a date under
    each): customers' questions (`customer_qa_titles`)."""
    page = ("<!DOCTYPE html><html lang=ko-KR><head><title>T</title></head><body><main><h1>루테인"
            "</h1><p>설명.</p><div class='qna_wrap'><h3>상품 Q&amp;A</h3><ul><li><p class='q'>Q "
            "눈 피로에 좋나요? <span>sky*** · 2026.08.11</span></p><p class='a'>A 안녕하세요 고객님."
            "</p></li><li><p class='q'>Q 하루 몇 알 먹나요? <span>moon*** · 2026.08.12</span></p>"
            "<p class='a'>A 하루 한 알입니다.</p></li></ul></div></main></body></html>").encode()
    assert not find_faq(Document.from_bytes(page), "https://e.example/")[0]


def test_an_answer_label_inside_nested_font_tags_and_a_dutch_question_label():
    """OpenOffice writes "<p><font face=…><font size=2>A: …" (the label two wrappers
    down); Dutch pages label questions "V:" / "Vraag:" and answers "A:" / "Antwoord:"."""
    got = _faq("<h2>Veelgestelde vragen</h2><p><b>V: Wanneer bel ik de wachtpost?</b></p><p><font "
               "face='Arial'><font size='2'>A: Buiten de openingsuren van uw huisarts.</font></font>"
               "</p><p><b>Vraag: Wat kost het?</b></p><p>Antwoord: Enkel het remgeld.</p>")
    assert got == [("Wanneer bel ik de wachtpost?", "Buiten de openingsuren van uw huisarts."),
                   ("Wat kost het?", "Enkel het remgeld.")]
