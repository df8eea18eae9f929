"""Lithuanian, Latvian, Macedonian, Maltese, Slovenian, Albanian, Romanian, Georgian and
Armenian review statements, dates and FAQ headings as hospitals, pharmacies and health
portals print them (review-vocabulary.json, faq-vocabulary.json, credentials.json). The
sentences are invented, shaped like real bylines."""

from __future__ import annotations

import pytest

from pipeline.dates import find_date
from pipeline.document import Document
from pipeline.extract.faq import find_faq
from pipeline.extract.review import read_review

from .helpers import page

WRAP = "<main><article><h1>T</h1>{}</article></main>"


def _review(line: str, lang: str):
    raw = page(WRAP.format(f"{line}<p>Text.</p>"), lang=lang)
    return Document.from_bytes(raw).memo(read_review).review


def _faq(body: str, lang: str) -> list[tuple[str, str]]:
    raw = (f"<!DOCTYPE html><html lang={lang}><head><title>T</title></head><body><main>"
           f"<h1>T</h1><p>Intro.</p>{body}</main></body></html>").encode()
    items, _ = find_faq(Document.from_bytes(raw), "https://e.example/")
    return [(i.question, i.answer_html) for i in items]


@pytest.mark.parametrize(("line", "lang", "expected"), [
    # Lithuanian: 'Medicininį turinį peržiūrėjo', 'gyd.' with a specialty before the name
    ("<div>Medicininį turinį peržiūrėjo: gyd. endokrinologė Rasa Žukauskienė · "
     "Peržiūrėta 2026 m. vasario 3 d.</div>", "lt", ("Rasa Žukauskienė", (), "2026-02-03")),
    ("<p>Turinį patikrino: gyd. pediatras Darius Kazlauskas</p>"
     "<p>Patikrinta: 2025-11-20</p>", "lt", ("Darius Kazlauskas", (), "2025-11-20")),
    # Latvian: 'Medicīniski pārbaudīja', a degree and a role after the name
    ("<p>Medicīniski pārbaudīja: Ieva Krūmiņa, Dr. med., ģimenes ārste</p>"
     "<p>Pārbaudīts 2026. gada 4. martā</p>", "lv", ("Ieva Krūmiņa", ("dr. med.",),
                                                      "2026-03-04")),
    ("<p>Saturu pārskatīja: farmaceits Roberts Ozoliņš, Mg. pharm.</p>"
     "<p>Pārskatīts: 12.01.2026</p>", "lv", ("Roberts Ozoliņš", ("Mg. pharm.",),
                                             "2026-01-12")),
    # Macedonian: 'Стручно прегледано од', 'Прегледано:' dates it
    ("<p>Стручно прегледано од: д-р Марија Илиевска, специјалист по педијатрија</p>"
     "<p>Прегледано: 14.02.2026</p>", "mk", ("Марија Илиевска", (), "2026-02-14")),
    # Maltese: 'Rivedut minn', 'Data tar-reviżjoni', the month after "ta'"
    ("<p>Rivedut minn: Dr Joseph Borg, MD, MRCP (UK)</p>"
     "<p>Data tar-reviżjoni: 12 ta' Marzu 2026</p>", "mt",
     ("Joseph Borg", ("MD", "MRCP(UK)"), "2026-03-12")),
    ("<p>Riveduta minn: Dr Anna Vella, MD</p><p>Data tar-reviżjoni: 3 Diċembru 2025</p>",
     "mt", ("Anna Vella", ("MD",), "2025-12-03")),
    # Slovenian: 'Strokovno pregledal(a)', 'dr. med.' and a 'spec.' title after the name
    ("<p>Strokovno pregledal: Matej Horvat, dr. med., spec. družinske medicine</p>"
     "<p>Datum pregleda: 5. 3. 2026</p>", "sl",
     ("Matej Horvat", ("dr. med.", "spec. družinske medicine"), "2026-03-05")),
    ("<p>Strokovno pregledala: Petra Zupančič, dr. med.</p>"
     "<p>Datum pregleda: 21. januarja 2026</p>", "sl",
     ("Petra Zupančič", ("dr. med.",), "2026-01-21")),
    # Albanian: 'Rishikuar nga', 'Rishikuar më', the month in lower case
    ("<p>Rishikuar nga: Dr. Blerina Gashi, PhD</p><p>Rishikuar më: 7 nëntor 2025</p>", "sq",
     ("Blerina Gashi", ("PhD",), "2025-11-07")),
    ("<p>Shqyrtuar nga: Dr. Ilir Berisha, MD</p><p>Rishikuar më: 2 mars 2026</p>", "sq",
     ("Ilir Berisha", ("MD",), "2026-03-02")),
    # Georgian: a name in Mkhedruli letters, which Unicode calls lower case
    ("<p>რეცენზენტი: გიორგი კაპანაძე, MD, PhD</p><p>გადახედვის თარიღი: 2026 წლის 2 მარტი</p>",
     "ka", ("გიორგი კაპანაძე", ("MD", "PhD"), "2026-03-02")),
    # Armenian: a one-word label before its '՝', an Armenian degree after the name
    ("<p>Գրախոս՝ Անի Հովհաննիսյան, բ.գ.թ.<br>Վերանայված է՝ 11.05.2026</p>", "hy",
     ("Անի Հովհաննիսյան", ("բ.գ.թ.",), "2026-05-11")),
    # Slovenian pharmacy and Bosnian health-centre titles after the name (eval h527)
    ("<p>Strokovno pregledala: Petra Novak, mag. farm., spec. klin. farm.</p>", "sl",
     ("Petra Novak", ("mag. farm.", "spec. klin. farm."), None)),
    ("<p>Stručno pregledala: prim. dr. Amra Hadžić, spec. pedijatrije<br>Datum pregleda: "
     "15. 3. 2026.</p>", "bs", ("Amra Hadžić", ("spec. pedijatrije",), "2026-03-15")),
])
def test_review_statements_in_balkan_and_baltic_languages(line, lang, expected):
    review = _review(line, lang)
    assert review is not None, line
    assert (review.reviewer.name, review.reviewer.credentials, review.last_reviewed) == expected


@pytest.mark.parametrize(("line", "lang", "iso"), [
    # a review date alone
    ("<p>გადახედვის თარიღი: 2026 წლის 14 მარტი</p>", "ka", "2026-03-14"),
    ("<p>Վերանայված է՝ 03.02.2026</p>", "hy", "2026-02-03"),
    ("<p>Rishikuar më: 30 qershor 2026</p>", "sq", "2026-06-30"),
    ("<p>Datum pregleda: 9. 12. 2025</p>", "sl", "2025-12-09"),
])
def test_review_dates_without_a_named_reviewer(line, lang, iso):
    review = _review(line, lang)
    assert review is not None, line
    assert review.last_reviewed == iso


@pytest.mark.parametrize(("line", "lang", "name"), [
    ("<p>Стручно прегледано од: д-р Петар Николовски</p>"
     "<p>Последна измена: 20.03.2026</p>", "mk", "Петар Николовски"),
    ("<p>Rivedut minn: Dr Mark Zammit, MD</p><p>Reviżjoni li jmiss: Marzu 2028</p>", "mt",
     "Mark Zammit"),
    ("<p>Strokovno pregledala: Tina Kralj, dr. med.</p>"
     "<p>Naslednji pregled vsebine: maj 2027</p>", "sl", "Tina Kralj"),
    ("<p>Rishikuar nga: Dr. Arta Krasniqi, MD · Përditësuar më 04.04.2026</p>", "sq",
     "Arta Krasniqi"),
])
def test_an_updated_or_next_review_date_is_not_the_review_date(line, lang, name):
    review = _review(line, lang)
    assert review is not None and review.reviewer is not None, line
    assert (review.reviewer.name, review.last_reviewed) == (name, None)


@pytest.mark.parametrize(("line", "lang"), [
    # a product's checking laboratory, patients' ratings, an update line: no review
    ("<div><h3>Magneziu 375 mg</h3><p>Produs verificat de: Laborator Control Calitate</p>"
     "</div>", "ro"),
    ("<p>Vlerësuar nga pacientët: 4,9/5</p><p>Përditësuar më 02.02.2026</p>", "sq"),
    ("<p>Objavljeno 3. 2. 2026</p>", "sl"),
])
def test_a_product_check_a_rating_or_a_page_date_state_no_review(line, lang):
    assert _review(line, lang) is None


@pytest.mark.parametrize(("text", "iso"), [
    ("12 ta' Jannar 2026", "2026-01-12"), ("4 Awwissu 2025", "2025-08-04"),
    ("21. februarja 2026", "2026-02-21"), ("5 korrik 2025", "2025-07-05"),
    ("2026 წლის 9 თებერვალი", "2026-02-09"), ("17 dhjetor 2025", "2025-12-17"),
])
def test_month_names(text, iso):
    found = find_date(text)
    assert found is not None and found.iso == iso


@pytest.mark.parametrize(("body", "lang", "expected"), [
    ("<h2>Pogosta vprašanja</h2><h3>Ali je cepljenje varno?</h3><p>Da, je varno.</p>"
     "<h3>Kdaj se cepimo?</h3><p>Jeseni.</p>", "sl",
     [("Ali je cepljenje varno?", "Da, je varno."), ("Kdaj se cepimo?", "Jeseni.")]),
    ("<h2>Pyetje të shpeshta</h2><h3>Sa zgjat vizita?</h3><p>Rreth 20 minuta.</p>"
     "<h3>A duhet rezervim?</h3><p>Po, me telefon.</p>", "sq",
     [("Sa zgjat vizita?", "Rreth 20 minuta."), ("A duhet rezervim?", "Po, me telefon.")]),
    ("<h2>Mistoqsijiet Frekwenti</h2><h3>Kemm idum l-eżami?</h3><p>Madwar siegħa.</p>"
     "<h3>Irrid nieħu xi ħaġa miegħi?</h3><p>Il-karta tal-identità.</p>", "mt",
     [("Kemm idum l-eżami?", "Madwar siegħa."),
      ("Irrid nieħu xi ħaġa miegħi?", "Il-karta tal-identità.")]),
])
def test_faq_headings(body, lang, expected):
    assert _faq(body, lang) == expected
