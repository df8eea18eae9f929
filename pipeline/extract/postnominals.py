"""Postnominal credentials as tokens: a listed credential's canonical spelling
(pipeline/data/credentials.json, dots and spaces aside) and the shape of an unlisted one.
The grammar that reads them after a name is people.py's."""

from __future__ import annotations

import re
from functools import cache

from ..text import ONE_WORD_NAMES, THAI_LETTER
from ..wording import credential_list, wording

_CREDENTIAL_SHAPE = re.compile(r"[A-Z][A-Za-z]{1,9}+(?:[-/][A-Z][A-Za-z]{0,5}+)?+")


@cache
def _credentials() -> dict[str, str]:
    return {_key(c): c for c in credential_list()}


def _key(token: str) -> str:
    return token.replace(".", "").replace(" ", "").upper()


def credential(token: str) -> str | None:
    """The canonical spelling of a listed credential token ("M.D." -> "MD"), or None; a
    listed one written with its dots onto its specialty in Thai, whose words run together
    ("ว.ว.ประสาทวิทยา": the specialty diploma in neurology), as printed."""
    found = _credentials().get(_key(token))
    if found is None and THAI_LETTER.match(token):
        head, dot, rest = token.rpartition(".")
        if dot and THAI_LETTER.match(rest) and _credentials().get(_key(head)):
            return token
    return found



def listed_words(toks: list[str], i: int) -> int | None:
    """Where a listed credential written as words, stop words among them ("PhD in
    Medicine", "MB BCh BAO"), that starts at toks[i] ends (the longest), else None."""
    return next((k for k in range(min(len(toks), i + _MOST_WORDS), i + 1, -1)
                 if " " in (credential("".join(toks[i:k])) or "")), None)


_MOST_WORDS = 4  # words of the longest listed credential written with spaces


def strict_credential(token: str) -> str | None:
    """A listed credential written as credentials are ("MD", "M.D.", "PharmD", "L.Ac."), not
    a name word that happens to spell one ("Ma", "Do", "Mg" for "Mg."): used where no comma says
    "credentials now", and in a job title's words ("…, Faculdade de Medicina da …")."""
    canon = credential(token)
    bare = token.replace(".", "")
    dotted = canon is not None and canon.endswith(".") and not token.endswith(".")
    if canon and ((bare == canon.replace(".", "") and not dotted) or bare.isupper() or (
            "." in token.strip(".") and bare.upper() == canon.replace(".", "").upper())):
        return canon
    return None


def spelling(token: str) -> str:
    """How an unlisted credential-shaped token is kept: without its dots ("F.A.S.M." is
    FASM), but a German diploma as printed ("Dipl.-Psych.")."""
    bare = token.replace(".", "")
    return token if _diploma(bare) else bare


def _diploma(bare: str) -> bool:
    """"Dipl-Sozialpädagogin" (dots aside): a German diploma, written after the name."""
    return bare[:5] == "Dipl-" and bare[5:].isalpha()


_DEGREE_HUMPS = 3  # capitals of a degree's abbreviated words ("MPsychSc", "DClinPsy")


def credential_shaped(token: str) -> bool:
    """True for a token written like a postnominal: two to ten letters, mostly capitals
    ("FAASM", "CCC-SLP", "F.A.S.M."), or three abbreviated words run together
    ("MPsychSc", "DClinPsy"), or a German diploma ("Dipl.-Psychologin"); roman numerals
    are name suffixes and a job title's initials ("GP", "CMO") a role, not credentials."""
    bare = token.replace(".", "")
    if _diploma(bare):
        return True
    words = wording()
    if not _CREDENTIAL_SHAPE.fullmatch(bare) or bare.lower() in words.name_suffixes \
            or bare.lower() in words.role_abbreviations \
            or (bare.isupper() and bare.lower() in words.credential_qualifiers):
        return False  # "III" ends a name, "GP" and "CMO" are job titles, "UK" a country
    head, _, tail = bare.rpartition("-")
    if head and not head.isupper() and tail[:1].isupper() and len(tail) > 2 and (
            tail[1:].islower() or (head[1:].islower() and not tail[1:].isupper())):
        return False  # "McAlinden-Reyes", "Whitinui-McLeod": a double-barrelled surname
        # (not "NP-Adult")
    letters = [c for c in bare if c.isalpha()]
    capitals = sum(c.isupper() for c in letters)
    return capitals >= max(2, (len(letters) * 3 + 4) // 5) or capitals >= _DEGREE_HUMPS


_CJK_LIST_MOST = 16  # tokens after a name written in Han, kana or Hangul read for its credentials


def listed_among(toks: list[str], i: int) -> list[str]:
    """Listed credentials among the roles and specialties that follow a name written in
    Han, kana or Hangul, where a middle dot or a line parts them rather than a comma ("차영후
    한의사 · 한의학박사 · 한방신경정신과 전문의", "上野 健太郎 | 医学博士・MPH | …院長"): read
    to the end of the name's line, or of the next when the name ends its own, and not past a
    token with a colon or a slash (another label's: "／監修：…")."""
    creds: list[str] = []
    for k, tok in enumerate(toks[i:i + _CJK_LIST_MOST]):
        if (tok == "|" and k) or ":" in tok or "/" in tok:
            break
        if ONE_WORD_NAMES.search(tok):  # not "MBBS (HK)": the comma grammar's
            creds += [c for c in map(credential, tok.split("・")) if c and c not in creds]
    return creds
