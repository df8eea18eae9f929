"""Dates as pages state them, kept at the stated precision (ISO 8601).

Written forms (month names and ordinal suffixes are data, pipeline/wording.py):
"March 3, 2026", "Sep. 9th, 2025", "20 January 2026", "3rd of March 2026", "July 2004",
"15 de enero de 2026" (connectors such as "of" and "de" are data too),
ISO "2025-07-30" and "2025-07", "2026/03/15", and numeric day and month with a
four-digit year ("03/15/2026", "15.03.2026", "3-15-2026") or, with slashes, a two-digit
one of this century ("11/14/25" is 2025), a numeric month and year ("11/2025", month
precision). A numeric date whose day
and month could swap is read by the page's locale (`<html lang>`, see
`numeric_order`); on a page of unknown locale it is not guessed (`FoundDate.ambiguous`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache

from .text import THAI_LETTER
from .wording import phrase_pattern, wording

MONTHS = wording().months  # month name or abbreviation (lower case) -> 1..12

# A relative time a widget or a comment prints for when something was posted ("2 weeks
# ago", "about 1 month ago", "5 days ago"; English): not a date, a post's.
POSTED_AGO = re.compile(r"(?<!\w)(?:\d{1,3}+|an?|one)\s*+(?:second|minute|hour|day"
                        r"|week|month|year)s?+\s++ago(?!\w)", re.I)
_ISO = re.compile(
    r"^(?P<year>\d{4})(?:-(?P<month>\d\d)(?:-(?P<day>\d\d)"
    r"(?P<time>[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?)?)?$"
)
ISO_DATE = re.compile(r"^\d{4}(?:-\d\d(?:-\d\d)?)?$")


@cache
def _date_pattern() -> re.Pattern[str]:
    words = wording()
    # a prefix tree, behind a class of its first letters: a position no month name starts
    # at fails in one step, not after trying each of the tree's first branches in turn
    # (with the month names of some forty languages and a dozen scripts, most of a search)
    names = {*words.months, *(name for own in words.own_months.values() for name in own)}
    initials = "".join(sorted({re.escape(name[0]) for name in names}))
    month = f"(?=[{initials}])(?:" + phrase_pattern(tuple(sorted(names))) + r")\.?+"
    # "3rd", "14.", and a suffix of two or more letters set off by a space ("1 er mars":
    # "1<sup>er</sup>"); one letter only written on: "18a" (Basque), not "8 a viz" (Breton)
    spaced = [re.escape(s) for s in words.ordinal_suffixes
              if s.isascii() and s.isalpha() and len(s) > 1]
    ordinal = ("(?:\\s(?:" + "|".join(spaced) + r")(?!\w)|"
               + "|".join(re.escape(s) for s in words.ordinal_suffixes) + ")?+")
    day = r"\d{1,2}+" + ordinal
    year = r"(?:1[89]|2[01]|25)\d\d"  # 1800-2199, and 2500-2599 of the Buddhist era (Thai
    # pages: "03/10/2569" is 3 October 2026): "2611-07" in a reference code is no date
    sep = r"(?:[-/]|\.\s?+)"  # a numeric date's separator
    # a day's hyphen, not a month name's own ("10-р сарын": Mongolian's tenth month)
    hyphen = r"-(?![^\W\d_]\s)"
    # "of", "de": a whole word ("1 december" is not "1 de …")
    joint = "(?:" + "|".join(re.escape(w) for w in words.date_connectors) + r")\b"
    marks = "(?:" + "|".join(re.escape(w) for w in words.year_marks) + ")" if words.year_marks \
        else "(?!)"  # "gada", "m."
    glued = "(?:" + "|".join(re.escape(w) for w in words.year_suffixes) + ")" \
        if words.year_suffixes else "(?!)"  # Basque "2026ko irailaren 18a"
    return re.compile(  # the month's name in group `mon`, whatever its script; it appears
        # once: what comes before it (a day, or a year first) picks what must follow it
        # (conditional groups), as a pattern repeating some forty languages' month names per
        # form took most of a process's start-up to compile
        # not inside a code: "ZA-RA-2026-07" (a hyphen or a word character before it)
        rf"\b(?<!-)(?:(?:(?:{day}(?:(?:\s++{joint})?+\s++|{hyphen})(?P<dfirst>)"
        # year first, then the month named and the day in either order, after the year's dot
        # or mark: "2026. március 12." (Hungarian), "2026. gada 12. martā" (Latvian),
        # "2026 m. kovo 12 d." (Lithuanian), hyphened: "2026-жылдын 15-октябры" (Kyrgyz),
        # "2026-yil 28-sentabr" (Uzbek), "2026-ж., апрель" (Kyrgyz, no day), the mark written
        # onto the year: "2026ko irailaren 18a" (Basque)
        rf"|(?P<ynd>{year}(?:\.(?:\s++{marks})?+|(?:\s++|-){marks}|{glued}),?+\s++)"
        rf"(?:{day}(?:\s++|{hyphen})(?P<yday>))?+"
        rf")?+(?P<mon>{month})"
        # 3 March 2026, 3rd of March 2026, 15 de enero de 2026
        rf"(?(dfirst)(?:,?+(?:\s++{joint})?+\s++|-)(?:{year}|\d\d(?![\d:]))"  # "8 Oct 26"
        rf"|(?(ynd)(?(yday)|(?:\s++{day})?+)"  # no day: "2026 ж. тамыз", a month
        # March 3, 2026; March 2026, enero de 2026
        rf"|(?:\s++{day},?+\s++{year}|,?+(?:\s++{joint})?+\s++{year}))))"
        # 2026-03-15, 2026-03, and with a space after a dot: "2026. 1. 22." (Korean)
        rf"|(?P<ymd>{year}{sep}\d{{1,2}}+{sep}\d{{1,2}}+|{year}-\d\d)"
        # 3/15/26, 15.03.2026, "5. 2. 2026" (Czech, Slovak, Hungarian space after the dot)
        rf"|(?P<num>\d{{1,2}}+{sep}\d{{1,2}}+{sep}{year}"
        rf"|\d{{1,2}}+(?:/\d{{1,2}}+/|\.\d{{1,2}}+\.)\d\d)"  # 14.09.26: day first
        rf"|(?P<nmy>\d{{1,2}}+[/.]{year}))"  # 11/2025, 02.2026: a month
        r"(?:(?![\w-])|(?<=\d)(?=T\d\d:\d\d))"  # or a timestamp's date: 2026-10-31T23:30
        # 2026年3月12日, 2026년 1월 22일 (Japanese, Chinese, Korean), at its precision; the
        # words around it are written on ("2026年1月15日更新")
        rf"|(?<!\d)(?P<cjk>(?:{year}|1\d\d(?=年)|(?P<era>令和|平成)\s*+(?:\d{{1,2}}+|元))"
        r"\s*+[年년]\s*+\d{1,2}+\s*+[月월]"
        r"(?:\s*+\d{1,2}+\s*+[日일])?+)",  # a Minguo year (Taiwan: "115年3月2日" is 2026)
        re.I,
    )


def _fold(name: str) -> str:
    """A month name as matched, in any case: the pattern matches "MAYIS" for "mayıs" (the
    Turkish dotless i has a capital I), so the dotted and dotless i are one letter here."""
    return name.lower().replace("i\u0307", "i").replace("\u0131", "i")


_MONTHS_FOLDED = {_fold(name): number for name, number in MONTHS.items()}
_DIGITS = re.compile(r"\d++")
# Digits of other scripts as ASCII, one character for one, so offsets stay the text's:
# Arabic-Indic "١٢" and Persian "۱۲", Devanagari "१२", Bengali "১২", Gurmukhi, Gujarati,
# Odia, Tamil "௧௨", Telugu, Kannada, Malayalam, Thai, Lao, Tibetan, Myanmar, Khmer,
# full-width "１２".
_DIGIT_ZEROS = (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6,
                0x0D66, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x17E0, 0xFF10)
_DIGITS_FOLD = str.maketrans({chr(base + k): str(k) for base in _DIGIT_ZEROS for k in range(10)})


@dataclass(frozen=True)
class FoundDate:
    """A date found in text: its ISO form at the stated precision (None when `ambiguous`),
    where it was written, and, for a numeric date the locale cannot settle, why not."""

    iso: str | None
    start: int
    end: int
    text: str
    ambiguous: str | None = None


def _iso(year: int, month: int | None, day: int | None) -> str | None:
    try:
        date(year, month or 1, day or 1)
    except ValueError:
        return None
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def parse_iso(value: str, keep_time: bool = False) -> str | None:
    """Validate an ISO 8601 date or datetime; return it (date part only unless keep_time)."""
    value = value.strip()
    m = _ISO.match(value)
    if not m:
        return None
    month = int(m["month"]) if m["month"] else None
    day = int(m["day"]) if m["day"] else None
    day_part = _iso(int(m["year"]), month, day)
    if day_part is None:
        return None
    if keep_time and m["time"]:
        return day_part + "T" + m["time"][1:]
    return day_part


def numeric_order(locale: str | None) -> str | None:
    """"mdy" or "dmy": how a page in `locale` ("en-US", "en_GB", "de") writes a numeric
    date, from the data's lists (the locale with its region first, then its language);
    English of any other region is day first: month first is written only where the US
    way is (the `month_first` list); None when the locale does not say (no lang, a bare
    "en", "en-CA"). A private-use
    subtag the page's own dates gave (`page_order`: "en-x-mdy") says it too."""
    if not locale:
        return None
    words = wording()
    tag = locale.strip().lower().replace("_", "-")
    if tag[-6:] in ("-x-mdy", "-x-dmy") or tag in ("x-mdy", "x-dmy"):
        return tag[-3:]
    for key in (tag, tag.split("-")[0] if "-" in tag else None):
        if key in words.month_first:
            return "mdy"
        if key in words.day_first:
            return "dmy"
    region = tag.split("-")[1] if "-" in tag else ""
    if tag.startswith("en-") and len(region) == 2 and region.isalpha() and region != "ca":
        return "dmy"  # English of a region not listed month first: "en-BA", "en-VN", "en-KZ"
    return None


def _numeric(first: int, second: int, year: int,
             order: str | None) -> tuple[str | None, str | None]:
    """(iso, None) or (None, why it is ambiguous) for a numeric day/month pair."""
    if first == second or second > 12:
        return _iso(year, first, second), None
    if first > 12:
        return _iso(year, second, first), None
    if order == "mdy":
        return _iso(year, first, second), None
    if order == "dmy":
        return _iso(year, second, first), None
    return None, "day and month could be either way round and the page's locale does not say"


_SHORT_MONTH = 4  # letters of an abbreviated month name ("Oct", "Sept"): a two-digit year's


def _read(m: re.Match[str], order: str | None,
          own: dict[str, int]) -> tuple[str | None, str | None]:
    written = m["mon"]
    if written:
        # The name as matched, spaces collapsed: "كانون الثاني" is two words, "मार्च" holds
        # vowel signs that are not word characters (splitting it into words loses it).
        name = _fold(" ".join(written.rstrip(".").split()))
        month = own.get(name) or _MONTHS_FOLDED.get(name) or _MONTHS_FOLDED.get(name + ".")
        if month is None:
            return None, None
        # the day and year, not a number in the month's name ("21 tháng 4 năm 2026")
        numbers = [int(p) for p in _DIGITS.findall(m.group(0).replace(written, " ", 1))]
        if m["ynd"]:  # the year first, the day after it or after the month, or none
            if len(numbers) == 1 and not m["ynd"].strip("0123456789.,- "):
                return None, None  # "… in 2026. March brought": no year mark, no day
            return _iso(numbers[0], month, numbers[1] if len(numbers) > 1 else None), None
        day = numbers[0] if len(numbers) == 2 else None
        thai = THAI_LETTER.match(written) is not None  # "8 ต.ค. 68": 2568 of the Buddhist era
        if numbers[-1] < 100 and not thai and (len(written.rstrip(".")) > _SHORT_MONTH
                                               or not written.isascii()):
            return None, None  # "on 3 March 26 patients": a count; "8 Oct 26" is a date
        year = numbers[-1] + (2500 if thai else 2000) if numbers[-1] < 100 else numbers[-1]
        return _iso(_common_era(year), month, day), None
    numbers = [int(p) for p in _DIGITS.findall(m.group(0))]
    if m["era"]:  # "令和8年2月4日": a Japanese era's year ("元": its first)
        if "元" in m.group(0):
            numbers.insert(0, 1)
        return _iso(_JAPANESE_ERAS[m["era"]] + numbers[0], numbers[1],
                    numbers[2] if len(numbers) > 2 else None), None
    if m["ymd"] or m["cjk"]:
        return _iso(_common_era(numbers[0] + (_MINGUO if numbers[0] < 1000 else 0)), numbers[1],
                    numbers[2] if len(numbers) > 2 else None), None
    if m["nmy"]:
        return (_iso(_common_era(numbers[1]), numbers[0], None) if 1 <= numbers[0] <= 12
                else None), None
    year = _common_era(numbers[2] + 2000 if numbers[2] < 100 else numbers[2])  # "11/14/25"
    # Dots between day, month and year are written day first where they are written at
    # all (German, Turkish, Russian, Scandinavian pages): "05.01.2026" on a bare "en" page.
    dotted = "." in m.group(0)
    return _numeric(numbers[0], numbers[1], year, order or ("dmy" if dotted else None))


def _common_era(year: int) -> int:
    """A year of the Buddhist era (2500-2599, as Thai pages write it) in the common era."""
    return year - _BUDDHIST_ERA if year >= _BUDDHIST_FIRST else year


_BUDDHIST_ERA, _BUDDHIST_FIRST = 543, 2500
_MINGUO = 1911  # year 1 of the Republic of China's calendar is 1912
_JAPANESE_ERAS = {"令和": 2018, "平成": 1988}  # the year before each era's first


def find_date(text: str, locale: str | None = None) -> FoundDate | None:
    """The first date written in `text`, in any of the module's forms. An impossible date
    ("February 30, 2026") is skipped; an ambiguous numeric one is returned with `iso` None."""
    for m, iso, ambiguous in _dates(text, locale):
        if iso or ambiguous:
            return FoundDate(iso, m.start(), m.end(), text[m.start():m.end()], ambiguous)
    return None


def find_human_date(text: str, locale: str | None = None) -> tuple[str, re.Match[str]] | None:
    """The first readable date in `text` (see `find_date`), as (ISO form, match)."""
    return next(((iso, m) for m, iso, _ in _dates(text, locale) if iso), None)


def _dates(text: str, locale: str | None) -> Iterator[tuple[re.Match[str], str | None, str | None]]:
    """Each date-shaped match in `text` with its reading on a page in `locale`: the numeric
    order the locale writes, and its language's own month names (`own_months`) first."""
    order = numeric_order(locale)
    own = _own_months((locale or "").lower().replace("_", "-").split("-")[0])
    for m in _date_pattern().finditer(text.translate(_DIGITS_FOLD)):
        yield (m, *_read(m, order, own))


@cache
def _own_months(language: str) -> dict[str, int]:
    """`language`'s own month names, folded as `_read` matches them."""
    return {_fold(name): number for name, number in wording().own_months.get(language, {}).items()}


def is_future(iso: str, today: date) -> bool:
    """True when a date at any precision starts after `today`."""
    parts = [int(p) for p in iso[:10].split("-")]
    stated = (today.year, today.month, today.day)[: len(parts)]
    return tuple(parts) > stated


# A numeric day and month with a four-digit year, in a page's source text.
_NUMERIC_DATE = re.compile(rb"(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](?:19|20)\d\d(?![\d/-]|\.\d)")


def page_order(language: str | None, source: bytes) -> str | None:
    """The page's locale as the review reader reads dates with: `language` itself when it
    says how numeric dates are written, else, when the page's own numeric dates that
    cannot be swapped ("10/15/2026", "25.03.2026") all say one order, `language` with a
    private-use subtag saying it ("en-x-mdy"; "x-dmy" with no language): a page whose
    other dates are month first writes its "10/02/2026" so. Else `language` (an
    ambiguous date stays unread)."""
    if numeric_order(language) is not None:
        return language
    orders = set()
    for m in _NUMERIC_DATE.finditer(source):
        first, second = int(m[1]), int(m[2])
        if first > 12 >= second >= 1:
            orders.add("dmy")
        elif second > 12 >= first >= 1:
            orders.add("mdy")
    if len(orders) != 1:
        return language
    order = orders.pop()
    return f"{language}-x-{order}" if language else f"x-{order}"


# A year closing a text: four digits (1900-2099), no digit, slash, dot or dash glued to
# them before, only spaces, a full stop or a bracket after.
_CLOSING_YEAR = re.compile(r"(?<![\w/.-])((?:19|20)\d\d)[\s.)]*+$")
_SPACED_DASHES = "—–-"  # a dash with a space on each side sets a year off too
_YEAR_SEPARATORS = ",·•|:"  # what sets a year off from the words before it; not a dash
# ("2019–2023": a range's end)


def trailing_year(text: str, leads: frozenset[str] = frozenset()) -> FoundDate | None:
    """A bare year that closes `text` as a part of its own: the whole text, or set off by
    a separator ("NAME, PsyD, 2026.", "Last clinical review: 2026") or after one of
    `leads` ("— Reviewed 2026", "in 2026"). A year inside words ("since 2019 we have") or
    glued to a number ("03/2026") is no date of this kind."""
    m = _CLOSING_YEAR.search(text)
    if m is None:
        return None
    before = text[: m.start()].rstrip()
    lead = before.rsplit(None, 1)[-1].lower() if before else ""
    if before and before[-1] not in _YEAR_SEPARATORS and lead not in leads and not (
            before[-1] in _SPACED_DASHES and text[m.start() - 1].isspace()
            and before[-2:-1].isspace() and not before[:-1].rstrip()[-1:].isdigit()):
        return None  # but "NAME, DC, DACNB — 2026"; not a range ("2019–2023", "2019 – 2023")
    return FoundDate(m[1], m.start(1), m.end(1), m[1])
