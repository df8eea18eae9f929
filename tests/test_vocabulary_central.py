"""Kazakh, Uzbek (Latin and Cyrillic), Kyrgyz, Tajik, Azerbaijani, Mongolian, Belarusian,
Kurdish (Sorani, Kurmanji), Pashto and Dari review statements and dates, and the Russian,
Spanish, Norwegian and Swedish labels added with them, as Central Asian, Caucasian, Afghan,
Kurdish and Eastern European clinics and health portals print them (review-vocabulary.json,
credentials.json, faq-vocabulary.json). The sentences are invented, shaped like real
bylines."""

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
    # Kazakh: 'Мақаланы тексерген', 'Тексерілген күні', degrees м.ғ.к. / т.ғ.к. after the name
    ("<p>Мақаланы тексерген: Асель Төлегенқызы Мұратова, м.ғ.к., педиатр</p>"
     "<p>Тексерілген күні: 3 наурыз 2026 ж.</p>", "kk",
     ("Асель Төлегенқызы Мұратова", ("м.ғ.к.",), "2026-03-03")),
    ("<p>Материалды тексерген: кардиолог Ерлан Сапаров, т.ғ.к.</p>"
     "<p>Тексерілді: 21 желтоқсан 2025 ж.</p>", "kk",
     ("Ерлан Сапаров", ("т.ғ.к.",), "2025-12-21")),
    # Kyrgyz: 'Текстти текшерген', 'Адис карап чыккан', м.и.к. / фарм.и.к.
    ("<p>Адис карап чыккан: Нурбек Алымкулов, м.и.к., педиатр.</p>"
     "<p>Карап чыккан күнү: 2026 жылдын 9 марты</p>", "ky",
     ("Нурбек Алымкулов", ("м.и.к.",), "2026-03-09")),
    ("<p>Текстти текшерген: фармацевт Айгүл Осмонова, фарм.и.к.</p>"
     "<p>Текшерилген күнү: 14 ноябрь 2025</p>", "ky",
     ("Айгүл Осмонова", ("фарм.и.к.",), "2025-11-14")),
    # Uzbek, Cyrillic: the degree before the name, or after it; Latin script
    ("<p>Тиббий жиҳатдан текширилди: т.ф.д. Жасур Қаюмов, жарроҳ, 4 март 2026 й.</p>", "uz",
     ("Жасур Қаюмов", ("т.ф.д.",), "2026-03-04")),
    ("<p>Маълумот текширилди: Нилуфар Каримова, т.ф.н., педиатр · 2025 йил 17 декабрь</p>",
     "uz", ("Нилуфар Каримова", ("т.ф.н.",), "2025-12-17")),
    ("<p>Maqolani tekshirgan: pediatr Sardor Yusupov, t.f.n.</p>"
     "<p>Tekshirilgan sana: 2026 yil 11 fevral</p>", "uz",
     ("Sardor Yusupov", ("t.f.n.",), "2026-02-11")),
    # Azerbaijani: 'Tibbi cəhətdən yoxlanılıb', 'Yoxlanılma tarixi', the local PhD
    ("<p>Tibbi cəhətdən yoxlanılıb: Dr. Nərmin Əliyeva, kardioloq, tibb üzrə fəlsəfə doktoru"
     "</p><p>Yoxlanılma tarixi: 7 mart 2026</p>", "az",
     ("Nərmin Əliyeva", ("tibb üzrə fəlsəfə doktoru",), "2026-03-07")),
    # Belarusian: 'Праверана', genitive months
    ("<p>Праверана: Сяргей Іванавіч Латышэвіч, к.м.н., урач-тэрапеўт, 5 лютага 2026 г.</p>",
     "be", ("Сяргей Іванавіч Латышэвіч", ("к.м.н.",), "2026-02-05")),
    # Sorani: 'پێداچوونەوەی پزیشکی', 'ڕێکەوتی پێداچوونەوە'
    ("<p>پێداچوونەوەی پزیشکی: د. هێمن ڕەسووڵ ئەحمەد، MBChB — ڕێکەوتی پێداچوونەوە: 2026/02/14</p>",
     "ckb", ("هێمن ڕەسووڵ ئەحمەد", ("MBChB",), "2026-02-14")),
    # Pashto: 'طبي کتنه', the honorific 'ډاکټر', 'د کتنې نېټه'
    ("<p>طبي کتنه: ډاکټر ملالۍ احمدزۍ، MD، د ماشومانو متخصصه. د کتنې نېټه: 2026/03/08</p>",
     "ps", ("ملالۍ احمدزۍ", ("MD",), "2026-03-08")),
    # Russian, Spanish, Norwegian, Arabic
    ("<p>Материал проверен экспертом: Игорь Павлович Смирнов, к.м.н., врач-кардиолог. "
     "Дата проверки: 03.02.2026</p>", "ru", ("Игорь Павлович Смирнов", ("к.м.н.",), "2026-02-03")),
    ("<p>Revisión técnica: Dra. Marta Quiroga Peña, MD, MPH.</p>"
     "<p>Última revisión: 14 de marzo de 2026</p>", "es",
     ("Marta Quiroga Peña", ("MD", "MPH"), "2026-03-14")),
    ("<p>Fagfellevurdert av Knut Aasland, lege.</p><p>Sist gjennomgått 02.02.2026</p>", "nb",
     ("Knut Aasland", (), "2026-02-02")),
    ("<p>راجع المحتوى: د. ليلى منصور، دكتوراه في الطب، طبيبة أطفال</p>"
     "<p>تاريخ المراجعة: 2026/01/20</p>", "ar", ("ليلى منصور", ("دكتوراه في الطب",), "2026-01-20")),
    ("<p>Granskad av: Lena Holmgren, distriktsläkare, med dr</p>"
     "<p>Senast granskad: 2026-01-12</p>", "sv", ("Lena Holmgren", ("med dr",), "2026-01-12")),
])
def test_review_statements_in_central_asian_and_neighbouring_languages(line, lang, expected):
    review = _review(line, lang)
    assert review is not None, line
    assert (review.reviewer.name, review.reviewer.credentials, review.last_reviewed) == expected


@pytest.mark.parametrize(("text", "iso"), [
    ("17 қыркүйек 2026 ж.", "2026-09-17"), ("2 маусым 2025", "2025-06-02"),
    ("2026 жылдын 4 майы", "2026-05-04"), ("12 декабры 2025", "2025-12-12"),
    ("2026 йил 3 январь", "2026-01-03"), ("25 oktabr 2025", "2025-10-25"),
    ("2026 yil 6 sentyabr", "2026-09-06"), ("19 апрели 2026", "2026-04-19"),
    ("11 avqust 2025", "2025-08-11"), ("2026 оны 3-р сарын 15", "2026-03-15"),
    ("28 кастрычніка 2025 г.", "2025-10-28"), ("9 жніўня 2026", "2026-08-09"),
    ("3ê Gulanê 2026", "2026-05-03"), ("14 Sibat 2026", "2026-02-14"),
])
def test_month_names_and_year_marks(text, iso):
    found = find_date(text)
    assert found is not None and found.iso == iso


@pytest.mark.parametrize(("line", "lang", "name"), [
    ("<p>Мақаланы тексерген: Дамир Ахметов, м.ғ.к.</p><p>Жарияланды: 2 наурыз 2026</p>", "kk",
     "Дамир Ахметов"),
    ("<p>Адис карап чыккан: Бакыт Эсенов, м.и.к.</p><p>Жаңыланды: 3 марты 2026</p>", "ky",
     "Бакыт Эсенов"),
    ("<p>Maqolani tekshirgan: Sardor Yusupov, t.f.n.</p><p>E'lon qilingan: 12.02.2026</p>", "uz",
     "Sardor Yusupov"),
    ("<p>Тиббий жиҳатдан текширилди: Жасур Қаюмов, т.ф.д.</p><p>Эълон қилинган: 04.03.2026</p>",
     "uz", "Жасур Қаюмов"),
    ("<p>Tibbi yoxlama: Dr. Nərmin Əliyeva</p><p>Dərc olunub: 7 mart 2026</p>", "az",
     "Nərmin Əliyeva"),
    ("<p>Праверана: Сяргей Латышэвіч, к.м.н.</p><p>Апублікавана: 5 лютага 2026 г.</p>", "be",
     "Сяргей Латышэвіч"),
    ("<p>پێداچوونەوەی پزیشکی: د. هێمن ئەحمەد</p><p>ڕێکەوتی بڵاوکردنەوە: 2026/02/14</p>", "ckb",
     "هێمن ئەحمەد"),
    ("<p>طبي کتنه: ډاکټر ملالۍ احمدزۍ</p><p>د خپرېدو نېټه: 2026/03/08</p>", "ps",
     "ملالۍ احمدزۍ"),
    ("<p>Хянасан: эмч Б. Дорж</p><p>Нийтэлсэн: 2026 оны 3-р сарын 15</p>", "mn", "Б. Дорж"),
])
def test_an_updated_or_published_date_is_not_the_review_date(line, lang, name):
    review = _review(line, lang)
    assert review is not None and review.reviewer is not None, line
    assert (review.reviewer.name, review.last_reviewed) == (name, None)


@pytest.mark.parametrize(("body", "lang", "expected"), [
    ("<h2>Көп берилүүчү суроолор</h2><h3>Тумоо жугуштуубу?</h3><p>Ооба, аба аркылуу жугат.</p>"
     "<h3>Качан дарыгерге баруу керек?</h3><p>Ысытма үч күндөн ашса.</p>", "ky",
     [("Тумоо жугуштуубу?", "Ооба, аба аркылуу жугат."),
      ("Качан дарыгерге баруу керек?", "Ысытма үч күндөн ашса.")]),
    ("<h2>Savol va javoblar</h2><h3>Tahlil qancha davom etadi?</h3><p>Bir kun ichida tayyor.</p>"
     "<h3>Och qoringa kelish kerakmi?</h3><p>Ha, ertalab och qoringa.</p>", "uz",
     [("Tahlil qancha davom etadi?", "Bir kun ichida tayyor."),
      ("Och qoringa kelish kerakmi?", "Ha, ertalab och qoringa.")]),
    ("<h2>Савол-жавоб</h2><p><strong>Савол: Дорини овқатдан кейин ичиш керакми?</strong></p>"
     "<p>Жавоб: Ҳа, овқатдан кейин.</p><p><strong>Савол: Болаларга бериш мумкинми?</strong></p>"
     "<p>Жавоб: Шифокор билан маслаҳатлашинг.</p>", "uz",
     [("Дорини овқатдан кейин ичиш керакми?", "Ҳа, овқатдан кейин."),
      ("Болаларга бериш мумкинми?", "Шифокор билан маслаҳатлашинг.")]),
])
def test_faq_headings_and_labels(body, lang, expected):
    assert _faq(body, lang) == expected
