"""What stands before a person's name in a byline: honorifics ("Dr.", "Dott.ssa") and role
phrases ("Registered Dietitian", "Supervising Pharmacist", "Registered Kinesiologist"), and
what a name word looks like. The rest of the person grammar is people.py's."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from itertools import takewhile

from ..dates import find_date
from ..text import HANGUL_LETTER, KANA_CJK, ONE_WORD_NAMES
from ..wording import wording
from .statement_labels import PROGRAM_MARKS, SPACELESS

# Separators end a name; commas and parentheses are read by the credential grammar.
SEPARATORS = frozenset("|·•—–;")


_HAN_NAME_MOST = 6  # characters of a name written in Han characters ("森崎千夏", "陈志强")


_KANA_CJK_WORD = re.compile(f"[{KANA_CJK}]++")
_KANA_NAME_MOST = 8  # characters of a Japanese name written as one word ("宮原のぞみ")


@cache
def _spaceless_groups() -> tuple[str, ...]:
    return tuple(w for w in wording().group_words if ONE_WORD_NAMES.match(w))


def body_word(word: str) -> bool:
    """`word` names a body, not a person: a group word (`group_word`), or a compound that
    ends in a body's word (`body_suffixes`: "Hørecenter", "Augenklinik", "소화기내과")."""
    word = word.lower().strip(".,:;")
    return group_word(word) or any(
        len(word) > len(end) + 2 and word.endswith(end) for end in wording().body_suffixes)


def group_word(word: str) -> bool:
    """`word` is a group word ("Team", "IRB"), or a word of a script whose words run
    together that ends in one ("みなと耳鼻咽喉科クリニック", "이로운치과": a clinic; "홍보팀")."""
    word = word.lower().strip(".,:;")
    return word in wording().group_words or (
        bool(ONE_WORD_NAMES.match(word)) and word.endswith(_spaceless_groups()))


def body_name(toks: list[str], end: int) -> bool:
    """The words after a name that ends at toks[end] make it a body's: a group word in
    capitals ("Lakeview Central IRB") or capitalised with the colon that ended the name
    ("HR Policy Group: 15/05/2026"), a group word in lower case ("Midwifery team"), a
    program's mark ("MedAssist AI": software, not a person), or "and" and capitalised
    words ending in a group word ("Medical Policy and Technology Assessment Committee")."""
    if end >= len(toks):
        return False
    if (toks[end].isupper() or (toks[end][:1].isupper() and toks[end].endswith(":"))) and (
            body_word(toks[end]) or toks[end] in PROGRAM_MARKS):
        return True
    if ONE_WORD_NAMES.match(toks[end]) and group_word(toks[end]):
        return True  # "튼튼한관절 홍보팀": a team (not a unit: "NAME 소화기내과 전문의")
    if toks[end].islower() and group_word(toks[end]):
        return True  # "Midwifery team, Lagan Valley maternity unit"
    run = list(takewhile(str.istitle, toks[end + 1:end + 5])) \
        if toks[end].lower() in ("and", "&") else []
    return bool(run) and body_word(run[-1])


def _georgian(c: str) -> bool:
    """Georgian's everyday letters (U+10D0-U+10FF): Unicode gives them a capital form
    (Mtavruli) that Georgian text does not use, so `islower()` holds for every name."""
    return "\u10d0" <= c <= "\u10ff"


def is_name_word(token: str) -> bool:
    """A capitalised word ("Jane", "O'Neil"), or one in a script without letter case
    (Arabic, Devanagari, Hangul, CJK: "طارق", "अनिल"), whose vowel signs are marks."""
    word = token.rstrip(".")
    if not word or not word[0].isalpha() or (word[0].islower() and not _georgian(word[0])):
        return False
    if len(word) > _HAN_NAME_MOST and all("\u4e00" <= c <= "\u9fff" for c in word):
        return False  # "本文经医生审阅", "家庭醫學科主任": a phrase or a role, not a name
    if len(word) == 1 and HANGUL_LETTER.match(word):
        return False  # "를": a particle; a Korean name has two syllables or more
    if len(word) > _KANA_NAME_MOST and _KANA_CJK_WORD.fullmatch(word) and not body_word(word):
        return False  # "葉酸の働きと選び方の解説部分は": a clause, not a name (a body's name
        # is read as one, and refused as a group: "みなと耳鼻咽喉科クリニック")
    return all(c.isalpha() or c in "'’-.\u200c\u200d" or unicodedata.category(c)[0] == "M"
               for c in word)  # ZWNJ, ZWJ: joiners inside a Persian or Indic word


def split_prefixes(tok: str) -> list[str]:
    """Titles abbreviated with a dot and written onto the name in a script without spaces
    between words ("ผศ.นพ.สมชาย": "ผศ.", "นพ.", "สมชาย"): the vocabulary's honorifics."""
    out: list[str] = []
    head, dot, rest = tok.partition(".")
    while dot and SPACELESS.match(rest) and head.lower() in wording().honorifics:
        out.append(head + dot)
        tok = rest
        head, dot, rest = tok.partition(".")
    return [*out, tok]


def split_titles(toks: list[str]) -> list[str]:
    """A title written onto the name in a script without spaces between words
    ("森崎千夏先生") split off it: the vocabulary's `title_suffixes`."""
    titles = wording().title_suffixes  # longest first
    out: list[str] = []
    for k, tok in enumerate(toks):
        title = next((t for t in titles if tok.endswith(t) and len(tok) > len(t)
                      and not tok[-len(t) - 1].isspace()), None) \
            if not tok.isascii() and tok not in titles and not _before_name(toks, k) else None
        out.extend((*split_prefixes(tok[: -len(title)]), title) if title else split_prefixes(tok))
    return out


def _before_name(toks: list[str], k: int) -> bool:
    """toks[k] is followed by a name word of a script whose words run together: a role
    written onto a qualifier or a unit before the name ("执业药师 NAME", "护理部副主任
    NAME"), which stays whole (prefixes.take_prefix reads it), not a name and its title."""
    return k + 1 < len(toks) and bool(ONE_WORD_NAMES.match(toks[k + 1])) \
        and is_name_word(toks[k + 1])


@cache
def _roles_by_first() -> dict[str, list[list[str]]]:
    """The role phrases' words, longest first, by their first word."""
    found: dict[str, list[list[str]]] = {}
    for role in wording().roles:
        parts = role.split()
        found.setdefault(parts[0], []).append(parts)
    return found


def take_prefix(toks: list[str], i: int) -> tuple[list[str], int]:
    """Honorifics and role words at toks[i:]: (the honorifics, in their written forms and
    order: "Prof. Dr. med." is ["Prof.", "Dr.", "med."]; the index after them). A role word
    may stand apart from the name ("Reviewed by Dietitian</span> <div><a>NAME")."""
    words = wording()
    prefix: list[str] = []
    while i < len(toks) - 1:
        low = toks[i].lower().rstrip(".")
        following = toks[i + 1]
        if low in words.honorifics and (is_name_word(following)  # "Dr. med. NAME": two
                                        or following.lower().rstrip(".") in words.honorifics):
            prefix.append(words.honorifics[low])
            i += 1
            continue
        if _avatar_initials(toks, i) or _unit_or_title(toks, i):
            i += 1  # "RV Renata Vasquez-Holm": an avatar's initials drawn before the name
            continue
        after = _past_role(toks, i)  # "Registered Dietitian NAME", "Supervising Pharmacist NAME"
        if after is None:
            return prefix, i
        i = after
    return prefix, i


def _avatar_initials(toks: list[str], i: int) -> bool:
    """toks[i] is two or three capitals that are the initials of the name words after it
    ("RV Renata Vasquez-Holm", "JKO Jonah K. Okafor")."""
    tok = toks[i]
    n = len(tok)
    return 2 <= n <= 3 and tok.isalpha() and tok.isupper() and i + n < len(toks) \
        and all(is_name_word(w) for w in toks[i + 1:i + 1 + n]) \
        and "".join(w[0] for w in toks[i + 1:i + 1 + n]) == tok


def _unit_or_title(toks: list[str], i: int) -> bool:
    """toks[i] is a department or a title written before the name in a script whose words
    run together: a body's word before a name and its title ("口腔种植科 NAME 医生"), a
    title or a word ending in one before a name ("医師 NAME", "执业药师 NAME"), a body's
    word before a title and a name ("長安藥局 臨床藥師 NAME"), or any word before a title,
    a name and its title ("护理部 副主任 NAME 主任护师")."""
    if i + 2 > len(toks) or not ONE_WORD_NAMES.match(toks[i]):
        return False
    titles = wording().title_suffixes
    following = toks[i + 1]
    if following.endswith(_spaceless_groups()) and i + 2 < len(toks) and toks[i + 2] in titles:
        return True  # a body's name in two words before a title ("はなみずき
        # レディースクリニック 院長 NAME"; not a department: "NAME 소화기내과 전문의")
    if following in titles:  # a body's word, or the name's own title after the name:
        # "NAME 醫師 皮膚科" is not one; a Korean name is one word, so in Korean any word
        # before a title and a name is a unit ("약사공방 대표약사 NAME")
        return i + 2 < len(toks) and is_name_word(toks[i + 2]) and toks[i + 2] not in titles \
            and not body_word(toks[i + 2]) and (body_word(toks[i]) or HANGUL_LETTER.match(
                toks[i + 2]) is not None or (i + 3 < len(toks) and toks[i + 3] in titles)
                or toks[i].endswith(wording().body_suffixes))  # "皮膚科 部長 NAME": a department
    if HANGUL_LETTER.match(toks[i]) and HANGUL_LETTER.match(following) and (body_word(toks[i]) or (
            toks[i].endswith(wording().body_suffixes) and i + 2 < len(toks)
            and is_name_word(following) and toks[i + 2] in titles)):
        return True  # "안과 NAME 교수": a department before a Korean name and its title
        # (not "NAME 순환기내과 전문의"); "대한…학회 홍보위원회 위원 NAME": a body before more words
    if toks[i].endswith(titles):  # "医師", "执业药师", "康途健康合作医生" before the name
        return is_name_word(following)
    return body_word(toks[i]) and is_name_word(following) and (  # the name's title after it
        i + 2 < len(toks) and toks[i + 2] in titles)  # "薬局 薬剤部": a body's unit, no name


_ROLE_LEAD = 2  # capitalised words a role phrase may follow ("NZ Registered Dietitian")


def _past_role(toks: list[str], i: int) -> int | None:
    """The index of the name after a role phrase at toks[i], or after one or two
    capitalised words and then a role phrase ("Supervising Pharmacist NAME", "NZ
    Registered Dietitian NAME"); None when no role phrase stands there before a name."""
    honorifics = wording().honorifics
    for lead in range(_ROLE_LEAD + 1):
        start = i + lead
        if start >= len(toks) or (lead and not toks[start - 1][:1].isupper()):
            return None
        for parts in _roles_by_first().get(toks[start].lower(), ()) or _unlisted_role(toks, start):
            after = start + len(parts)
            if [t.lower() for t in toks[start + 1:after]] != parts[1:]:
                continue
            while after < len(toks) - 1 and toks[after] in SEPARATORS:
                after += 1
            name = after  # past an honorific after the role ("biologa nutrizionista dott.ssa")
            while name < len(toks) - 1 and toks[name].lower().rstrip(".") in honorifics:
                name += 1
            if name < len(toks) and is_name_word(toks[name]) and (
                    not lead or (name + 1 < len(toks) and is_name_word(toks[name + 1]))):
                return after
    return None


_ROLE_QUALIFIERS = frozenset({"registered", "licensed", "certified", "accredited", "chartered",
                              "board-certified", "qualified"})
# Words that lead a role phrase after a name ("NAME Senior Consultant", "NAME Podiatric
# Surgeon"): with the role word after them, they end the name.
ROLE_LEADS = _ROLE_QUALIFIERS | {"senior", "chief", "lead", "principal", "head", "associate",
                                 "assistant", "clinical", "attending", "staff", "podiatric",
                                 "practising", "practicing"}
_ROLE_ENDINGS = ("ist", "ian")  # "Kinesiologist", "Nutritionist-Dietitian", "Audiologist"
SPECIALIST_ENDINGS = ("ologist", "iatrist", "ician")  # "Hematologist", "Podiatrist"


def _unlisted_role(toks: list[str], start: int) -> list[list[str]]:
    """A role word not in the list after a word that qualifies a profession ("Registered
    Kinesiologist NAME"), by the ending of an occupation's name; or a specialist's title
    right before a full name ("Hematologist NAME SURNAME, MD"); [] when none."""
    word = toks[start].lower()
    if not toks[start][:1].isupper():
        return []
    qualified = any(t.lower() in _ROLE_QUALIFIERS for t in toks[max(0, start - _ROLE_LEAD):start])
    if start and qualified and word.endswith(_ROLE_ENDINGS):
        return [[word]]  # "Registered Kinesiologist", "Accredited Exercise Physiologist"
    if word.endswith(SPECIALIST_ENDINGS) and start + 2 < len(toks) \
            and is_name_word(toks[start + 1]) and is_name_word(toks[start + 2]):
        return [[word]]  # "Hematologist Marcus Oyelaran-Webb, MD"
    return []


def counted(toks: list[str], k: int) -> bool:
    """A count of things starts at toks[k] ("20,000 users", "۲۰٬۰۰۰ کاربر"): a number that
    is not a year, followed by a word, and not a date ("12 March 2026")."""
    if k + 1 >= len(toks) or not _number(toks[k]) or _number(toks[k + 1]) \
            or toks[k + 1] in ":,-()":
        return False
    found = find_date(" ".join(toks[k:k + _DATE_TOKENS]))
    return found is None or found.start > 0


def _number(token: str) -> bool:
    """A number of things ("20,000", "۲۰٬۰۰۰", "500"), not a year."""
    digits = token.replace(",", "").replace("\u066c", "").replace("\u00a0", "")
    return digits.isdigit() and not (len(digits) == 4 and token.isdigit())


_DATE_TOKENS = 5  # tokens a written date takes at most ("12 de marzo de 2026")
