"""Runs of bold questions with no FAQ label (extract/faq/qa_runs.py) and the checks that
tell a publisher's FAQ from an interview, a diary, a drug's labelling, a sample form or a
customer Q&A (extract/faq/__init__.py, base.py). Shapes from the eval sets h503, h511,
h517 and h519 (legacy pages and RTL shops): each case failed before its rule."""

from __future__ import annotations

from pipeline.document import Document
from pipeline.extract.faq import find_faq


def _faq(body: str, title: str = "Repeat prescriptions", lang: str = "en") -> list[tuple[str, str]]:
    page = (f"<!DOCTYPE html><html lang={lang}><head><title>T</title></head><body><main>"
            f"<h1>{title}</h1>{body}</main></body></html>").encode()
    items, _ = find_faq(Document.from_bytes(page), "https://e.example/")
    return [(i.question, i.answer_html) for i in items]


_RUN = ("<p>Please plan ahead.</p>"
        "<p><strong>How do I get a repeat prescription?</strong><br>Phone us two days ahead.</p>"
        "<p><strong>Do I need to see the doctor every time?</strong><br>Every six months.</p>"
        "<p><strong>What does it cost?</strong><br>It is free for children.</p>")


def test_three_bold_question_paragraphs_with_no_label_are_an_faq():
    """A Joomla 1.0 / Mambo / Plone page's hand-written FAQ: no heading says FAQ and no
    "Q:" labels its questions; it was read as no FAQ."""
    assert _faq(_RUN) == [
        ("How do I get a repeat prescription?", "Phone us two days ahead."),
        ("Do I need to see the doctor every time?", "Every six months."),
        ("What does it cost?", "It is free for children.")]


def test_two_unlabelled_bold_questions_are_not_enough():
    """Essays and diaries print a sub-question or two in bold: a run needs three."""
    assert _faq("<p><strong>Is it safe?</strong><br>Mostly.</p>"
                "<p><strong>Does it hurt?</strong><br>A little.</p>") == []


def test_a_writers_own_account_is_not_an_faq():
    """A diary's or a study summary's questions ask about the writer's own past."""
    assert _faq("<p><b>Did we test the embryos?</b><br>Yes, two were normal.</p>"
                "<p><b>Did I do acupuncture?</b><br>Yes, for my nerves.</p>"
                "<p><b>Are we hopeful?</b><br>Ask me in twelve days.</p>") == []


def test_bold_questions_under_important_safety_information_are_not_an_faq():
    """A drug brand's labelling asks in bold too: the regulator's wording, not an FAQ."""
    assert _faq("<section class=isi><h2>Important Safety Information</h2>"
                "<p><strong>What is the most important information I should know?</strong></p>"
                "<p>It can cause allergic reactions.</p>"
                "<p><strong>Who should not take it?</strong> Anyone allergic to it.</p>"
                "<p><strong>What are the most common side effects?</strong> Headache.</p>"
                "</section>") == []


def test_a_sample_form_in_a_figure_is_not_an_faq():
    """A consent form shown as an illustration: its fields ask, the reader fills them in."""
    assert _faq("<figure><figcaption>Sample consent form</figcaption><div>"
                "<p><strong>Do you want to take part?</strong> ☐ Yes ☐ No</p>"
                "<p><strong>Is your address correct?</strong> 12 Example Road</p>"
                "<p><strong>Have you had bowel cancer?</strong> ☐ Yes ☐ No</p>"
                "</div></figure>") == []


def test_an_interview_cue_in_german_or_persian_makes_a_run_no_faq():
    """The intro says "im Gespräch" / "در گفت‌وگویی": the questions are a journalist's."""
    run = ("<p><b>Wer braucht eine neue Hüfte?</b></p><p>Wer Schmerzen hat.</p>"
           "<p><b>Wie lange bleibt man im Spital?</b></p><p>Vier Tage.</p>"
           "<p><b>Was hat sich verändert?</b></p><p>Wir planen digital.</p>")
    assert _faq("<p>Das Wichtigste in Kürze.</p>" + run, lang="de") != []
    assert _faq("<p>Chefarzt Dr. Imfeld erklärt im Gespräch, was Patienten erwartet.</p>"
                + run, lang="de") == []
    assert _faq("<p>دکتر طاهری در گفت‌وگویی درباره تیروئید توضیح داد.</p>"
                "<p><b>چرا زنان بیشتر مبتلا می‌شوند؟</b></p><p>به دلیل خودایمنی.</p>"
                "<p><b>چه علائمی مهم است؟</b></p><p>خستگی مداوم.</p>"
                "<p><b>آیا غربالگری لازم است؟</b></p><p>برای همه نه.</p>", lang="fa") == []


def test_an_interview_cue_in_welsh_makes_a_run_no_faq():
    """A Squarespace blog post "sgwrs gyda nyrs arbenigol" (a conversation with a nurse) over
    bold questions (eval h527): an interview, not an FAQ."""
    run = ("<p><strong>Beth yw’r camgymeriad mwyaf?</strong></p><p>Ceisio bod yn berffaith.</p>"
           "<p><strong>Sut mae technoleg wedi newid?</strong></p><p>Synwyryddion glwcos.</p>"
           "<p><strong>Pa gyngor sydd gennych?</strong></p><p>Siaradwch yn gynnar.</p>")
    assert _faq("<p>Y prif bwyntiau.</p>" + run, lang="cy") != []
    assert _faq("<p>Buon ni’n siarad â Nia, nyrs arbenigol.</p>" + run, lang="cy") == []
    assert _faq(run, title="Diabetes: sgwrs gyda nyrs arbenigol", lang="cy") == []


def test_a_brand_representatives_answers_are_a_customer_q_and_a():
    """Bazaarvoice's questions widget: the brand answers under its badge (eval h524)."""
    item = ('<li class="bv-content-item"><h3 class="bv-content-title">{q}</h3>'
            '<div class="bv-content-answer"><span class="bv-author">Care Team</span> '
            '<span class="bv-badge">Brand representative</span><p>{a}</p></div></li>')
    body = ('<div class="faq"><h2>Questions</h2><ol>'
            + item.format(q="Can I give this to my child?", a="Only from 12 years.")
            + item.format(q="Does it have alcohol in it?", a="No, it is alcohol free.")
            + "</ol></div>")
    assert _faq(body.replace("Brand representative", "Pharmacist")) != []
    assert _faq(body) == []


def test_answers_that_quote_a_named_speaker_are_a_transcript():
    """ "Aalders: “…”" opening each answer: two specialists interviewed, not an FAQ."""
    assert _faq("<p><strong>Voor wie is de polikliniek?</strong><br>Aalders: “Voor mensen"
                " met klachten.”</p><p><strong>Wat is er anders?</strong><br>Kaya: “Alles op"
                " één dag.”</p><p><strong>Hoe kom je er?</strong><br>Aalders: “Via de"
                " huisarts.”</p>", lang="nl") == []


def test_loose_text_after_the_run_is_not_the_last_answer():
    """A Blogger post's sign-off after the list of questions ran into the last answer."""
    items = _faq("<div><ol><li><b>Can cholera be treated at home?</b><br>Mild cases can.</li>"
                 "<li><b>How do I make ORS?</b><br>Six teaspoons of sugar.</li>"
                 "<li><b>Is borehole water safe?</b><br>Not always.</li></ol>"
                 " Stay safe and share this.<br></div>")
    assert items[-1] == ("Is borehole water safe?", "Not always.")


def test_a_line_drawn_in_text_ends_the_last_answer():
    """An AP explainer's "___" before its funding note, like an <hr>."""
    items = _faq(_RUN.replace("It is free for children.</p>", "It is free for children.</p>"
                              "<p>___</p><p><em>This page is supported by a grant.</em></p>"))
    assert items[-1] == ("What does it cost?", "It is free for children.")


def test_do_you_have_any_other_questions_ends_the_last_answer():
    items = _faq("<h2>FAQ</h2><h3>Can I eat before the test?</h3><p>No food for six hours.</p>"
                 "<p><b>Do you have any other questions?</b></p>"
                 "<p>Write them here and bring this sheet:</p><p>__________</p>")
    assert items == [("Can I eat before the test?", "No food for six hours.")]


def test_answers_posted_weeks_ago_are_a_customer_qa():
    """A shop's Q&A widget: each answer opens with who answered and how long ago."""
    assert _faq("<h2>Questions and answers</h2><ul class=qna>"
                "<li class=qna-item><div class=qna-q>Can I use it with a pacemaker?</div>"
                "<div class=qna-a><span>PulseEase Support</span> <span>2 weeks ago</span>"
                "<p>No, never.</p></div></li>"
                "<li class=qna-item><div class=qna-q>Are pads sold separately?</div>"
                "<div class=qna-a><span>Lee</span> <span>3 days ago</span><p>Yes.</p></div>"
                "</li></ul>") == []


def test_an_answer_credited_in_an_author_element_is_a_customer_qa():
    """ "<span class=a-author>پاسخ کاربر:</span>" ("A user's answer:"): the credit is an
    "author" element, which the answer leaves out as furniture; it is read first."""
    assert _faq("<h2>پرسش و پاسخ</h2>"
                "<div class=faq-item><p class=question>آیا می‌شود شب مصرف کرد؟</p>"
                "<p class=answer><span class=a-author>پاسخ داروساز فروشگاه:</span> بله.</p></div>"
                "<div class=faq-item><p class=question>تاریخ انقضا چقدر است؟</p>"
                "<p class=answer><span class=a-author>پاسخ کاربر:</span> دو سال.</p></div>",
                lang="fa") == []


def test_hebrew_question_and_answer_labels_are_not_part_of_the_text():
    """ "ש:" / "ת:" label a news site's questions and answers under "שאלות ותשובות" (h439);
    with no such heading a run of them is not read: "ש:" labels interviews as often."""
    run = ("<p><b>ש: האם החיסון מחליף את הקודם?</b><br>ת: כן.</p>"
           "<p><b>ש: אפשר יחד עם שפעת?</b><br>ת: אפשר.</p>")
    assert _faq("<h2>שאלות ותשובות</h2>" + run, lang="he") == [
        ("האם החיסון מחליף את הקודם?", "כן."), ("אפשר יחד עם שפעת?", "אפשר.")]
    assert _faq(run, lang="he") == []


_LIST = ('<p>Click a question to go to the answer.</p><p><a href="#q1">Which children get MMR?</a>'
         '<br><a href="#q2">Is it too late to catch up?</a><br></p><hr>')


def test_a_bookmark_list_of_questions_and_its_anchored_answers_are_an_faq():
    """A Dreamweaver page (h519): links to `<a name>` anchors, each opening its question's
    paragraph; "^ top" after each answer ends it."""
    assert _faq(_LIST + '<p class=faqq><a name="q1" id="q1"></a>Which children get MMR?</p>'
                '<p class=faqa>All children at 12 months.</p><p><a href="#top">^ top</a></p>'
                '<p class=faqq><a name="q2"></a>Is it too late to catch up?</p>'
                '<p class=faqa>It is never too late.</p><p><font size=1><a href="#top">Top</a>'
                '</font></p><p>The nurse runs clinics on Tuesdays.</p>', title="MMR") == [
        ("Which children get MMR?", "All children at 12 months."),
        ("Is it too late to catch up?", "It is never too late.")]


def test_a_table_of_contents_of_question_sections_is_not_an_faq():
    """An article's contents list links its question headings and sections by id: its
    sections, not an FAQ; an anchor element on a heading counts only when named "faq…"."""
    toc = ('<ul class=contents><li><a href="#what">What is shingles?</a></li>'
           '<li><a href="#who">Who gets shingles?</a></li></ul>')
    assert _faq(toc + '<section id="what"><h2>What is shingles?</h2><p>A rash.</p></section>'
                '<section id="who"><h2>Who gets shingles?</h2><p>Anyone.</p></section>') == []
    assert _faq(toc + '<h2><a name="what"></a>What is shingles?</h2><p>A rash.</p>'
                '<h2><a name="who"></a>Who gets shingles?</h2><p>Anyone.</p>') == []


def test_a_run_inside_a_label_read_with_no_questions_is_still_read():
    """A list of bold questions written inside its FAQ heading (`<h2>Common questions<ul>…
    </ul></h2>`, h305): the heading's reading finds no question after it and passes the
    list; the run is read from its first question all the same."""
    items = ("<li><b>Do I need a prescription?</b><br>No, a pharmacist can help.</li>"
             "<li><b>How soon should I take it?</b><br>As soon as possible.</li>"
             "<li><b>Does it affect my cycle?</b><br>Your next period may be late.</li>")
    assert _faq(f"<h2>Common questions<ul>{items}</ul></h2><p>More text.</p>") == [
        ("Do I need a prescription?", "No, a pharmacist can help."),
        ("How soon should I take it?", "As soon as possible."),
        ("Does it affect my cycle?", "Your next period may be late.")]


def test_anchored_bold_questions_in_a_post_body_with_no_paragraphs_are_an_faq():
    """A Blogger classic post (h519): the anchor stands right before each bold question on
    its line of loose text, which read as mid-line before."""
    body = ('<div class=post-body>Answers below.<br><br><a href="#q1">What is a spacer?</a><br>'
            '<a href="#q2">When is my inhaler empty?</a><br><br>'
            '<a name="q1"></a><b>What is a spacer?</b><br>A tube for the inhaler.<br>'
            '<a href="#top">back to top</a><br><br>'
            '<a name="q2"></a><b>When is my inhaler empty?</b><br>Use the dose counter.<br>'
            '<a href="#top">back to top</a><br><br>Breathe easy!</div>')
    assert _faq(body, title="Inhaler questions") == [
        ("What is a spacer?", "A tube for the inhaler."),
        ("When is my inhaler empty?", "Use the dose counter.")]


def test_a_bold_answer_label_inside_a_font_tag_is_not_part_of_the_answer():
    """A Yahoo! SiteBuilder page (h519): `<p><font><b>Ans:</b> …</font></p>` after
    `<p><font><b>Ques: …?</b></font></p>`; the label was kept in the answer."""
    items = _faq("<p><font size=3><b>Frequently Asked Questions</b></font></p>"
                 "<p><font size=2><b>Ques: How is dengue spread?</b></font></p>"
                 "<p><font size=2><b>Ans:</b> By the bite of a mosquito.</font></p>"
                 "<p><font size=2><b>Ques: Is there a vaccine?</b></font></p>"
                 "<p><font size=2><b>Ans:</b> Ask your doctor.</font></p>")
    assert [(q, a.replace("<font>", "").replace("</font>", "").strip()) for q, a in items] == [
        ("How is dengue spread?", "By the bite of a mosquito."),
        ("Is there a vaccine?", "Ask your doctor.")]


def test_unlabelled_bold_questions_each_starting_a_line_of_loose_text_are_an_faq():
    """A PHP-Nuke article (h519): bold questions after `<br><br>` in one `<font>`, no
    paragraphs and no label."""
    body = ("<font class=content>Our moderators answer the questions that come up most.<br><br>"
            "<b>Is it normal to feel sad after birth?</b><br>Many mothers do.<br><br>"
            "<b>How is depression different?</b><br>It lasts longer.<br><br>"
            "<b>Where can I get help?</b><br>Call your midwife.<br><br></font>")
    assert _faq(body, title="Postpartum mood") == [
        ("Is it normal to feel sad after birth?", "Many mothers do."),
        ("How is depression different?", "It lasts longer."),
        ("Where can I get help?", "Call your midwife.")]


_ROWS = ('<div class="product__accordion accordion"><details id="Details-collapsible-row-{n}">'
         '<summary><div class="summary__title"><h2 class="h4 accordion__title">{q}</h2></div>'
         '</summary><div class="accordion__content rte"><p>{a}</p></div></details></div>')


def test_a_product_rows_leading_questions_are_an_faq_and_a_row_that_does_not_ask_ends_it():
    """A Shopify Dawn product page's collapsible rows (eval h527): two questions, then
    "Shipping and returns"; the rows were read as no FAQ, as not all of them ask."""
    rows = [("Is it suitable for children?", "From six years."),
            ("How often can I use it?", "Three times a day."),
            ("Shipping and returns", "Free over 25.")]
    body = "".join(_ROWS.format(n=n, q=q, a=a) for n, (q, a) in enumerate(rows))
    assert _faq(body) == [(q, a) for q, a in rows[:2]]
    assert _faq(body.replace("How often can I use it?", "Directions")) == []  # one asks
    lead = "".join(_ROWS.format(n=n, q=q, a=a) for n, (q, a) in enumerate(rows[::-1]))
    assert _faq(lead) == []  # a row that does not ask first: product tabs, not an FAQ


def test_an_icelandic_faq_heading_is_read():
    """"Spurningar og svör" (questions and answers) over h3 questions (eval h527)."""
    body = ("<h2>Spurningar og svör</h2><h3>Má ég fara í sturtu?</h3><p>Já, eftir 48 klst.</p>"
            "<h3>Hvenær má ég keyra?</h3><p>Eftir viku.</p>")
    assert _faq(body, lang="is") == [("Má ég fara í sturtu?", "Já, eftir 48 klst."),
                                     ("Hvenær má ég keyra?", "Eftir viku.")]


def test_an_faq_lead_in_before_an_interview_cue_keeps_the_run():
    """A live blog's entry "<strong>Your questions, answered.</strong> We asked the health
    department to answer …" (eval h528): "we asked" is an interview cue, but the bold
    lead-in names the run an FAQ; "<b>Q&A:</b> We spoke with …" stays an interview."""
    run = ("<p><strong>Can adults get a booster?</strong><br>Yes, another dose is safe.</p>"
           "<p><strong>When do symptoms start?</strong><br>After 7 to 14 days.</p>"
           "<p><strong>Is the clinic free?</strong><br>Yes, for everyone.</p>")
    asked = "We asked the county health department to answer the questions viewers sent."
    assert _faq(f"<p>{asked}</p>" + run) == []
    assert len(_faq(f"<p><strong>Your questions, answered.</strong> {asked}</p>" + run)) == 3
    assert _faq("<p><b>Q&amp;A:</b> We spoke with Dr. Lee about measles.</p>" + run) == []


def test_an_articles_footer_after_the_last_answer_ends_it_and_a_cards_footer_is_one():
    """An Instant Articles-style page's <footer><small>© … Reviewed and updated for the
    season</small></footer> ran on into the last answer (eval h526); a Picnic CSS card's
    <footer> under its question holds the answer (eval h179)."""
    faq = ("<h2>Frequently asked questions</h2><p><b>Is a fever normal?</b></p><p>Yes, for a "
           "day or two.</p><p><b>When should I call?</b></p><p>If it lasts three days.</p>")
    assert _faq(faq + "<footer><small>© 2026 Cedar Bend Health.</small></footer>") == [
        ("Is a fever normal?", "Yes, for a day or two."),
        ("When should I call?", "If it lasts three days.")]
    cards = ("<h2>Questions I hear a lot</h2>" + "".join(
        f'<article class="card"><header><h3>{q}</h3></header><footer><p>{a}</p></footer>'
        "</article>" for q, a in (("Do you work nights?", "Yes, ten to six."),
                                  ("Is it covered?", "Some plans cover it."))))
    assert [q for q, _ in _faq(cards)] == ["Do you work nights?", "Is it covered?"]


def test_a_details_of_another_kind_ends_the_run():
    """MkDocs Material admonitions: three `details.question` then a `details.quote`
    "What families told us" (eval h525): the quote is no question of the FAQ."""
    body = "".join(f'<details class="question"><summary>{q}</summary><p>{a}</p></details>'
                   for q, a in (("Do I still need a cardiologist?", "Yes, for life."),
                                ("What should I tell a new dentist?", "About your surgery.")))
    quote = '<details class="quote"><summary>What families told us</summary><p>"It helped."</p>'
    assert [q for q, _ in _faq("<h2>Common questions</h2>" + body + quote + "</details>")] == [
        "Do I still need a cardiologist?", "What should I tell a new dentist?"]


_THREE = ("<h2>FAQ</h2><h3>Is it safe?</h3><p>Yes, for most people.</p>"
          "<h3>Does it hurt?</h3><p>A little, for a day.</p>"
          "<h3>When can I drive?</h3><p>After a day.</p>")


def test_the_last_answer_ends_where_the_answers_shape_does():
    """Answers of one paragraph each, then the page's own closing line after the last
    (eval h124, h140, h147, h522 and a dozen more: a builder's next text block, a bold
    clinic name): not the last answer's. More of the answers' own
    paragraphs, a list, a table or a quoted note after it stay its own."""
    last = ("When can I drive?", "After a day.")
    for tail in ("<div>Cedar Bend Family Health, 12 Main Street.</div>",
                 "<p><strong>Cedar Bend Family Health</strong></p>"):
        assert _faq(_THREE + tail)[-1] == last, tail
    for tail in ("<p>Do not drive yourself home.</p>", "<ul><li>Not on the first day.</li></ul>",
                 "<blockquote><p>Ask us first.</p></blockquote>"):
        assert _faq(_THREE + tail)[-1] != last, tail


def test_a_disclosure_button_alone_in_a_div_opens_the_element_after_the_div():
    """Headless UI's Vue disclosure (eval h507): <div><button aria-expanded>Q?</button>
    </div><div hidden>A</div>, no aria-controls; an "Expand all" button alone in its div
    opens nothing."""
    item = ('<div class="border-b"><button type="button" aria-expanded="false">'
            '<span>{q}</span><svg></svg></button><!----></div><div class="pb-4" hidden>'
            '<p>{a}</p></div>')
    body = ('<h2>Frequently asked questions</h2><div><div><button aria-expanded="false">'
            "Expand all</button></div>" + item.format(q="How long does it take?", a="A year.")
            + item.format(q="Can I use Medisave?", a="No.") + "</div>")
    assert _faq(body) == [("How long does it take?", "A year."), ("Can I use Medisave?", "No.")]
