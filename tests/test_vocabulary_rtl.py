"""Arabic, Persian, Hebrew, Turkish and Urdu review statements and dates as hospitals,
pharmacies, clinics and health portals in those languages print them
(review-vocabulary.json). The sentences are invented, shaped like real bylines."""

from __future__ import annotations

import pytest

from pipeline.dates import find_date
from pipeline.document import Document
from pipeline.extract.review import read_review

from .helpers import page

WRAP = "<main><article><h1>T</h1>{}</article></main>"


def _review(line: str, lang: str):
    raw = page(WRAP.format(f"{line}<p>Text.</p>"), lang=lang)
    return Document.from_bytes(raw).memo(read_review).review


@pytest.mark.parametrize(("line", "lang", "expected"), [
    # Arabic: 'راجعه' / 'راجعته' (he / she reviewed it), with or without 'طبياً', a role
    # word with its article before the name, 'بتاريخ' opening the date's own line.
    ("<p>راجعه: الصيدلاني عمر حسن الزعبي، PharmD</p><p>بتاريخ ٢٠٢٦/٠٣/١٤</p>", "ar",
     ("عمر حسن الزعبي", ("PharmD",), "2026-03-14")),
    ("<p>راجعته طبياً: د. هالة سمير النجار، MBBS</p><p>تاريخ المراجعة: ٩ فبراير ٢٠٢٦</p>",
     "ar", ("هالة سمير النجار", ("MBBS",), "2026-02-09")),
    ("<p>راجعه طبياً: الطبيب يوسف الخطيب</p><p>تاريخ آخر مراجعة: 2026-01-20</p>", "ar-JO",
     ("يوسف الخطيب", (), "2026-01-20")),
    # Persian: 'بررسی‌شده توسط' (with and without the zero-width non-joiner) and 'دکتر'
    # before the name; a Gregorian date is read, the Solar Hijri one is not.
    ("<p>بررسی‌شده توسط دکتر مریم احمدی MD، متخصص داخلی — ۲۰۲۶/۰۲/۱۸</p>", "fa",
     ("مریم احمدی", ("MD",), "2026-02-18")),
    ("<p>بررسی شده توسط دکتر رضا موسوی</p>", "fa", ("رضا موسوی", (), None)),
    ("<p>تایید علمی: دکتر نگار رحیمی</p>", "fa-IR", ("نگار رحیمی", (), None)),
    # Hebrew: 'נסקר ע"י' and 'המידע נבדק ע"י' (the abbreviated 'by'), a role before the name.
    ('<p>הדף נסקר ע"י ד"ר יעל ברגמן, פסיכיאטרית</p>', "he", ("יעל ברגמן", (), None)),
    ('<p>המידע נבדק ע"י הרוקח אבי כהן, B.Pharm</p><p>נבדק: 11/02/2026</p>', "he",
     ("אבי כהן", ("BPharm",), "2026-02-11")),
    ("<p>המאמר נבדק על ידי ד\"ר רון לוי</p>", "he-IL", ("רון לוי", (), None)),
    # Turkish: a label written with a capital 'İ' ('Tıbbi İnceleme', 'İnceleme Tarihi').
    ("<p>Tıbbi İnceleme: Uzm. Dr. Murat Kaya (Kardiyoloji)</p>"
     "<p>İnceleme Tarihi: 04.02.2026</p>", "tr", ("Murat Kaya", (), "2026-02-04")),
    ("<p>TIBBİ İNCELEME: Op. Dr. Elif Şahin</p>", "tr", ("Elif Şahin", (), None)),
    ("<p>İnceleyen: Dyt. Zeynep Arslan</p><p>Son İnceleme: 9 Mart 2026</p>", "tr-TR",
     ("Zeynep Arslan", (), "2026-03-09")),
    # Urdu: 'طبی نظرثانی' and 'ڈاکٹر' before the name, in a pipe-separated byline box.
    ("<p>مضمون نگار: ثنا بٹ | طبی نظرثانی: ڈاکٹر عمران قریشی، MBBS | نظرثانی: ۱۲ مارچ ۲۰۲۶"
     "</p>", "ur", ("عمران قریشی", ("MBBS",), "2026-03-12")),
    ("<p>طبی نظرثانی: ڈاکٹر نازیہ شیخ</p><p>آخری نظرثانی: ۳ فروری ۲۰۲۶</p>", "ur-PK",
     ("نازیہ شیخ", (), "2026-02-03")),
])
def test_review_statements_in_rtl_languages_and_turkish(line, lang, expected):
    review = _review(line, lang)
    assert review is not None, line
    assert (review.reviewer.name, review.reviewer.credentials, review.last_reviewed) == expected


@pytest.mark.parametrize(("line", "lang", "iso"), [
    # a content-review date with no person (a national agency's field)
    ("<p>تاريخ آخر مراجعة للمحتوى: 2026-04-02</p>", "ar", "2026-04-02"),
    ("<p>آخر مراجعة للمحتوى: ١٥ مارس ٢٠٢٦</p>", "ar", "2026-03-15"),
    ("<p>Son inceleme tarihi: 21.01.2026</p>", "tr", "2026-01-21"),
    ("<p>İnceleme Tarihi: 3 Şubat 2026</p>", "tr", "2026-02-03"),
])
def test_review_dates_in_rtl_languages_and_turkish(line, lang, iso):
    review = _review(line, lang)
    assert review is not None, line
    assert review.last_reviewed == iso


@pytest.mark.parametrize(("text", "iso"), [
    # the Maghreb month names (Moroccan, Algerian press)
    ("الرباط - ٢٢ نونبر ٢٠٢٦", "2026-11-22"),
    ("3 غشت 2026", "2026-08-03"),
    ("١٤ شتنبر ٢٠٢٥", "2025-09-14"),
    ("5 دجنبر 2025", "2025-12-05"),
    ("يوليوز 2026", "2026-07"),
])
def test_maghreb_month_names(text, iso):
    found = find_date(text)
    assert found is not None and found.iso == iso


@pytest.mark.parametrize(("line", "lang", "name"), [
    ("<p>راجعه طبياً: د. سامي العلي</p><p>تاريخ آخر تحديث: ٢ ديسمبر ٢٠٢٦</p>", "ar",
     "سامي العلي"),
    ("<p>بررسی شده توسط دکتر لیلا کاظمی</p><p>تاریخ به‌روزرسانی: ۲۰۲۶/۰۵/۰۱</p>", "fa",
     "لیلا کاظمی"),
    ("<p>Tıbbi İnceleme: Uzm. Dr. Ayşe Demir</p><p>Güncelleme Tarihi: 01.12.2026</p>", "tr",
     "Ayşe Demir"),
    ("<p>Tıbbi inceleme: Dr. Kerem Öz | Son güncelleme: 5 Ocak 2026</p>", "tr", "Kerem Öz"),
    ("<p>طبی نظرثانی: ڈاکٹر فرحان علی</p><p>اپ ڈیٹ: ۲۸ نومبر ۲۰۲۶</p>", "ur", "فرحان علی"),
])
def test_an_update_line_is_not_the_review_date(line, lang, name):
    review = _review(line, lang)
    assert review is not None and review.reviewer is not None, line
    assert (review.reviewer.name, review.last_reviewed) == (name, None)


@pytest.mark.parametrize(("line", "lang"), [
    ("<p>إعداد: لمى الحربي</p><p>آخر تحديث: ٤ يناير ٢٠٢٦</p>", "ar"),
    ("<p>حاورها: سعيد الفاسي</p><p>الدار البيضاء - ١٠ نونبر ٢٠٢٦</p>", "ar-MA"),
    ("<p>מאת מיכל רוזן, דוברות</p><p>12.03.2026</p>", "he"),
    ("<p>Hazırlayan: Deniz Yıldız</p><p>Güncelleme Tarihi: 01.12.2026</p>", "tr"),
    ("<p>رپورٹ: عامر خان ، لاہور</p><p>اپ ڈیٹ: ۲ مارچ ۲۰۲۶</p>", "ur"),
])
def test_a_writer_and_a_page_date_state_no_review(line, lang):
    assert _review(line, lang) is None
