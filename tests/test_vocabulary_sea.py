"""Thai, Vietnamese, Filipino, Indonesian and Malay review statements, dates and FAQs as
health sites of those countries print them (review-vocabulary.json, faq-vocabulary.json).
The sentences are invented, shaped like real bylines."""

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
    # Thai: the label written whole, a title written onto the name, Thai month names and
    # their abbreviations, Thai digits.
    ("<p>ตรวจสอบความถูกต้องโดย นพ.ธีรวัฒน์ ศรีสุข</p><p>ตรวจสอบความถูกต้อง 14 ก.พ. 2026</p>",
     "th", ("ธีรวัฒน์ ศรีสุข", (), "2026-02-14")),
    ("<div><span>ตรวจสอบความถูกต้องโดย</span><span>พญ.กนกวรรณ ทองดี</span></div>"
     "<p>ตรวจสอบล่าสุด: 3 มีนาคม 2026</p>", "th-TH", ("กนกวรรณ ทองดี", (), "2026-03-03")),
    ("<p>ผู้ตรวจสอบ: ภญ. ปิยะนุช วงศ์ใหญ่ เภสัชกร</p><p>วันที่ตรวจสอบ: ๒๑ ส.ค. ๒๐๒๖</p>", "th",
     ("ปิยะนุช วงศ์ใหญ่", (), "2026-08-21")),
    ("<p>ตรวจสอบข้อมูลทางการแพทย์โดย ผศ.นพ.อนุชา ประเสริฐวงศ์, MD</p>", "th",
     ("อนุชา ประเสริฐวงศ์", ("MD",), None)),
    ("<p>บทความนี้ได้รับการตรวจสอบโดย แพทย์หญิง ศิริพร มณีรัตน์ กุมารแพทย์</p>"
     "<p>ตรวจสอบล่าสุดเมื่อ 9 ตุลาคม 2025</p>", "th", ("ศิริพร มณีรัตน์", (), "2025-10-09")),
    ("<p>ผู้ตรวจทาน: ทพญ.วราภรณ์ จันทร์เพ็ญ</p><p>ทบทวนล่าสุด 30 ธ.ค. 2025</p>", "th",
     ("วราภรณ์ จันทร์เพ็ญ", (), "2025-12-30")),
    # Vietnamese: advice and checking labels, degrees before the name, 'tháng' dates.
    ("<p>Bài viết được tư vấn chuyên môn bởi ThS.BS Lê Quang Huy</p>"
     "<p>Ngày tham vấn: ngày 14 tháng 2 năm 2026</p>", "vi-VN",
     ("Lê Quang Huy", ("ThS.BS",), "2026-02-14")),
    ("<p>Tham vấn chuyên môn bởi Bác sĩ Đặng Thị Mai Anh</p><p>Ngày tham vấn: 03/04/2026</p>",
     "vi", ("Đặng Thị Mai Anh", (), "2026-04-03")),
    ("<p>Người kiểm duyệt: Dược sĩ Đại học Hồ Ngọc Trâm</p><p>Ngày kiểm duyệt: ngày 5 tháng "
     "mười một năm 2025</p>", "vi", ("Hồ Ngọc Trâm", (), "2025-11-05")),
    ("<p>Được kiểm duyệt bởi PGS.TS.BS Trịnh Văn Khánh</p>", "vi",
     ("Trịnh Văn Khánh", ("PGS.TS.BS",), None)),
    ("<p>Kiểm duyệt y khoa: DS.CKI Vũ Hoàng Yến</p><p>Ngày duyệt: 21/09/2025</p>", "vi",
     ("Vũ Hoàng Yến", ("DS.CKI",), "2025-09-21")),
    ("<p>Tham vấn y khoa bởi BS.CKII Phan Minh Tuấn, điều dưỡng viên</p>", "vi",
     ("Phan Minh Tuấn", ("BS.CKII",), None)),
    # Filipino: 'ni'/'nina' after the label, 'Dra.', month-first dates and abbreviations.
    ("<p>Medikal na sinuri ni Dra. Liza Marie Dizon, MD</p><p>Huling sinuri: Hulyo 8, 2026</p>",
     "fil", ("Liza Marie Dizon", ("MD",), "2026-07-08")),
    ("<p>Tagasuri: Dr. Ramon Villanueva</p><p>Petsa ng pagsusuri: Okt. 2, 2025</p>", "tl",
     ("Ramon Villanueva", (), "2025-10-02")),
    ("<p>Sinuri ni Jocelyn Ramos, RN, rehistradong nars</p><p>Huling sinuri noong Set. 19, "
     "2025</p>", "fil", ("Jocelyn Ramos", ("RN",), "2025-09-19")),
    ("<p>Pagsusuring medikal: Dra. Teresita Bautista</p><p>Huling pagsusuri: Dis. 1, 2025</p>",
     "fil-PH", ("Teresita Bautista", (), "2025-12-01")),
    ("<p>Medikal na nirepaso ni Dr. Paolo Mercado, MD</p><p>Huling nirepaso: Peb. 27, 2026</p>",
     "fil", ("Paolo Mercado", ("MD",), "2026-02-27")),
    ("<p>Sinuri ni Dr. Carmela Aquino</p><p>Huling sinuri: Abr. 4, 2026</p>", "fil",
     ("Carmela Aquino", (), "2026-04-04")),
    # Indonesian: 'dr.' in lower case, 'Sp.' specialties, abbreviated months.
    ("<p>Ditinjau secara medis oleh dr. Bayu Santoso, Sp.PD</p><p>Tanggal tinjauan: 9 Feb "
     "2026</p>", "id", ("Bayu Santoso", ("SpPD",), "2026-02-09")),
    ("<p>Peninjau medis: dr. Anindya Putri, Sp.A</p><p>Terakhir ditinjau: 4 Agt 2026</p>",
     "id-ID", ("Anindya Putri", ("SpA",), "2026-08-04")),
    ("<p>Artikel ini telah ditinjau oleh dr. Hendra Gunawan</p><p>Ditinjau pada 17 Nopember "
     "2025</p>", "id", ("Hendra Gunawan", (), "2025-11-17")),
    ("<p>Diverifikasi oleh apt. Siti Rahmawati, S.Farm</p><p>Tanggal peninjauan: 2 Mei 2026</p>",
     "id", ("Siti Rahmawati", (), "2026-05-02")),
    ("<p>Direview oleh dr. Yusuf Hakim</p><p>Tinjauan terakhir: 30 Des 2025</p>", "id",
     ("Yusuf Hakim", (), "2025-12-30")),
    ("<p>Tinjauan medis: drg. Maya Kartika</p><p>Terakhir ditinjau: 11 Okt 2025</p>", "id",
     ("Maya Kartika", (), "2025-10-11")),
    # Malay: 'oleh' labels, a government portal's 'Penyemak:', Malaysian titles, 'binti'.
    ("<p>Penyemak: Dr. Nurul Huda binti Kamarudin, Pakar Perubatan</p><p>Tarikh semakan: 12 "
     "Dis 2025</p>", "ms", ("Nurul Huda binti Kamarudin", (), "2025-12-12")),
    ("<p>Disemak secara perubatan oleh Dr. Lim Wei Jie, MBBS</p><p>Tarikh semakan: 3 Mac "
     "2026</p>", "ms-MY", ("Lim Wei Jie", ("MBBS",), "2026-03-03")),
    ("<p>Penyemak perubatan: Prof. Madya Dr. Rosli bin Hassan</p><p>Semakan terakhir: 7 Ogos "
     "2025</p>", "ms", ("Rosli bin Hassan", (), "2025-08-07")),
    ("<p>Artikel ini telah disemak oleh Dr. Kavitha Subramaniam</p><p>Terakhir disemak: 19 Jun "
     "2026</p>", "ms", ("Kavitha Subramaniam", (), "2026-06-19")),
    ("<p>Disahkan secara perubatan oleh Dr. Farah Aziz</p><p>Tarikh disahkan: 28 Feb 2026</p>",
     "ms", ("Farah Aziz", (), "2026-02-28")),
    ("<p>Semakan perubatan: Dato' Dr. Hamid bin Osman</p><p>Tarikh semakan terakhir: 1 Julai "
     "2026</p>", "ms", ("Hamid bin Osman", (), "2026-07-01")),
])
def test_review_statements_in_south_east_asian_languages(line, lang, expected):
    review = _review(line, lang)
    assert review is not None, line
    assert (review.reviewer.name, review.reviewer.credentials, review.last_reviewed) == expected


@pytest.mark.parametrize(("line", "lang", "name"), [
    ("<p>ตรวจสอบความถูกต้องโดย นพ. ธีรวัฒน์ ศรีสุข</p><p>อัปเดตล่าสุด 17 พ.ย. 2025</p>", "th",
     "ธีรวัฒน์ ศรีสุข"),
    ("<p>ตรวจสอบความถูกต้องโดย นพ. ธีรวัฒน์ ศรีสุข</p><p>เผยแพร่ครั้งแรก 2 มี.ค. 2025</p>", "th",
     "ธีรวัฒน์ ศรีสุข"),
    ("<p>Tham vấn y khoa: BS Ngô Thanh Bình</p><p>Cập nhật lần cuối: 12/03/2026</p>", "vi",
     "Ngô Thanh Bình"),
    ("<p>Tham vấn y khoa: BS Ngô Thanh Bình</p><p>Ngày đăng: 12/03/2026</p>", "vi",
     "Ngô Thanh Bình"),
    ("<p>Sinuri ni Dr. Carmela Aquino</p><p>Inilathala noong Abril 4, 2026</p>", "fil",
     "Carmela Aquino"),
    ("<p>Ditinjau oleh dr. Hendra Gunawan</p><p>Terakhir diperbarui: 12 Maret 2026</p>", "id",
     "Hendra Gunawan"),
    ("<p>Ditinjau oleh dr. Hendra Gunawan</p><p>Dipublikasikan pada 12 Maret 2026</p>", "id",
     "Hendra Gunawan"),
    ("<p>Disemak oleh Dr. Farah Aziz</p><p>Dikemas kini: 3 Mac 2026</p>", "ms", "Farah Aziz"),
    ("<p>Disemak oleh Dr. Farah Aziz</p><p>Tarikh diterbitkan: 3 Mac 2026</p>", "ms",
     "Farah Aziz"),
])
def test_an_updated_or_published_date_is_not_the_review_date(line, lang, name):
    review = _review(line, lang)
    assert review is not None and review.reviewer is not None, line
    assert (review.reviewer.name, review.last_reviewed) == (name, None)


@pytest.mark.parametrize(("line", "lang"), [
    ("<p>อัปเดตล่าสุด 17 พ.ย. 2025</p><p>เขียนโดย กองบรรณาธิการ</p>", "th"),
    ("<p>Cập nhật lần cuối: ngày 12 tháng 3 năm 2026</p><p>Tác giả: Trần Thu Hà</p>", "vi"),
    ("<p>Isinulat ni Ana Cruz</p><p>Inilathala noong Abril 4, 2026</p>", "fil"),
    ("<p>Ditulis oleh Rina Wulandari</p><p>Terakhir diperbarui: 12 Maret 2026</p>", "id"),
    ("<p>Ditulis oleh Aina Sofea</p><p>Dikemas kini: 3 Mac 2026</p>", "ms"),
])
def test_a_writer_and_a_page_date_state_no_review(line, lang):
    assert _review(line, lang) is None


@pytest.mark.parametrize(("line", "lang"), [
    ("<blockquote><p>“Saya sangat puas, semua ditinjau oleh dokter dengan teliti.” — Ibu "
     "Ratna</p></blockquote>", "id"),
    ("<blockquote><p>“Ubat ini sangat membantu, doktor menyemak semuanya.” — Puan Zaitun</p>"
     "</blockquote>", "ms"),
    ("<blockquote><p>“Dịch vụ rất tốt, bác sĩ tư vấn tận tình.” — Chị Hương</p></blockquote>",
     "vi"),
])
def test_a_testimonial_is_not_a_review(line, lang):
    assert _review(line, lang) is None


def test_a_buddhist_era_year_is_read_in_the_common_era():
    """A Thai page's Buddhist-era year (2569 BE is 2026 CE) is read in the common era, as
    is a common-era year on a Thai page; the reviewer is read with it."""
    assert find_date("ตรวจสอบล่าสุด 22 พ.ค. 2569").iso == "2026-05-22"
    assert find_date("ตรวจสอบล่าสุด 22 พ.ค. 2026").iso == "2026-05-22"
    review = _review("<p>ตรวจสอบโดย นพ. สมชาย ใจดี</p><p>ตรวจสอบล่าสุด 22 พ.ค. 2569</p>", "th")
    assert review is not None
    assert (review.reviewer.name, review.last_reviewed) == ("สมชาย ใจดี", "2026-05-22")


@pytest.mark.parametrize(("text", "iso"), [
    ("22 พฤษภาคม 2026", "2026-05-22"), ("๙ ม.ค. ๒๐๒๖", "2026-01-09"),
    ("Hun. 10, 2026", "2026-06-10"), ("Setyembre 3, 2025", "2025-09-03"),
    ("17 Nopember 2025", "2025-11-17"), ("12 Dis 2025", "2025-12-12"),
    ("ngày 5 tháng mười một năm 2025", "2025-11-05"),
])
def test_month_names_and_abbreviations(text, iso):
    found = find_date(text)
    assert found is not None and found.iso == iso


@pytest.mark.parametrize(("body", "lang", "expected"), [
    ("<h2>คำถามที่พบบ่อย</h2><h3>ไข้เลือดออกติดต่อได้อย่างไร?</h3><p>ผ่านยุงลาย</p>"
     "<h3>ควรไปพบแพทย์เมื่อไร?</h3><p>เมื่อมีไข้สูงเกินสองวัน</p>", "th",
     [("ไข้เลือดออกติดต่อได้อย่างไร?", "ผ่านยุงลาย"),
      ("ควรไปพบแพทย์เมื่อไร?", "เมื่อมีไข้สูงเกินสองวัน")]),
    ("<h2>ถาม-ตอบ</h2><p>ถาม: ยานี้กินก่อนหรือหลังอาหาร?</p><p>ตอบ: หลังอาหารทันที</p>"
     "<p>ถาม: ลืมกินยาต้องทำอย่างไร?</p><p>ตอบ: กินทันทีที่นึกได้</p>", "th",
     [("ยานี้กินก่อนหรือหลังอาหาร?", "หลังอาหารทันที"),
      ("ลืมกินยาต้องทำอย่างไร?", "กินทันทีที่นึกได้")]),
    ("<h2>Câu hỏi thường gặp</h2><h3>Sốt xuất huyết có lây không?</h3><p>Có, qua muỗi vằn.</p>"
     "<h3>Khi nào cần đi khám?</h3><p>Khi sốt cao trên hai ngày.</p>", "vi",
     [("Sốt xuất huyết có lây không?", "Có, qua muỗi vằn."),
      ("Khi nào cần đi khám?", "Khi sốt cao trên hai ngày.")]),
    ("<h2>Hỏi đáp</h2><p>Hỏi: Uống thuốc trước hay sau ăn?</p><p>Đáp: Sau ăn no.</p>"
     "<p>Hỏi: Quên liều thì sao?</p><p>Trả lời: Uống ngay khi nhớ ra.</p>", "vi",
     [("Uống thuốc trước hay sau ăn?", "Sau ăn no."), ("Quên liều thì sao?",
                                                       "Uống ngay khi nhớ ra.")]),
    ("<h2>Mga madalas na tanong</h2><h3>Nakahahawa ba ang dengue?</h3><p>Oo, sa lamok.</p>"
     "<h3>Kailan dapat magpatingin?</h3><p>Kapag mataas ang lagnat.</p>", "fil",
     [("Nakahahawa ba ang dengue?", "Oo, sa lamok."),
      ("Kailan dapat magpatingin?", "Kapag mataas ang lagnat.")]),
    ("<h2>Tanong at sagot</h2><p>Tanong: Iniinom ba ito bago kumain?</p><p>Kasagutan: Pagkatapos "
     "kumain.</p><p>Tanong: Paano kung nakalimutan ko?</p><p>Sagot: Inumin agad.</p>", "fil",
     [("Iniinom ba ito bago kumain?", "Pagkatapos kumain."),
      ("Paano kung nakalimutan ko?", "Inumin agad.")]),
    ("<h2>Pertanyaan seputar demam berdarah</h2><h3>Apakah DBD menular?</h3><p>Ya, lewat "
     "nyamuk.</p><h3>Perlukah ke dokter?</h3><p>Ya, bila demam tinggi.</p>", "id",
     [("Apakah DBD menular?", "Ya, lewat nyamuk."), ("Perlukah ke dokter?",
                                                    "Ya, bila demam tinggi.")]),
    ("<h2>Tanya-jawab</h2><p>T: Kapan obat diminum?</p><p>J: Setelah makan.</p>"
     "<p>T: Bolehkah untuk anak?</p><p>J: Tanyakan dokter.</p>", "id",
     [("Kapan obat diminum?", "Setelah makan."), ("Bolehkah untuk anak?", "Tanyakan dokter.")]),
    ("<h2>Soalan yang sering ditanya</h2><h3>Adakah denggi berjangkit?</h3><p>Ya, melalui "
     "nyamuk.</p><h3>Perlukah saya ke klinik?</h3><p>Ya, jika demam tinggi.</p>", "ms",
     [("Adakah denggi berjangkit?", "Ya, melalui nyamuk."),
      ("Perlukah saya ke klinik?", "Ya, jika demam tinggi.")]),
    ("<h2>Soal jawab</h2><p>Soalan: Bila ubat diambil?</p><p>Jawapan: Selepas makan.</p>"
     "<p>Soalan: Bolehkah untuk kanak-kanak?</p><p>Jawapan: Rujuk doktor.</p>", "ms",
     [("Bila ubat diambil?", "Selepas makan."),
      ("Bolehkah untuk kanak-kanak?", "Rujuk doktor.")]),
])
def test_faq_headings_and_labels(body, lang, expected):
    assert _faq(body, lang) == expected


@pytest.mark.parametrize(("body", "lang"), [
    ("<h2>Hỏi đáp</h2><p>Bạn đọc hỏi: Con tôi bị sốt thì sao?</p><p>Đáp: Đưa bé đi khám.</p>",
     "vi"),
    ("<h2>Tanya jawab</h2><p>Pertanyaan dari Ibu Sari: Apakah aman?</p><p>Dijawab oleh dr. "
     "Bayu: Aman.</p>", "id"),
])
def test_a_readers_question_is_not_the_publishers_faq(body, lang):
    assert _faq(body, lang) == []
