"""Extraction units: bylines, names and credentials, dates, answer HTML, FAQ headings and details."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from pipeline.dates import find_human_date, is_future, parse_iso
from pipeline.extract.html import clean_html
from pipeline.extract.people import parse_person

from .helpers import extract_bytes, page


@pytest.mark.parametrize(
    "text, name, creds, prefix",
    [
        ("Rainier Guiang, MD", "Rainier Guiang", ("MD",), None),
        ("Dr. Jane Roe, DO", "Jane Roe", ("DO",), "Dr."),
        ("Sam Poe, PharmD, BCPS", "Sam Poe", ("PharmD", "BCPS"), None),
        ("Ann Lee M.D.", "Ann Lee", ("MD",), None),
        ("Kim Park, MD, Chief Medical Officer", "Kim Park", ("MD",), None),
        ("Lee Chan, pa-c", "Lee Chan", ("PA-C",), None),
        # A role after the name ends it (eval h145, h150, h154, h156): one role word, after
        # at most two lead words; credentials after the role are still the person's.
        ("Tamsin Kellaway Podiatric Surgeon, BPod, FACPS", "Tamsin Kellaway",
         ("BPod", "FACPS"), None),
        ("Dr. Sanjay Kulkarni Senior Consultant & Head", "Sanjay Kulkarni", (), "Dr."),
        ("Lena Hartwig Fachärztin", "Lena Hartwig", (), None),
        ("Tamsin Perrin Accredited Practising Dietitian", "Tamsin Perrin", (), None),
        ("Accredited Exercise Physiologist Caitlin Moreau (AEP)", "Caitlin Moreau", ("AEP",),
         None),
        ("Esther Wanjiru Mwangi, BPharm", "Esther Wanjiru Mwangi", ("BPharm",), None),
        # Degrees of fewer capitals than the shape rule asks, listed (eval h173, h174), a
        # German diploma with its "(FH)", a Russian degree (eval h175).
        ("Ngaio Fletcher, BOst (Hons)", "Ngaio Fletcher", ("BOst (Hons)",), None),
        ("Dr Shanthi Govender, MTech Hom", "Shanthi Govender", ("MTech Hom",), "Dr."),
        ("Dr Nomvula Dlamini, MTech (Chiro)", "Nomvula Dlamini", ("MTech (Chiro)",), "Dr."),
        ("Bronwyn Castle, MCouns, PACFA Clin. Reg.", "Bronwyn Castle",
         ("MCouns", "PACFA Clin. Reg."), None),
        ("Ma. Cristina Dela Rosa, RPsy, RPm", "Ma. Cristina Dela Rosa", ("RPsy", "RPm"), None),
        ("Birgit Hollenstein, Dipl.-Sozialpädagogin (FH)", "Birgit Hollenstein",
         ("Dipl.-Sozialpädagogin(FH)",), None),
        ("Марина Ковалёва, к.м.н.", "Марина Ковалёва", ("к.м.н.",), None),
        # Malaysian and Singaporean titles and name particles, a nickname in quotes
        # (eval h154, h178).
        ("Dato' Dr. Haris Iskandar bin Ahmad Zaki, MBBS", "Haris Iskandar bin Ahmad Zaki",
         ("MBBS",), "Dato' Dr."),
        ("Datuk Dr. Gopal Krishnan a/l Subramaniam, MD", "Gopal Krishnan a/l Subramaniam",
         ("MD",), "Datuk Dr."),
        ("Adj Assoc Prof Kwek Jia Hui, FRCR", "Kwek Jia Hui", ("FRCR",), "Adj. Assoc. Prof."),
        ('Dr. Eduardo "Ed" Manansala, DPBO, FPAO', 'Eduardo "Ed" Manansala', ("DPBO", "FPAO"),
         "Dr."),
        ("Ana de la Cruz, RN", "Ana de la Cruz", ("RN",), None),
        # A double-barrelled surname is no credential (eval h176); "NP-Adult" still is.
        ("Dr Ciarán McAlinden-Reyes, MB BCh BAO, MFPH", "Ciarán McAlinden-Reyes",
         ("MB BCh BAO", "MFPH"), "Dr."),
        ("Ivy Tran, MN, NP-Adult", "Ivy Tran", ("MN", "NP-Adult"), None),
        # A specialty then the awarding university (eval h120, h154, h178, h188, h192):
        # the university is passed over, as after a bare degree.
        ("Dr Lee Wei, MBBS (Malaya), MS Ortho (UKM), Consultant", "Lee Wei",
         ("MBBS (Malaya)", "MS Ortho"), "Dr."),
        # Every honorific before the name is the prefix, in its order (eval h195, h201:
        # "PD Dr. med." read "PD Dr." as the name; "Dr. med. dent." as no person).
        ("Prof. Dr. med. Konrad Albers", "Konrad Albers", (), "Prof. Dr. med."),
        ("PD Dr. med. Katrin Albers", "Katrin Albers", (), "PD Dr. med."),
        ("Dr. med. dent. Eva Bauer", "Eva Bauer", (), "Dr. med. dent."),
        ("Prof. MUDr. Jan Novák, Ph.D.", "Jan Novák", ("MUDr.", "PhD"), "Prof. MUDr."),
        # A college's qualification in words with its country, a degree with its subject
        # (eval h127, h129, h131, h135, h152, h160, h169, h185, h195, h196, h202, h206);
        # another credential or a role after a degree is not its subject.
        ("Dr Thabo Nkosi, MBChB, FC Plast Surg (SA)", "Thabo Nkosi",
         ("MBChB", "FC Plast Surg(SA)"), "Dr."),
        ("Dr Anri Botha, MBChB, FCP(SA), Cert Pulmonology(SA) Phys. Reviewed: 6 May 2026",
         "Anri Botha", ("MBChB", "FCP(SA)", "Cert Pulmonology(SA) Phys."), "Dr."),
        ("Jan Roux, MBChB, FCPath (SA) Chem", "Jan Roux", ("MBChB", "FCPath(SA) Chem"),
         None),
        ("Lee Smit, MBChB, FC ORL (SA)", "Lee Smit", ("MBChB", "FC ORL(SA)"), None),
        ("Aoife Lynch, BSc (Hons) Optometry, FAOI", "Aoife Lynch",
         ("BSc (Hons) Optometry", "FAOI"), None),
        ("Rory Hale, MSc Sports Physiotherapy", "Rory Hale", ("MSc Sports Physiotherapy",),
         None),
        ("Zola Dube, MBChB, MMed, Dip Pall Med", "Zola Dube", ("MBChB", "MMed", "Dip Pall Med"),
         None),
        ("Amy Ho, BPharm PGCertPharm", "Amy Ho", ("BPharm",), None),
        ("Nora Ellison, MA Example Health News", "Nora Ellison", ("MA",), None),  # a masthead
        ("Amy Ho, BSc Nutritionist", "Amy Ho", ("BSc",), None),
        ("Amy Ho, MSc, March 2026", "Amy Ho", ("MSc",), None),
        ("Amy Ho MBChB FCP (SA)", "Amy Ho", ("MBChB", "FCP(SA)"), None),
        ("Jo Tan, RN, MNurs", "Jo Tan", ("RN", "MNurs"), None),  # eval h151, h210, h212
        # An unlisted specialist's title before a full name (eval h212).
        ("Hematologist Marcus Oyelaran-Webb, MD, MPH", "Marcus Oyelaran-Webb", ("MD", "MPH"),
         None),
        ("Neonatologist Dr Ana Ruiz", "Ana Ruiz", (), "Dr."),
        # Traditional-medicine and military titles (eval h234, h235).
        ("Vd. Anupama Kizhakkethil, BAMS", "Anupama Kizhakkethil", ("BAMS",), "Vd."),
        ("Hakeem Dr. Asma Rauf, BEMS", "Asma Rauf", ("BEMS",), "Hakeem Dr."),
        ("Lt Col Arvind Mehrotra-Sen, MBBS, MD", "Arvind Mehrotra-Sen", ("MBBS", "MD"),
         "Lt Col."),
        ("Surg Cdr Ann Lee", "Ann Lee", (), "Surg. Cdr"),
        # An avatar's initials drawn before the name (eval h211).
        ("RV Renata Vasquez-Holm, DPM", "Renata Vasquez-Holm", ("DPM",), None),
    ],
)
def test_names_and_credentials(text, name, creds, prefix):
    person = parse_person(text)
    assert person is not None
    assert (person.name, person.credentials, person.prefix) == (name, creds, prefix)


@pytest.mark.parametrize(
    "text, iso",
    [("last reviewed June 2026.", "2026-06"), ("on March 3, 2025 —", "2025-03-03"),
     ("12 Sept 2024", "2024-09-12"), ("Jan. 5th, 2026", "2026-01-05"), ("no date here", None),
     ("February 30, 2026", None)],
)
def test_human_dates_keep_their_precision(text, iso):
    found = find_human_date(text)
    assert (found[0] if found else None) == iso


def test_iso_dates_and_future_checks():
    assert parse_iso("2026-06-12T08:00:00+00:00") == "2026-06-12"
    assert parse_iso("2026-06-12T08:00:00Z", keep_time=True) == "2026-06-12T08:00:00Z"
    assert parse_iso("2026-13") is None
    from datetime import date

    today = date(2026, 6, 15)
    assert not is_future("2026-06", today) and is_future("2026-07", today)
    assert is_future("2026-06-16", today) and not is_future("2026", today)


def test_answer_html_keeps_only_googles_tags():
    soup = BeautifulSoup(
        '<div><p class="x">See <a href="/a" onclick="x()">this</a> &amp; <span>that</span>'
        '<img src="i.png"><script>evil()</script></p><table><tr><td>cell</td></tr></table>'
        '<ul><li><u>one</u></li></ul></div>', "lxml")
    html = clean_html(soup.div.children, "https://e.example/post/")
    assert html == ('<p>See <a href="https://e.example/a">this</a> &amp; that</p>cell'
                    "<ul><li>one</li></ul>")


def test_javascript_links_lose_their_href():
    soup = BeautifulSoup('<p><a href="javascript:alert(1)">x</a></p>', "lxml")
    assert clean_html([soup.p]) == "<a>x</a>"


def test_seed_style_review_line(config):
    raw = page('<article><p>Text.</p><p>Medically reviewed by <a href="/bio/">Rainier Guiang</a>, '
               "MD — last reviewed June 2026. Not advice.</p></article>")
    review = extract_bytes(raw, config).review
    assert review.reviewer.name == "Rainier Guiang"
    assert review.reviewer.credentials == ("MD",)
    assert review.reviewer.url == "https://e.example/bio/"
    assert review.last_reviewed == "2026-06"


# A clinician's fact-check is a review when the page states no other (test_review.py).
@pytest.mark.parametrize("line", ["Fact checked by Ann Lee, research editor",
                                  "Fact checked by Ann Lee, MPH", "Edited by Ann Lee, MD"])
def test_an_editors_fact_checking_and_editing_are_not_reviews(line, config):
    assert extract_bytes(page(f"<article><p>{line}</p></article>"), config).review is None


def test_site_footer_review_line_is_ignored(config):
    raw = page("<article><p>Body</p></article>"
               '<footer class="site-footer"><p>Medically reviewed by Ann Lee, MD</p></footer>')
    assert extract_bytes(raw, config).review is None


FAQ_BODY = """<article>
<h2>FAQ</h2>
<p>Intro that belongs to no question.</p>
<h3>First question?</h3><p>One.</p><ul><li>Two</li></ul>
<div class="qa"><h3>Second, without a question mark</h3><p>Three.</p></div>
<aside><p>Advert</p></aside>
<h2>Next section</h2><p>Not an answer.</p>
</article>"""


def test_headings_faq_takes_everything_up_to_the_next_question_or_section(config):
    faq = extract_bytes(page(FAQ_BODY), config).faq
    assert [(i.question, i.answer_html) for i in faq] == [
        ("First question?", "<p>One.</p><ul><li>Two</li></ul>"),
        ("Second, without a question mark", "Three."),
    ]


def test_faq_heading_without_question_headings_is_not_an_faq(config):
    raw = page("<article><h2>Frequently asked questions</h2><p>Call us.</p><h2>More</h2></article>")
    assert extract_bytes(raw, config).faq == ()


def test_faq_in_navigation_or_comments_is_ignored(config):
    raw = page('<nav><h2>FAQ</h2><h3>Menu?</h3><p>x</p></nav>'
               '<div id="comments"><h2>FAQ</h2><h3>Spam?</h3><p>y</p></div>')
    assert extract_bytes(raw, config).faq == ()


def test_details_run_with_questions_is_an_faq_and_a_lone_toggle_is_not(config):
    raw = page("<details><summary>Show transcript</summary><p>words</p></details>"
               "<p>gap</p>"
               "<details><summary>Does it hurt?</summary><p>Rarely.</p></details>\n"
               "<details><summary>Is it safe?</summary><p>Under supervision.</p></details>")
    extraction = extract_bytes(raw, config)
    assert [i.question for i in extraction.faq] == ["Does it hurt?", "Is it safe?"]
    assert extraction.faq_source == "details"


def test_entities_are_decoded_and_whitespace_normalised(config):
    raw = page("<h2>FAQs</h2><h3>Is  it&nbsp;&ldquo;safe&rdquo;?</h3><p>Yes &amp;\n   no.</p>")
    item = extract_bytes(raw, config).faq[0]
    assert item.question == "Is it “safe”?"
    assert item.answer_html == "Yes &amp; no."
