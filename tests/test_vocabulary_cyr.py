"""Russian, Ukrainian, Greek, Bulgarian, Serbian (Cyrillic and Latin), Croatian and Bosnian
review statements and dates as clinics, pharmacies and health portals print them
(review-vocabulary.json, credentials.json). The sentences are invented, shaped like real
bylines."""

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
    # Russian: 'Информация проверена' on a pharmacy's product card, a role before the name
    ("<p>Информация проверена: провизор Мария Зайцева · 14.02.2026</p>", "ru",
     ("Мария Зайцева", (), "2026-02-14")),
    ("<p>Информацию проверила: фармацевт Ольга Лаврова</p><p>Дата проверки: 2 марта 2026 г.</p>",
     "ru", ("Ольга Лаврова", (), "2026-03-02")),
    # Russian and Ukrainian: a qualified noun label alone on its line, the name on the next
    ("<p>Медицинский эксперт</p><p>Сергей Морозов, терапевт</p>"
     "<p>Проверено: 9 апреля 2026 г.</p>", "ru", ("Сергей Морозов", (), "2026-04-09")),
    ("<p>Медичний експерт</p><p><strong>Тарас Руденко</strong>, лікар-невролог</p>"
     "<p>Перевірено: 21 травня 2026 р.</p>", "uk", ("Тарас Руденко", (), "2026-05-21")),
    # Ukrainian: 'Рецензентка', 'Дата рецензування', the degrees 'к.мед.н.', 'д.мед.н.'
    ("<p>Рецензентка: Оксана Дорошенко, к.мед.н.</p><p>Дата рецензування: 07.10.2025</p>",
     "uk", ("Оксана Дорошенко", ("к.мед.н.",), "2025-10-07")),
    ("<p>Рецензент</p><p>Богдан Литвин, д.мед.н., ендокринолог</p>"
     "<p>Дата рецензування: 30.01.2026</p>", "uk", ("Богдан Литвин", ("д.мед.н.",), "2026-01-30")),
    # Bulgarian: 'Медицински преглед:', the degree 'дм', 'Съдържанието е прегледано от'
    ("<p>Медицински преглед: д-р Стефан Колев, дм — кардиолог</p>"
     "<p>Прегледано на: 12 февруари 2026 г.</p>", "bg", ("Стефан Колев", ("дм",), "2026-02-12")),
    ("<p>Съдържанието е прегледано от маг.-фарм. Десислава Тодорова</p>"
     "<p>Последна проверка: 3 март 2026 г.</p>", "bg", ("Десислава Тодорова", (), "2026-03-03")),
    # Greek: 'Ιατρική επιμέλεια', an article before the honorific ('από τον Δρ.', 'από την'),
    # a revision date with an accusative month ('τον Ιούνιο')
    ("<p>Ιατρική επιμέλεια: Δρ. Νίκος Παπαδάκης, Καρδιολόγος</p>"
     "<p>Αναθεωρήθηκε τον Ιούνιο 2026</p>", "el", ("Νίκος Παπαδάκης", (), "2026-06")),
    ("<p>Το άρθρο ελέγχθηκε από τον Δρ. Κώστα Αλεξίου, MD, στις 15.03.2026.</p>", "el",
     ("Κώστα Αλεξίου", ("MD",), "2026-03-15")),
    ("<p>Ελέγχθηκε από την Δρ. Μαρία Νικολάου, MD, PhD</p>"
     "<p>Τελευταία αναθεώρηση: 2 Οκτωβρίου 2025</p>", "el",
     ("Μαρία Νικολάου", ("MD", "PhD"), "2025-10-02")),
    # Croatian and Bosnian: 'Članak je pregledao', 'Medicinski sadržaj provjerio',
    # 'Stručno pregledano' with a month-only date, 'dr. med.' after the name
    ("<p>Članak je pregledala dr. Ana Jurić, specijalistica dermatologije.</p>"
     "<p>Stručno pregledano: veljača 2026.</p>", "hr", ("Ana Jurić", (), "2026-02")),
    ("<p>Medicinski sadržaj provjerila: prim. dr. Sanja Perić, neurologinja</p>"
     "<p>Provjereno: 04/2026</p>", "hr", ("Sanja Perić", (), "2026-04")),
    ("<p>Stručna recenzija: dr. sc. Tomislav Vuković, dr. med., specijalist pedijatrije</p>"
     "<p>Recenzirano: 9. svibnja 2026.</p>", "hr",
     ("Tomislav Vuković", ("dr. med.",), "2026-05-09")),
    ("<p>Sadržaj je provjerio dr. Emir Hodžić, specijalista interne medicine.</p>"
     "<p>Stručno pregledano: 17. marta 2026.</p>", "bs", ("Emir Hodžić", (), "2026-03-17")),
    # Serbian, Latin and Cyrillic: 'Medicinski recenzent', 'Медицински рецензент'
    ("<p>Medicinski recenzent:</p><p>prof. dr Dragan Ilić, specijalista kardiologije</p>"
     "<p>Recenzirano: 3. juna 2026.</p>", "sr", ("Dragan Ilić", (), "2026-06-03")),
    ("<p>Медицински рецензент: проф. др Зоран Петровић, специјалиста</p>"
     "<p>Рецензирано: 11. новембра 2025.</p>", "sr", ("Зоран Петровић", (), "2025-11-11")),
    ("<p>Stručno proverila: mr ph. Ivana Stojanović</p><p>Datum provere: 20. januara 2026.</p>",
     "sr", ("Ivana Stojanović", (), "2026-01-20")),
])
def test_review_statements_in_cyrillic_greek_and_south_slavic(line, lang, expected):
    review = _review(line, lang)
    assert review is not None, line
    assert (review.reviewer.name, review.reviewer.credentials, review.last_reviewed) == expected


@pytest.mark.parametrize(("text", "iso"), [
    # Greek accusative months ('τον Μάιο', 'τον Σεπτέμβριο'), nominative Croatian months
    ("τον Μάιο 2026", "2026-05"), ("Αναθεωρήθηκε τον Σεπτέμβριο 2025", "2025-09"),
    ("Φεβρουάριο 2026", "2026-02"), ("ΔΕΚΕΜΒΡΙΟ 2025", "2025-12"),
    ("studeni 2026.", "2026-11"), ("3 листопада 2026 р.", "2026-11-03"),
    ("5 ноември 2026 г.", "2026-11-05"), ("21. septembra 2026.", "2026-09-21"),
])
def test_month_forms(text, iso):
    found = find_date(text)
    assert found is not None and found.iso == iso


@pytest.mark.parametrize(("line", "lang", "name"), [
    ("<p>Последна актуализация: 19.11.2026</p>"
     "<p>Медицински преглед: д-р Виктор Ангелов</p>", "bg", "Виктор Ангелов"),
    ("<p>Медицински преглед: д-р Виктор Ангелов Последна актуализация: 19.11.2026</p>", "bg",
     "Виктор Ангелов"),
    ("<p>Poslednja izmena: 02.11.2026.</p><p>Medicinski recenzent: prof. dr Milica Savić</p>",
     "sr", "Milica Savić"),
    ("<p>Medicinski recenzent: prof. dr Milica Savić Poslednja izmena: 02.11.2026.</p>", "sr",
     "Milica Savić"),
    ("<p>Медичний експерт: Ірина Савчук Останнє оновлення: 10.11.2026</p>", "uk",
     "Ірина Савчук"),
    ("<p>Информация проверена: провизор Анна Смирнова Последнее обновление: 03.09.2026</p>",
     "ru", "Анна Смирнова"),
    ("<p>Stručna recenzija: dr. Luka Marić Posljednja izmjena: 14.05.2026.</p>", "hr",
     "Luka Marić"),
])
def test_an_update_line_is_not_the_review_date(line, lang, name):
    review = _review(line, lang)
    assert review is not None and review.reviewer is not None, line
    assert (review.reviewer.name, review.last_reviewed) == (name, None)
