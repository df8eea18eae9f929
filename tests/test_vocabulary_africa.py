"""Swahili, Hausa, Yoruba, Amharic, Zulu and Afrikaans review statements and dates as African
ministries, hospitals, pharmacies and health media print them (review-vocabulary.json). The
sentences are invented, shaped like real bylines."""

from __future__ import annotations

import pytest

from pipeline.document import Document
from pipeline.extract.review import read_review

from .helpers import page

WRAP = "<main><article><h1>T</h1>{}</article></main>"


def _review(line: str, lang: str):
    raw = page(WRAP.format(f"{line}<p>Text.</p>"), lang=lang)
    return Document.from_bytes(raw).memo(read_review).review


@pytest.mark.parametrize(("line", "lang", "expected"), [
    # Swahili: 'kitaalamu' (professionally) qualifies the label, 'Mpitiaji' is the noun one.
    ("<p>Imepitiwa kitaalamu na Dkt. Amina Njoroge, MBChB</p>"
     "<p>Tarehe ya kupitiwa: 21/09/2025</p>", "sw", ("Amina Njoroge", ("MBChB",), "2025-09-21")),
    ("<p>Mpitiaji: Dkt. Juma Mwakyusa, MD</p><p>Ilipitiwa mwisho: 5 Juni 2026</p>", "sw",
     ("Juma Mwakyusa", ("MD",), "2026-06-05")),
    # Hausa: 'Likitan da ya duba' / 'Likitar da ta duba' (the doctor who checked), the date
    # label 'An duba ranar' with 'ga' between the day and the month.
    ("<p><strong>Likitar da ta duba:</strong> Dr. Maryam Sani, MBBS</p>"
     "<p>An duba ranar 3 ga Maris, 2026</p>", "ha", ("Maryam Sani", ("MBBS",), "2026-03-03")),
    ("<p><strong>Likitan da ya tantance:</strong> Dr. Sani Garba, MBBS, FMCP</p>"
     "<p>An tantance ranar 7 ga Yuli, 2025</p>", "ha", ("Sani Garba", ("MBBS", "FMCP"), "2025-07-07")),
    # Yoruba: 'Olùyẹ̀wò' (reviewer), with and without tone marks; 'Onímọ̀ oògùn' (pharmacist)
    # before the name; 'Oṣù àyẹ̀wò' (month of review) with a Yoruba month.
    ("<p><strong>Olùyẹ̀wò:</strong> Onímọ̀ oògùn Tádé Ògúnlẹ́yẹ, BPharm<br>"
     "<strong>Oṣù àyẹ̀wò:</strong> Ògún 2025</p>", "yo", ("Tádé Ògúnlẹ́yẹ", ("BPharm",), "2025-08")),
    ("<p>Oluyewo: Dokita Bisi Adeleke, MBBS</p><p>Osu ayewo: Ọ̀pẹ̀ 2025</p>", "yo",
     ("Bisi Adeleke", ("MBBS",), "2025-12")),
    # Amharic: the labels with the Ethiopic preface colon '፦' written onto them.
    ("<p>በሕክምና የገመገሙት፦ ዶ/ር ሳሙኤል ደስታ, MD</p><p>የተገመገመበት ቀን፦ 21/09/2025</p>", "am",
     ("ሳሙኤል ደስታ", ("MD",), "2025-09-21")),
    ("<p><strong>የገመገሙት፦</strong> ዶ/ር ትዕግስት ወልዴ (MD, MPH)</p>"
     "<p><strong>የግምገማ ቀን፦</strong> 04/03/2026</p>", "am",
     ("ትዕግስት ወልዴ", ("MD", "MPH"), "2026-03-04")),
    ("<p>የሕክምና ግምገማ፦ ዶ/ር ዳዊት አበራ, MD</p>", "am", ("ዳዊት አበራ", ("MD",), None)),
    # Afrikaans: 'Vakkundige hersiening' (expert review) as a heading over the reviewer.
    ("<h4>Vakkundige hersiening</h4><p>Dr. Pieter Botha, MBChB, MMed<br>"
     "Hersien op: 2025/11/04</p>", "af", ("Pieter Botha", ("MBChB", "MMed"), "2025-11-04")),
    ("<p>Mediese hersiening: dr. Annelie Steyn, MBChB</p><p>Datum hersien: 9 Maart 2026</p>",
     "af", ("Annelie Steyn", ("MBChB",), "2026-03-09")),
    ("<p>Vakkundig nagegaan deur dr. Johan van Wyk, MBChB</p>", "af",
     ("Johan van Wyk", ("MBChB",), None)),
])
def test_review_statements_in_african_languages(line, lang, expected):
    review = _review(line, lang)
    assert review is not None, line
    assert (review.reviewer.name, review.reviewer.credentials, review.last_reviewed) == expected


@pytest.mark.parametrize(("line", "lang", "iso"), [
    ("<p>Imepitiwa na Dkt. Neema Kimaro</p><p>Tarehe ya mapitio: 12 Oktoba 2025</p>", "sw",
     "2025-10-12"),
    ("<p>Imepitiwa na Dkt. Neema Kimaro</p><p>Imepitiwa mwisho: 30/01/2026</p>", "sw",
     "2026-01-30"),
    ("<p>An duba ta Dr. Bala Usman</p><p>An duba ranar 15 ga Nuwamba, 2025</p>", "ha",
     "2025-11-15"),
    ("<p>Àyẹ̀wò ìṣègùn láti ọwọ́ Dókítà Ṣadé Olúwọlé</p><p>Oṣù àyẹ̀wò: Ẹ̀bibi 2026</p>", "yo",
     "2026-05"),
    ("<p>የሕክምና ግምገማ፦ ዶ/ር ሳሙኤል ደስታ</p><p>ለመጨረሻ ጊዜ የተገመገመው፦ 14/02/2026</p>", "am",
     "2026-02-14"),
    ("<p>Mediese hersiening: dr. Marike Venter</p><p>Hersien op: 18 Junie 2025</p>", "af",
     "2025-06-18"),
])
def test_review_dates_in_african_languages(line, lang, iso):
    review = _review(line, lang)
    assert review is not None and review.reviewer is not None, line
    assert review.last_reviewed == iso


@pytest.mark.parametrize(("line", "lang", "name"), [
    # the next review ('Ukaguzi ujao', 'Ukubuyekezwa okulandelayo', 'Volgende hersiening'),
    # an update ('Imesasishwa', 'An sabunta', 'ተሻሽሎ የወጣው') or a publication
    # ('Ishicilelwe', 'Ọjọ́ ìtẹ̀jáde') dates no review
    ("<p>Imepitiwa kitaalamu na Dkt. Neema Kimaro</p><p>Ukaguzi ujao: 09/2027</p>", "sw",
     "Neema Kimaro"),
    ("<p>Imepitiwa na Dkt. Neema Kimaro</p><p>Imesasishwa: 12 Oktoba 2025</p>", "sw",
     "Neema Kimaro"),
    ("<p><strong>Likitan da ya duba:</strong> Dr. Bala Usman</p>"
     "<p>An sabunta 15 ga Nuwamba, 2025</p>", "ha", "Bala Usman"),
    ("<p><strong>Olùyẹ̀wò:</strong> Dókítà Ṣadé Olúwọlé</p><p>Ọjọ́ ìtẹ̀jáde: 10/02/2026</p>",
     "yo", "Ṣadé Olúwọlé"),
    ("<p>የሕክምና ግምገማ፦ ዶ/ር ሳሙኤል ደስታ</p><p>ተሻሽሎ የወጣው፦ 14/02/2026</p>", "am",
     "ሳሙኤል ደስታ"),
    ("<p>Kubuyekezwe ngu-Dkt. Thandeka Mthembu</p><p>Ishicilelwe ngo-3 Mashi 2026</p>", "zu",
     "Thandeka Mthembu"),
    ("<p>Kubuyekezwe ngu-Dkt. Thandeka Mthembu</p><p>Ukubuyekezwa okulandelayo: 2028</p>", "zu",
     "Thandeka Mthembu"),
    ("<h4>Vakkundige hersiening</h4><p>Dr. Pieter Botha, MBChB<br>"
     "Volgende hersiening: Maart 2028</p>", "af", "Pieter Botha"),
])
def test_an_update_or_next_review_is_not_the_review_date(line, lang, name):
    review = _review(line, lang)
    assert review is not None and review.reviewer is not None, line
    assert (review.reviewer.name, review.last_reviewed) == (name, None)
