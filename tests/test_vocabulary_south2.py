"""Khmer, Lao, Burmese, Dzongkha, Tibetan, Malagasy, Somali, Tigrinya, Kinyarwanda and
Haitian Creole review statements, dates and FAQs as health sites print them
(review-vocabulary.json, faq-vocabulary.json). The sentences are invented, shaped like real
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
    # Haitian Creole: 'Revize pa' (reviewed by), 'Verifye pa', the date after a dash
    ("<p>Revize pa Dr. Wilnèr Désir, MD — 3 mas 2026</p>", "ht",
     ("Wilnèr Désir", ("MD",), "2026-03-03")),
    ("<p>Verifye pa: Doktè Nadège Pierre, MD</p><p>Dat revizyon: 21 oktòb 2025</p>", "ht",
     ("Nadège Pierre", ("MD",), "2025-10-21")),
    # Malagasy: the genitive label glued with its apostrophe
    ("<p>Nojeren'i: Dr Hery Rakotomalala, MD – 9 Jona 2025</p>", "mg",
     ("Hery Rakotomalala", ("MD",), "2025-06-09")),
    ("<p>Nohamarinin'i: Dr Voahangy Razafy, MPH</p><p>Daty nanamarinana: 2 Desambra 2025</p>",
     "mg", ("Voahangy Razafy", ("MPH",), "2025-12-02")),
    # Kinyarwanda: 'Byasuzumwe na', elided before a role, 'ku wa' before the day
    ("<p>Byasuzumwe na Dr. Patrick Habimana, MD, ku wa 12 Gicurasi 2025.</p>", "rw",
     ("Patrick Habimana", ("MD",), "2025-05-12")),
    ("<p>Byagenzuwe n'umuganga Diane Ingabire, MBBS · Nzeri 2025</p>", "rw",
     ("Diane Ingabire", ("MBBS",), "2025-09")),
    # Somali: 'Waxaa dib u eegay', day-first numeric dates
    ("<p>Waxaa dib u eegay: Dr. Faadumo Cali Nuur, MBBS</p>"
     "<p>Taariikhda dib u eegista: 05/11/2025</p>", "so",
     ("Faadumo Cali Nuur", ("MBBS",), "2025-11-05")),
    ("<p>Dib u eegay Axmed Yuusuf Warsame, RN · 14 Oktoobar 2025</p>", "so",
     ("Axmed Yuusuf Warsame", ("RN",), "2025-10-14")),
    # Khmer: the label with its colon '៖' written on, over the name
    ("<p>ត្រួតពិនិត្យផ្នែកវេជ្ជសាស្ត្រដោយ៖</p><p>វេជ្ជបណ្ឌិត សុខ ដារ៉ា, MD</p><p>កាលបរិច្ឆេទត្រួតពិនិត្យ៖ 8 មេសា 2026</p>",
     "km", ("សុខ ដារ៉ា", ("MD",), "2026-04-08")),
    # Lao: a label whole, with 'ທ່ານ' before the name, or with its colon; Lao digits
    ("<p>ບົດຄວາມນີ້ໄດ້ຮັບການກວດກາໂດຍ ທ່ານ ດຣ. ຄຳພອນ ສີຫາລາດ, MD — ເດືອນ ພຶດສະພາ 2025</p>", "lo",
     ("ຄຳພອນ ສີຫາລາດ", ("MD",), "2025-05")),
    ("<p>ຜູ້ກວດທານ: ພກ. ວັນນະພອນ ສຸລິຍະ, PharmD</p><p>ວັນທີກວດທານ: ໑໒ ທັນວາ ໒໐໒໕</p>", "lo",
     ("ວັນນະພອນ ສຸລິຍະ", ("PharmD",), "2025-12-12")),
    # Burmese: the label over the name, a year first with 'ခုနှစ်' and the month with 'လ'
    ("<p>ဆေးပညာဆိုင်ရာ စစ်ဆေးသူ</p><p>ဒေါက်တာ ဇော်မင်းထွဋ် (MBBS)</p>"
     "<p>စစ်ဆေးသည့်ရက် - ၂၀၂၅ ခုနှစ်၊ ဧပြီလ ၁၈ ရက်</p>", "my",
     ("ဇော်မင်းထွဋ်", ("MBBS",), "2025-04-18")),
    # Dzongkha: the label's last tsheg before its colon
    ("<p>ཞིབ་དཔྱད་འབད་མི་: Dr. Sonam Choden, MBBS</p><p>ཞིབ་དཔྱད་ཚེས་གྲངས་: 2025-07-04</p>", "dz",
     ("Sonam Choden", ("MBBS",), "2025-07-04")),
])
def test_review_statements_read(line, lang, expected):
    review = _review(line, lang)
    assert review is not None, line
    assert (review.reviewer.name, review.reviewer.credentials, review.last_reviewed) == expected


@pytest.mark.parametrize(("text", "iso"), [
    ("3 mas 2026", "2026-03-03"), ("28 jiyè 2025", "2025-07-28"), ("12 desanm 2025", "2025-12-12"),
    ("9 Jona 2025", "2025-06-09"), ("1 Aogositra 2025", "2025-08-01"),
    ("12 Gicurasi 2025", "2025-05-12"), ("4 Ugushyingo 2025", "2025-11-04"),
    ("14 Oktoobar 2025", "2025-10-14"), ("2 Maarso 2026", "2026-03-02"),
    ("8 មេសា 2026", "2026-04-08"), ("៣ ធ្នូ ២០២៥", "2025-12-03"),
    ("12 ທັນວາ 2025", "2025-12-12"), ("ກໍລະກົດ 2025", "2025-07"),
    ("၂၀၂၅ ခုနှစ်၊ ဧပြီလ ၁၈ ရက်", "2025-04-18"), ("18 စက်တင်ဘာ 2025", "2025-09-18"),
])
def test_dates_read(text, iso):
    found = find_date(text)
    assert found is not None and found.iso == iso


@pytest.mark.parametrize(("line", "lang", "name"), [
    ("<p>Revize pa Dr. Wilnèr Désir, MD</p><p>Mete ajou: 3 mas 2026</p>", "ht", "Wilnèr Désir"),
    ("<p>Nojeren'i: Dr Hery Rakotomalala, MD</p><p>Nohavaozina farany: 9 Jona 2025</p>", "mg",
     "Hery Rakotomalala"),
    ("<p>Byasuzumwe na Dr. Patrick Habimana, MD.</p><p>Byavuguruwe ku wa 12 Gicurasi 2025.</p>",
     "rw", "Patrick Habimana"),
    ("<p>Waxaa dib u eegay: Dr. Faadumo Cali Nuur, MBBS</p><p>La cusboonaysiiyay: 05/11/2025</p>",
     "so", "Faadumo Cali Nuur"),
    ("<p>ត្រួតពិនិត្យដោយ៖</p><p>វេជ្ជបណ្ឌិត សុខ ដារ៉ា, MD</p><p>ធ្វើបច្ចុប្បន្នភាពចុងក្រោយ៖ 8 មេសា 2026</p>",
     "km", "សុខ ដារ៉ា"),
    ("<p>ຜູ້ກວດທານ: ພກ. ວັນນະພອນ ສຸລິຍະ, PharmD</p><p>ອັບເດດລ່າສຸດ: 12 ທັນວາ 2025</p>", "lo",
     "ວັນນະພອນ ສຸລິຍະ"),
    ("<p>ཞིབ་དཔྱད་འབད་མི་: Dr. Sonam Choden, MBBS</p><p>ཞིབ་དཔྱད་ཤུལ་མ་: 2026-07-04</p>", "dz",
     "Sonam Choden"),
])
def test_an_update_line_is_not_the_review_date(line, lang, name):
    review = _review(line, lang)
    assert review is not None and review.reviewer is not None, line
    assert (review.reviewer.name, review.last_reviewed) == (name, None)


@pytest.mark.parametrize(("body", "lang", "expected"), [
    ("<h2>Kesyon ak repons</h2><p>K: Èske dlo lapli bon pou bwè?</p><p>R: Non, bouyi l anvan.</p>"
     "<p>K: Konbyen tan pou m bouyi l?</p><p>R: Yon minit apre li fin bouyi.</p>", "ht",
     [("Èske dlo lapli bon pou bwè?", "Non, bouyi l anvan."),
      ("Konbyen tan pou m bouyi l?", "Yon minit apre li fin bouyi.")]),
    ("<h2>ຄຳຖາມ ແລະ ຄຳຕອບ</h2><p><strong>ຖາມ: ເດັກນ້ອຍກິນຢານີ້ໄດ້ບໍ?</strong></p>"
     "<p>ຕອບ: ໄດ້ ຕາມນ້ຳໜັກ.</p><p><strong>ຖາມ: ກິນມື້ລະຈັກເທື່ອ?</strong></p>"
     "<p>ຕອບ: ສາມເທື່ອ.</p>", "lo",
     [("ເດັກນ້ອຍກິນຢານີ້ໄດ້ບໍ?", "ໄດ້ ຕາມນ້ຳໜັກ."), ("ກິນມື້ລະຈັກເທື່ອ?", "ສາມເທື່ອ.")]),
    ("<h2>Su'aalo iyo jawaabo</h2><h3>Tallaalku ma xanuun badan yahay?</h3><p>Maya, waa yar.</p>"
     "<h3>Immisa jeer ayaa la qaataa?</h3><p>Laba jeer.</p>"
     "<h3>Su'aalo kale ma qabtaa?</h3><p>Na soo wac.</p>", "so",
     [("Tallaalku ma xanuun badan yahay?", "Maya, waa yar."),
      ("Immisa jeer ayaa la qaataa?", "Laba jeer.")]),
])
def test_faq_headings_and_labels(body, lang, expected):
    assert [(q, a.replace("<p>", "").replace("</p>", "")) for q, a in _faq(body, lang)] == expected
