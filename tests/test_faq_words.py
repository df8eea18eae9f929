"""The FAQ vocabulary (pipeline/data/faq-vocabulary.json) as the section reader uses it:
which text announces an FAQ, is phrased as a question, is a section title, carries a label."""

from __future__ import annotations

import pytest

from pipeline.extract.faq.shapes import reported
from pipeline.extract.faq.words import class_part, vocabulary
from pipeline.keys import fold

WORDS = vocabulary()


@pytest.mark.parametrize("text", [
    "FAQ", "FAQs", "Recipe FAQs", "Ketamine FAQs:", "Frequently Asked Questions",
    "Frequently asked questions about statins", "Your questions, answered", "Common questions",
    "Questions & answers", "Q&A with our nurse", "Eczema F.A.Q.", "Food allergy questions",
    "Knee replacement questions:", "Questions pet owners ask", "Questions our patients ask us",
    "Preguntas que nos hacen", "Häufige Fragen", "Knie-Fragen", "Questions I get asked",
    "よくある質問", "자주 묻는 질문", "Συχνές ερωτήσεις", "Часто задаваемые вопросы",
    "Algemene vrae", "Mga madalas itanong", "Ceisteanna coitianta",
    "அடிக்கடி கேட்கப்படும் கேள்விகள்",
    "Quick questions from the inbox", "Mailbag: iron and fatigue", "You asked, I answered",
    "Soalan Lazim", "Frequently asked", "Commonly asked:", "The questions you sent me",
    "Questions I get asked in clinic", "Questions we are asked at reception",
    "Questions we get asked by new parents",
    "Întrebări frecvente", "Najčastejšie otázky o očkovaní", "Često postavljana pitanja",
    "Најчешћа питања", "Pitanja i odgovori", "Česta pitanja o alergijama",
    "Често задавани въпроси", "Часті запитання", "Најчесто поставувани прашања",
    "সচরাচর জিজ্ঞাসিত প্রশ্নাবলী", "वारंवार विचारले जाणारे प्रश्न", "વારંવાર પૂછાતા પ્રશ્નો",
    "తరచుగా అడిగే ప్రశ్నలు", "නිතර අසන ප්‍රශ්න", "प्रायः सोधिने प्रश्नहरू",
    "ಪದೇ ಪದೇ ಕೇಳಲಾಗುವ ಪ್ರಶ್ನೆಗಳು", "പതിവ് ചോദ്യങ്ങൾ", "ਅਕਸਰ ਪੁੱਛੇ ਜਾਣ ਵਾਲੇ ਸਵਾਲ",
    "Tambayoyin da ake yawan yi", "Àwọn ìbéèrè tí a máa ń béèrè", "Ibeere ati idahun nipa iba",
    "Imibuzo evame ukubuzwa", "ተደጋግመው የሚጠየቁ ጥያቄዎች", "ডায়াবেটিস: প্রশ্ন ও উত্তর",
    "Korduma kippuvad küsimused", "Biežāk uzdotie jautājumi", "Dažniausiai užduodami klausimai",
    "Gyakran ismételt kérdések", "GYIK",
    "Questions? We've got answers.", "Got questions? We have answers",  # Wix (h345)
])
def test_faq_labels(text):
    assert WORDS.announces_faq(text)


@pytest.mark.parametrize("text", [
    "Faqir's story", "Questionable claims", "Ask the pharmacist", "Popular questions",
    "Related questions", "More questions?", "Questions to ask your doctor",
    "Still have questions?", "Questions", "Questions?", "Questions? Ask us",
    "Questions to ask about your bill at the front desk", "Weitere Fragen",
    "Questions you may want to ask", "Questions patients should ask",
    "Sources", "Related reading", "Questions you should ask at your appointment",
])
def test_not_faq_labels(text):
    assert not WORDS.announces_faq(text)


@pytest.mark.parametrize("text", [
    "Can I freeze it?", "How long does it keep", "Is it safe for children?",
    "What’s the difference between the two?", "Why do my cookies spread?\u00a0",
    "Can I use other recipes’ frosting?", "Will my kids love it?",
])
def test_questions(text):
    assert WORDS.is_question(text)


@pytest.mark.parametrize("text", [
    "Related reading", "Recipe Notes", "Sources", "More Small Cake Recipes",
    "TOOLS USED TO MAKE THIS CAKE", "Hope You Love It As Much As I Do!", "Nutrition",
    "Print", "About the author", "You may also like",
])
def test_section_titles_end_an_faq(text):
    assert WORDS.is_title(text)
    assert not WORDS.is_question(text)


@pytest.mark.parametrize("text", [
    "Painkiller overuse and rebound headaches", "When is a headache an emergency?",
    "Is it ok to eat more fibre?", "What to do if you miss a dose",
])
def test_headings_that_are_not_titles(text):
    assert not WORDS.is_title(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Q: Is it safe?", "Is it safe?"), ("Q1. Is it safe?", "Is it safe?"),
    ("Q 12) Is it safe?", "Is it safe?"), ("Question 3: Is it safe?", "Is it safe?"),
    ("1. Is it safe?", "Is it safe?"), ("Is it safe?", "Is it safe?"),
    ("Quick oats or rolled?", "Quick oats or rolled?"),
    ("2024 rules: what changed?", "2024 rules: what changed?"),
    ("Întrebare: Doare?", "Doare?"), ("Î: Doare?", "Doare?"),
    ("Pitanje: Boli li?", "Boli li?"), ("Питање 1. Да ли боли?", "Да ли боли?"),
    ("Въпрос: Боли ли?", "Боли ли?"), ("Питання: Чи боляче?", "Чи боляче?"),
    ("Прашање 3) Дали боли?", "Дали боли?"),
    ("প্রশ্ন: ইনসুলিন কি নিরাপদ?", "ইনসুলিন কি নিরাপদ?"), ("પ્રશ્ન: શું તે સલામત છે?", "શું તે સલામત છે?"),
    ("ప్రశ్న 1. ఇది సురక్షితమేనా?", "ఇది సురక్షితమేనా?"), ("ප්‍රශ්නය: එය ආරක්ෂිතද?", "එය ආරක්ෂිතද?"),
    ("ಪ್ರಶ್ನೆ: ಇದು ಸುರಕ್ಷಿತವೇ?", "ಇದು ಸುರಕ್ಷಿತವೇ?"), ("ചോദ്യം: ഇത് സുരക്ഷിതമാണോ?", "ഇത് സുരക്ഷിതമാണോ?"),
    ("ਸਵਾਲ: ਕੀ ਇਹ ਸੁਰੱਖਿਅਤ ਹੈ?", "ਕੀ ਇਹ ਸੁਰੱਖਿਅਤ ਹੈ?"), ("Tambaya 3: Shin yana da lafiya?", "Shin yana da lafiya?"),
    ("Ìbéèrè: Ṣé ó léwu?", "Ṣé ó léwu?"), ("Umbuzo 1: Ingabe kuphephile?", "Ingabe kuphephile?"),
    ("ጥያቄ: ደህንነቱ የተጠበቀ ነው?", "ደህንነቱ የተጠበቀ ነው?"),
    ("Küsimus: Kas see valutab?", "Kas see valutab?"), ("Jautājums: Vai tas sāp?", "Vai tas sāp?"),
    ("Klausimas 2: Ar tai skauda?", "Ar tai skauda?"), ("Kérdés: Fáj?", "Fáj?"), ("K: Fáj?", "Fáj?"),
    ("Fråga: Gör det ont?", "Gör det ont?"), ("Spørgsmål 1. Gør det ondt?", "Gør det ondt?"),
])
def test_question_labels_are_not_part_of_the_name(text, name):
    assert text[WORDS.label_end(text):] == name


def test_answer_labels():
    assert WORDS.label_end("A: Yes.", answer=True) == 3
    for text in ("Răspuns: Da.", "R: Da.", "Odpoveď: Áno.", "Odgovor: Da.", "Одговор: Да.",
                 "Отговор: Да.", "Відповідь: Так."):
        assert text[WORDS.label_end(text, answer=True):] == text.split(": ", 1)[1], text
    assert WORDS.label_end("Always.", answer=True) == 0


@pytest.mark.parametrize(("text", "end"), [
    ("উত্তর: হ্যাঁ।", 7), ("જવાબ: હા.", 6), ("సమాధానం: అవును.", 9),
    ("පිළිතුර: ඔව්.", 9), ("जवाफ: हो।", 6), ("ಉತ್ತರ: ಹೌದು.", 7), ("ഉത്തരം: അതെ.", 8),
    ("ਜਵਾਬ: ਹਾਂ।", 6), ("Amsa: Eh.", 6), ("Ìdáhùn: Bẹ́ẹ̀ ni.", 8), ("Impendulo: Yebo.", 11),
    ("መልስ: አዎ።", 5),
    ("Vastus: Jah.", 8), ("Atbilde: Jā.", 9), ("Atsakymas: Taip.", 11), ("Válasz: Igen.", 8),
    ("Svar: Ja.", 6),
])
def test_answer_labels_in_more_languages(text, end):
    assert WORDS.label_end(text, answer=True) == end


@pytest.mark.parametrize("text", [
    "Looking for more vegetarian recipes?", "Want more soups?", "Did you make this recipe?",
])
def test_invitations_are_titles_even_with_a_question_mark(text):
    assert WORDS.is_title(text)


@pytest.mark.parametrize(("text", "asks"), [
    ("¿Qué es una infusión — y cómo funciona? 🙂", True), ("点滴の表示は安全ですか？ソ", True),
    ("Können Patienten danach fahren? Ça dépend’", True), ("How it works", True),
    ("هل يمكن علاج فقر الدم بالغذاء وحده؟", True), ("Πονάει η εξέταση\u037e", True),
    ("Greek Yogurt / Mayonnaise", False), ("Tips & Tricks", False),
    ("Wat is 'n voorafgemagtiging", True), ("Paano ito maiiwasan", True),
    ("Conas a sheiceálann tú é", True),
    ("Cum se tratează răceala", True), ("Kedy ísť k lekárovi", True),
    ("Kako se liječi upala", True), ("Да ли је безбедно", True), ("Koliko dugo traje", True),
    ("Защо боли гърлото", True), ("Чи можна пити каву", True),
    ("Зошто се појавува", True),
    ("Kuidas ravida nohu", True), ("Kā ārstēt klepu", True), ("Kaip gydyti slogą", True),
    ("Hogyan kezeljük a náthát", True),
    ("CAD risk factors", False), ("Sino-nasal polyps", False),  # not Irish "cad", Filipino "sino"
])
def test_phrased_as_question_in_any_language(text, asks):
    assert WORDS.phrased_as_question(text) is asks


@pytest.mark.parametrize(("html", "label"), [
    ('<p><span class="qa-label">A</span>花粉が飛ぶ前から</p>', True),  # its own element
    ("<p><em>A.</em> Yes, within a day.</p>", True),
    ('<p><span class="dropcap">A</span>lthough rare, it happens.</p>', False),  # a drop cap
    ("<p><strong>A</strong> few days at most.</p>", False),  # the word "A", in bold
])
def test_an_answer_label_in_its_own_element(html, label):
    from bs4 import BeautifulSoup

    from pipeline.extract.faq.shapes import label_element

    paragraph = BeautifulSoup(html, "lxml").p
    assert label_element(paragraph.contents[0], answer=True) is label


def test_a_toggles_words_after_the_question_are_not_part_of_its_name():
    from bs4 import BeautifulSoup

    from pipeline.extract.faq.base import visible_name

    button = BeautifulSoup(
        '<button><span class="govuk-accordion__section-heading-text">Do I need a new dose'
        ' every year?</span><span class="govuk-accordion__section-toggle">'
        '<span class="govuk-accordion__section-toggle-text">Show</span></span></button>'
        "<h3><span>Show</span> me the dose table</h3>", "lxml")
    assert visible_name(button.button) == "Do I need a new dose every year?"
    assert visible_name(button.h3) == "Show me the dose table"  # before the words: kept


@pytest.mark.parametrize(("text", "quoted"), [
    ('New question: "Did the pain start during physical activity?"', True),
    ("She asked, “Is it safe to fly?”", True),
    ('"Can I eat before the test?"', False), ("“Can I drive home?”", False),
    ("Is it safe?", False),
])
def test_a_question_quoted_after_other_words_is_reported_speech(text, quoted):
    assert reported(text) is quoted


@pytest.mark.parametrize(("token", "part"), [
    ("su-spoiler-title", "title"), ("faq-q", "q"), ("qa-a", "a"),
    ("c1-q", ""), ("c1-b", ""),  # GoDaddy's generated atomic classes (eval h147)
])
def test_a_generated_atomic_class_names_no_part(token, part):
    assert class_part(token) == part


@pytest.mark.parametrize("heading", ["Preguntas sobre la donación de plasma",
                                     "Questions sur la vaccination", "Fragen zur Impfung",
                                     "Domande sulla donazione", "Perguntas sobre a doação"])
def test_questions_about_a_subject_is_an_faq_label_in_each_language(heading):
    assert vocabulary().announces_faq(fold(heading))
