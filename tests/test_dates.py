"""Dates as pages write them (pipeline/dates.py): every written form at its stated
precision, numeric dates by the page's locale, and properties over generated dates."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.dates import find_date, numeric_order, page_order, trailing_year
from pipeline.wording import wording


@pytest.mark.parametrize("text, iso", [
    ("Date reviewed: July 2004", "2004-07"),
    ("This article last reviewed April 2005", "2005-04"),
    ("This page last reviewed July 21, 2006", "2006-07-21"),
    ("Review date: 2025-07-30", "2025-07-30"),
    ("Review date: 2025-07", "2025-07"),
    ("— Sep. 9, 2025", "2025-09-09"),
    ("Last reviewed 20 January 2026", "2026-01-20"),
    # A month named with its number ("tháng 4"): the day is the number before it (h238).
    ("Ngày tham vấn: ngày 21 tháng 4 năm 2026", "2026-04-21"),
    ("Cập nhật: tháng 4 năm 2026", "2026-04"),
    ("on the 3rd of March 2026", "2026-03-03"),
    ("2026/03/15", "2026-03-15"),
    ("Last reviewed: 03/15/2026", "2026-03-15"),  # a 15th month cannot be: day 15
    ("15.03.2026", "2026-03-15"),
    ("04/04/2026", "2026-04-04"),  # either way round
    ("Fecha de revisión: 15 de enero de 2026", "2026-01-15"),  # the Spanish section
    ("Última revisión: septiembre de 2025", "2025-09"),
    ("समीक्षा तिथि: 22 सितंबर 2025", "2025-09-22"),  # a name with vowel signs (marks)
    ("تاريخ المراجعة: 15 كانون الثاني 2026", "2026-01-15"),  # a two-word month name
    ("آخر مراجعة: ١٥ مارس ٢٠٢٦", "2026-03-15"),  # Arabic-Indic digits
    ("最終更新 ２０２６-03-12", "2026-03-12"),  # full-width digits
    ("監修日：2026年1月15日", "2026-01-15"),  # Japanese, with its precision
    ("更新日2026年3月更新", "2026-03"),  # words written on around it
    ("감수일: 2026년 1월 22일", "2026-01-22"),  # Korean
    ("Revidováno: 15. 2. 2026", "2026-02-15"),  # a space after each dot (Czech)
    ("2026. 1. 22.", "2026-01-22"),  # year first, a space after each dot (Korean)
    ("Date de révision : 14 mars 2026", "2026-03-14"),  # the French section
    ("Révisé le 1er février 2026", "2026-02-01"),
    ("Zuletzt geprüft am 14. März 2026", "2026-03-14"),  # a day's dot (German, Danish)
    ("Senest gennemgået: 14. september 2026", "2026-09-14"),
    ("Reviewed on: 11/14/25", "2025-11-14"),  # a two-digit year of this century
    ("Granskad 14 januari 2026", "2026-01-14"),  # the Swedish section
    ("Ultima revisione: 3 febbraio 2026", "2026-02-03"),  # the Italian section
    ("Data weryfikacji: 9 stycznia 2026", "2026-01-09"),  # Polish, genitive month
    ("Data revizuirii: 14 martie 2026", "2026-03-14"),  # Romanian
    ("Dátum revízie: 12. mája 2026", "2026-05-12"),  # Slovak, genitive month
    ("Datum recenzije: 3. ožujka 2026.", "2026-03-03"),  # Croatian, genitive month
    ("Датум рецензије: 12. јуна 2026.", "2026-06-12"),  # Serbian, Cyrillic
    ("Datum provere: 4. avgusta 2026.", "2026-08-04"),  # Serbian, Latin
    ("Datum provjere: 18. februara 2026.", "2026-02-18"),  # Bosnian
    ("Последна проверка: 9 април 2026 г.", "2026-04-09"),  # Bulgarian
    ("Дата перевірки: 21 жовтня 2025 р.", "2025-10-21"),  # Ukrainian, genitive month
    ("Датум на проверка: 15 септември 2026", "2026-09-15"),  # Macedonian
    ("Reviewed on: 12-Mar-2026", "2026-03-12"),  # day-month-year with hyphens (en-PK, en-IN)
    ("05-sept-2025", "2025-09-05"),
    # Month names of the Indic, Sinhala, Ethiopic, Hausa, Yoruba and isiZulu sections, with
    # their scripts' digits, a connector ("ga", "Oṣù") and the isiZulu locative ("kuNhlaba").
    ("સમીક્ષાની તારીખ: ૧૪ ઑગસ્ટ ૨૦૨૬", "2026-08-14"),  # Gujarati
    ("సమీక్ష తేదీ: ౩ ఫిబ్రవరి ౨౦౨౬", "2026-02-03"),  # Telugu
    ("සමාලෝචනය කළ දිනය: 12 මාර්තු 2026", "2026-03-12"),  # Sinhala
    ("समीक्षा मिति: २२ फेब्रुअरी २०२६", "2026-02-22"),  # Nepali
    ("ಪರಿಶೀಲನೆಯ ದಿನಾಂಕ: ೯ ಜುಲೈ ೨೦೨೬", "2026-07-09"),  # Kannada
    ("അവലോകന തീയതി: 21 ഒക്ടോബർ 2026", "2026-10-21"),  # Malayalam
    ("ਸਮੀਖਿਆ ਦੀ ਮਿਤੀ: ੫ ਸਤੰਬਰ ੨੦੨੬", "2026-09-05"),  # Punjabi
    ("Ranar dubawa: 12 ga Maris, 2026", "2026-03-12"),  # Hausa
    ("Ọjọ́ àyẹ̀wò: 12 Oṣù Ẹrẹ̀nà 2026", "2026-03-12"),  # Yoruba
    ("Usuku lokubuyekezwa: 18 kuNhlaba 2026", "2026-05-18"),  # isiZulu
    ("የግምገማ ቀን: ኤፕሪል 15, 2026", "2026-04-15"),  # Amharic
    ("সর্বশেষ পর্যালোচনা: ১২ জানুয়ারী ২০২৬", "2026-01-12"),  # Bengali, the other spelling
    ("ஆய்வு தேதி: 5 ஜனவரி 2026", "2026-01-05"),  # Tamil
    ("Viimati üle vaadatud: 12. märts 2026", "2026-03-12"),  # Estonian
    ("Ülevaatuse kuupäev: 3. detsembril 2025", "2025-12-03"),  # Estonian, adessive
    ("Pārskatīts: 2026. gada 12. martā", "2026-03-12"),  # Latvian, year first, locative
    ("Peržiūrėta: 2026 m. kovo 12 d.", "2026-03-12"),  # Lithuanian, year first, genitive
    ("Utoljára ellenőrizve: 2026. március 12.", "2026-03-12"),  # Hungarian, year first
    ("Frissítve: 2026. márc. 4.", "2026-03-04"),  # Hungarian, abbreviated month
    ("Berrikusia: 2026ko irailaren 18a", "2026-09-18"),  # Basque, the year's mark on it
    ("2025eko urriaren 3an", "2025-10-03"),  # Basque, "eko" after a year read "-eko"
    ("d’an 8 a viz Gouere 2026", "2026-07-08"),  # Breton: "a" here is no day's suffix
    ("February 30, 2026", None),
    ("version 1.2.3 from 2026", None),
    ("Dernière révision : 02.2026", "2026-02"),  # a month written with a dot (eval h303)
])
def test_written_forms_at_their_precision(text, iso):
    found = find_date(text)
    assert (found.iso if found else None) == iso


@pytest.mark.parametrize("locale, order", [
    ("en-US", "mdy"), ("en_us", "mdy"), ("en-GB", "dmy"), ("en-AU", "dmy"), ("en-IN", "dmy"),
    ("en-NZ", "dmy"), ("de-AT", "dmy"), ("fr", "dmy"), ("en", None), ("en-CA", None), (None, None),
    ("", None), ("xx-YY", None), ("en-LU", "dmy"), ("en-CH", "dmy"),  # English in Europe
    # English of any region the US way is not written in, listed or not (held-out pages
    # from Sarajevo, Ho Chi Minh City, Almaty); Swahili; a script subtag is no region
    ("en-BA", "dmy"), ("en-VN", "dmy"), ("en-KZ", "dmy"), ("en-GU", "mdy"), ("sw-TZ", "dmy"),
    ("en-Latn", None), ("en-001", None),
])
def test_numeric_order_by_locale(locale, order):
    assert numeric_order(locale) == order


def test_an_ambiguous_numeric_date_on_a_page_of_unknown_locale_is_not_guessed():
    found = find_date("Last reviewed: 04/03/2026", None)
    assert found is not None and found.iso is None and found.ambiguous
    assert found.text == "04/03/2026"
    assert find_date("Reviewed 05.01.2026", "en").iso == "2026-01-05"  # dots: day first
    assert find_date("Reviewed: 02/03/2026", "en-AE").iso == "2026-03-02"  # eval h64


DATES = st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31))
MONTH_NAMES: dict[int, list[str]] = {}
for _name, _number in wording().months.items():
    MONTH_NAMES.setdefault(_number, []).append(_name)


@st.composite
def written(draw):
    """A date and one way a page writes it, with the ISO form at its precision."""
    d = draw(DATES)
    name = draw(st.sampled_from(MONTH_NAMES[d.month]))
    name = draw(st.sampled_from([name, name.capitalize(), name.upper()]))
    dot = draw(st.sampled_from(["", "."])) if len(name) <= 4 and name.lower() != "may" else ""
    forms = [
        (f"{name}{dot} {d.day}, {d.year}", d.isoformat()),
        (f"{d.day} {name}{dot} {d.year}", d.isoformat()),
        (f"{name}{dot} {d.year}", d.isoformat()[:7]),
        (d.isoformat(), d.isoformat()),
        (f"{d.year}/{d.month}/{d.day}", d.isoformat()),
    ]
    return draw(st.sampled_from(forms))


@given(written(), st.sampled_from(["Last reviewed: ", "Reviewed on ", "— ", ""]),
       st.sampled_from(["", ".", " — Written by Ann Lee", " by Dr. Roe"]))
def test_any_written_date_is_read_at_its_precision(form, before, after):
    text, iso = form
    found = find_date(before + text + after)
    assert found is not None and found.iso == iso


@given(DATES, st.sampled_from(["/", ".", "-"]), st.sampled_from(["en-US", "en-GB", None]))
def test_numeric_dates_never_guess(d, sep, locale):
    mdy = f"{d.month:02d}{sep}{d.day:02d}{sep}{d.year}"
    found = find_date(mdy, locale)
    assert found is not None
    swappable = d.day <= 12 and d.day != d.month
    if locale == "en-US" or not swappable:
        assert found.iso == d.isoformat()
    elif locale == "en-GB" or (locale is None and sep == "."):
        # Dotted dates are day first wherever they are written ("05.01.2026" on a bare
        # "en" page of a Turkish clinic: eval h64).
        assert found.iso == date(d.year, d.day, d.month).isoformat()
    else:
        assert found.iso is None and found.ambiguous


@given(st.text(max_size=60))
def test_a_found_date_is_a_real_date_written_in_the_text(text):
    found = find_date(text, "en-US")
    if found is not None and found.iso is not None:
        parts = [int(p) for p in found.iso.split("-")]
        date(parts[0], *(parts[1:] + [1] * (3 - len(parts))))
        assert text[found.start:found.end] == found.text


def test_a_numeric_month_and_year_is_read_at_month_precision():
    """'Date reviewed: 11/2025' (a nurse-reviewed page of the second held-out set): a month
    and a four-digit year, never ambiguous whatever the locale."""
    for locale in (None, "en-US", "en-GB"):
        found = find_date("Date reviewed: 11/2025", locale)
        assert found is not None and found.iso == "2025-11" and found.text == "11/2025"
    assert find_date("Date reviewed: 13/2025") is None  # no thirteenth month
    assert find_date("03/15/2026", "en-US").iso == "2026-03-15"  # three parts win


@pytest.mark.parametrize("text", [
    "ΜΑΪΟΥ 1, 2000",  # Greek capitals as printed: the accent dropped
    "Μαΐου 1, 2000".upper(),  # as str.upper writes it: the accent a combining mark
    unicodedata.normalize("NFD", "Μαΐου 1, 2000".upper()),
])
def test_greek_month_names_in_capitals_are_read(text):
    found = find_date(text, None)
    assert found is not None and found.iso == "2000-05-01"


def test_a_reference_code_holds_no_date():
    """'ref ZA-RA-2611-07' (a media release's approval reference, eval h92) is a code: no
    year 2611, and no date glued to a code by a hyphen; a date after a label, a dash or a
    space is read as before."""
    assert find_date("Reviewed and approved by Regulatory Affairs, ref ZA-RA-2611-07.") is None
    assert find_date("Ref ZA-RA-2026-07") is None
    assert find_date("Reviewed: 2611-07") is None
    for text in ("Reviewed:2026-07", "Reviewed — 2026-07", "(2026-07)"):
        found = find_date(text)
        assert found is not None and found.iso == "2026-07", text


@pytest.mark.parametrize(("language", "source", "expected"), [
    ("en-US", b"Reviewed 10/02/2026", "en-US"),  # the locale says it
    ("en", b"Reviewed 10/02/2026 - Updated 10/15/2026", "en-x-mdy"),
    ("en-CA", b"Last reviewed 11/06/2026. Published 25/05/2026.", "en-CA-x-dmy"),
    (None, b"<p>03/04/2026</p><p>31.12.2025</p>", "x-dmy"),
    ("en", b"Reviewed 10/02/2026", "en"),  # nothing settles it
    ("en", b"10/15/2026 and 25/05/2026", "en"),  # the page's dates disagree
    ("en", b"version 1.2.2026 of 12/13/20265", "en"),  # not dates
])
def test_a_pages_own_dates_settle_its_numeric_order(language, source, expected):
    """A page of unknown locale ("en", "en-CA", none) whose unswappable numeric dates all
    write the month first (or the day) writes its ambiguous ones so (eval h320, h327)."""
    assert page_order(language, source) == expected
    if expected and "-x-" in f"-{expected}":
        order = expected[-3:]
        got = find_date("Reviewed 10/02/2026", expected)
        assert got is not None and got.iso == ("2026-10-02" if order == "mdy" else "2026-02-10")


@pytest.mark.parametrize(("text", "locale", "iso"), [
    # held-out h347 ("unusual ways review dates are printed")
    ("2026-10-31T23:30:00-05:00", "en-US", "2026-10-31"),  # a visible timestamp's date
    ("geprüft am Mo., 14.09.26", "de", "2026-09-14"),  # dotted, two-digit year: day first
    ("Clinically reviewed 8 Oct 26 by our team", "en-GB", "2026-10-08"),
    ("relu le 1 er mars 2026", "fr", "2026-03-01"),  # "1<sup>er</sup>" read with a space
    ("9 stycznia 2026", "pl", "2026-01-09"),  # "st" opening a month is no ordinal suffix
    ("ngày 21 tháng 4 năm 2026", "vi", "2026-04-21"),
    ("On 3 March 26 people came", "en-GB", None),  # a full month name: 26 is a count
    ("v1.2.26 released", "en-GB", None),
])
def test_timestamps_two_digit_years_and_spaced_ordinals(text, locale, iso):
    found = find_date(text, locale)
    assert (found.iso if found else None) == iso


@pytest.mark.parametrize(("text", "locale", "iso"), [
    # year first with a hyphen before its mark, the day hyphened to the month (held-out
    # h353: Kyrgyz, Uzbek, Kazakh pages), or no day at all after a mark
    ("2026-жылдын 15-октябры", "ky", "2026-10-15"),
    ("2026-yil 28-sentabr", "uz", "2026-09-28"),
    ("2026-ж., апрель", "ky", "2026-04"),
    ("2026 ж. тамыз", "kk", "2026-08"),
    ("2026. gada novembris", "lv", "2026-11"),
    ("in 2026. March brought rain", "en", None),  # a year's full stop is no mark
    # a month name led by its number (Mongolian "10-р сарын", the tenth month)
    ("2026 оны 10-р сарын 2", "mn", "2026-10-02"), ("7-р сарын 1, 2000", "mn", "2000-07-01"),
])
def test_year_first_dates_with_marks_and_hyphens(text, locale, iso):
    found = find_date(text, locale)
    assert (found.iso if found else None) == iso


def test_tibetan_digits_are_digits():
    """A Dzongkha ministry page (held-out h358) writes its dates in Tibetan digits."""
    found = find_date("༢༠༢༦-༠༢-༡༠", "dz")
    assert found is not None and found.iso == "2026-02-10"


@pytest.mark.parametrize(("text", "year"), [
    ("Clinical content reviewed by Dr. NAME, DC, DACNB — 2026", "2026"),
    ("Reviewed by NAME, DC - 2025", "2025"),
    ("Practised in Leeds 2019–2023", None),
    ("Practised in Leeds 2019 – 2023", None),
    ("Founded in the year 2026", None),
])
def test_a_spaced_dash_sets_a_closing_year_off_but_not_a_ranges_end(text, year):
    found = trailing_year(text)
    assert (found.iso if found else None) == year


@pytest.mark.parametrize(("text", "iso"), [
    ("ตรวจสอบล่าสุด 03/10/2569", "2026-10-03"),
    ("21 สิงหาคม 2569", "2026-08-21"),
    ("7 ก.ค. 2569", "2026-07-07"),
    ("21 ส.ค. 69", "2026-08-21"),
    ("8 Oct 26", "2026-10-08"),
    ("ref 2611-07", None),
])
def test_a_thai_year_of_the_buddhist_era_is_read_in_the_common_era(text, iso):
    """Thai pages count years in the Buddhist era (2569 is 2026), in full or as two digits
    after a Thai month's name ("ส.ค. 69"); a year past 2199 outside that era is no date."""
    found = find_date(text, "th-TH")
    assert (found.iso if found else None) == iso


def test_a_languages_own_month_name_is_read_so_only_on_its_pages():
    """"listopada" is October in Croatian and November in Czech and Polish (h518: a
    Croatian review line read as November). A language's `own_months` win on its pages;
    elsewhere the merged names stand."""
    assert find_date("Recenzirano: 7. listopada 2026.", "hr-HR").iso == "2026-10-07"
    assert find_date("7 listopada 2026", "pl").iso == "2026-11-07"
    assert find_date("7. listopadu 2026", "cs").iso == "2026-11-07"
    assert find_date("7. listopada 2026", None).iso == "2026-11-07"


def _review_date(head: str, body: str, lang: str = ' lang="en"') -> str | None:
    from pipeline.document import Document
    from pipeline.extract.review import read_review

    page = (f"<!DOCTYPE html><html{lang}><head><title>T</title>{head}</head><body><main>"
            f"<h1>Hay fever</h1><p>Reviewed by Dr Ana Ruiz, MBBS. Last reviewed 04/05/2026.</p>"
            f"{body}</main></body></html>")
    review = read_review(Document.from_bytes(page.encode())).review
    return review.last_reviewed if review else None


@pytest.mark.parametrize(("head", "body", "lang", "expected"), [
    ("", "", ' lang="en"', None),  # a bare "en": not guessed
    ('<link rel="canonical" href="https://www.example.co.uk/hay-fever">', "", ' lang="en"',
     "2026-05-04"),  # a UK site (eval h522: a Wix dental practice at .co.uk)
    ('<meta property="og:url" content="https://clinic.example.com.au/p">', "", "", "2026-05-04"),
    ('<link rel="canonical" href="https://www.health.example.gov/p">', "", ' lang="en"',
     "2026-04-05"),
    ('<link rel="canonical" href="https://www.example.com/p">', "", ' lang="en"', None),
    ('<link rel="canonical" href="https://example.co/p">', "", ' lang="en"', None),  # vanity
    # a Word export's runs (eval h525): each <span lang=EN-US>
    ("", "<p><span lang=EN-US>Take the first dose at 6 pm.</span></p>", "", "2026-04-05"),
    ("", "<p><span lang=EN-US>One.</span><span lang=EN-GB>Two.</span></p>", ' lang="en"', None),
    # a language switcher's link is another language's, not the page's
    ("", '<p><a href="/fr/" lang="fr-CA">Français</a></p>', ' lang="en"', None),
    ("", '<p><a href="/es/" lang="es-MX">Español</a></p>', "", None),  # a page with no lang
    # a region on <html> is the page's, whatever its address
    ('<link rel="canonical" href="https://www.example.co.uk/p">', "", ' lang="en-US"',
     "2026-04-05"),
])
def test_a_page_states_its_region_by_its_elements_lang_or_its_country_domain(
        head, body, lang, expected):
    """An ambiguous numeric date on a page whose <html lang> names no region is read in
    the region the page states otherwise (extract/locale.py), and not guessed without."""
    assert _review_date(head, body, lang) == expected


def test_a_welsh_page_last_reviewed_line_dates_the_review():
    """NHS Wales's review block in Welsh (eval h523, h495, h291): "Adolygwyd y dudalen
    ddiwethaf" (page last reviewed) was no label; the next review's date is not it."""
    from pipeline.document import Document
    from pipeline.extract.review import read_review

    page = ('<!DOCTYPE html><html lang="cy"><head><title>T</title></head><body><main><h1>Ffliw'
            '</h1><p>Testun.</p><div class="nhsuk-review-date"><p>Adolygwyd y dudalen ddiwethaf:'
            ' 9 Medi 2026<br>Dyddiad adolygu nesaf: 9 Medi 2027</p></div></main></body></html>')
    review = read_review(Document.from_bytes(page.encode())).review
    assert review is not None and review.last_reviewed == "2026-09-09"


@pytest.mark.parametrize(("lang", "body", "iso"), [
    # the reviewer's line, then its label again with the date (eval h149, h36, h498)
    ("en-IE", "<div><p>Approved by Aoife Nolan, MPharm MPSI, Supervising Pharmacist.</p>"
     "<p>Approved 09/01/2026 &middot; Next review due 09/01/2027</p></div>", "2026-01-09"),
    ("pt-BR", "<div><p>Revisão técnica: Dra. Mirela Fontoura, biomédica</p>"
     "<p>Revisão técnica em 30/09/2025</p></div>", "2025-09-30"),
    # or a date label: a Vant cell group's reviewer cell, then its date cell (eval h120)
    ("en-IN", '<div class="van-cell-group"><div class="van-cell"><div class="title"><span>'
     "Medically validated by</span></div><div><span>Dr. Raghav Iyengar, MBBS, MD</span></div>"
     '</div><div class="van-cell"><div class="title"><span>Validated on</span></div><div>'
     "<span>12 March 2026</span></div></div></div>", "2026-03-12"),
    # another label's line, or prose after the date, dates nothing
    ("en-IE", "<div><p>Approved by Aoife Nolan, MPharm MPSI.</p>"
     "<p>Updated 09/01/2026</p></div>", None),
    ("en-IE", "<div><p>Approved by Aoife Nolan, MPharm MPSI.</p>"
     "<p>Approved 09/01/2026 for the winter campaign and the leaflets.</p></div>", None),
])
def test_a_reviewers_label_repeated_on_the_next_line_with_a_date_dates_the_review(
        lang, body, iso):
    from pipeline.document import Document
    from pipeline.extract.review import read_review

    page = (f'<!DOCTYPE html><html lang="{lang}"><head><title>T</title></head><body><main>'
            f"<h1>T</h1><p>Text.</p>{body}</main></body></html>")
    review = read_review(Document.from_bytes(page.encode())).review
    assert review is not None and review.last_reviewed == iso


@pytest.mark.parametrize(("lang", "body"), [
    # a patient's review line: the badge in another part of it (eval h534)
    ("en-US", '<div class="meta"><span>Reviewed by kaylee_runs</span> · <span>Verified patient'
     '</span> · <time datetime="2026-02-17">February 17, 2026</time></div>'),
    # a legal or compliance review is no medical one (eval h533)
    ("en-US", "<p>Last updated March 10, 2026 · Compliance reviewed by Ainsley Moorcroft, JD, "
     "Regulatory Counsel</p>"),
    # a fact-check desk's brand holds the label's own word (eval h535)
    ("es-PE", '<div class="badge">✔ Verificado por El Rímac Verifica</div>'),
])
def test_a_customer_line_a_legal_review_or_a_fact_check_brand_states_no_review(lang, body):
    from pipeline.document import Document
    from pipeline.extract.review import read_review

    page = (f'<!DOCTYPE html><html lang="{lang}"><head><title>T</title></head><body><main>'
            f"<h1>T</h1><p>Text.</p>{body}</main></body></html>")
    assert read_review(Document.from_bytes(page.encode())).review is None


def test_the_next_lines_byline_date_is_the_posts_not_the_reviews():
    """"Revisado por: NAME, QFB" then "Por Equipo Editorial · 14 de enero de 2026" (eval
    h535): the author's byline and the publication date."""
    from pipeline.document import Document
    from pipeline.extract.review import read_review

    page = ('<!DOCTYPE html><html lang="es-MX"><head><title>T</title></head><body><main><h1>T'
            "</h1><div><p>Revisado por: Rosalba Quintanar, QFB</p><p>Por Equipo Editorial · 14 "
            "de enero de 2026</p></div><p>Texto.</p></main></body></html>")
    review = read_review(Document.from_bytes(page.encode())).review
    assert review is not None and review.reviewer.name == "Rosalba Quintanar"
    assert review.last_reviewed is None


@pytest.mark.parametrize(("credits", "iso"), [
    ("<dt>Actual al:</dt><dd>5 de octubre de 2025</dd><dt>Autor:</dt><dd>Personal de "
     "Clinipedia</dd><dt>Revisión médica:</dt><dd>Gabriel Montoya MD</dd>", "2025-10-05"),
    ("<dt>Actual al:</dt><dd>5 de octubre de 2025</dd><dt>Autor:</dt><dd>Personal de "
     "Clinipedia</dd>", None),
])
def test_a_spanish_library_topics_actual_al_dates_a_named_reviewers_review(credits, iso):
    """A licensed health library's Spanish credits (eval h535): "Actual al" is "Current as
    of", which dates the review when the credits name a medical reviewer."""
    from pipeline.document import Document
    from pipeline.extract.review import read_review

    page = ('<!DOCTYPE html><html lang="es-US"><head><title>T</title></head><body><main>'
            f"<h1>T</h1><p>Texto.</p><dl>{credits}</dl></main></body></html>")
    review = read_review(Document.from_bytes(page.encode())).review
    assert (review.last_reviewed if review else None) == iso
