"""Names with credentials, as bylines write them: "Dr. Jane Doe, MD, FACP",
"Hansa D. Bhargava, MD", "Dietitian Jessica Ball, M.S., RD", "Joanna Baker (APD)".

A person is: optional honorifics and role words ("Dr.", "Dietitian"), name words (capitalised
words, initials, particles such as "van", suffixes such as "Jr."), then credentials however
written: after a comma or none, in parentheses, with dots ("M.D." is "MD"), listed in
pipeline/data/credentials.json or shaped like one (capitals, two to ten letters: kept, and
reported as `Reading.unlisted`). A name starts with a capital, holds no digit and no word of
a group ("0 people", "5 Epinions users", "our clinical team", "the insurer" are not people).
README, "Review statement grammar"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ..records import Person
from ..text import HANGUL_LETTER, ONE_WORD_NAMES, normalize_space
from ..wording import wording
from .degrees import field, spaced_degrees, spelled, written_degree
from .postnominals import (
    credential,
    credential_shaped,
    listed_among,
    listed_words,
    spelling,
    strict_credential,
)
from .prefixes import (
    ROLE_LEADS,
    SEPARATORS,
    body_name,
    body_word,
    counted,
    is_name_word,
    split_titles,
    take_prefix,
)
from .statement_labels import statement_label

# Commas and colons as other scripts write them: Arabic "،", CJK "、", full-width "，：",
# Ethiopic "፣", "፥" and its word mark "፡" (a comma after a name: "ሃይለ ገብረ፡ MD").
WIDE_PUNCTUATION = str.maketrans({"،": ",", "、": ",", "，": ",", "：": ":", "（": "(", "）": ")",
                                   "፣": ",", "፥": ":", "፡": ",", "／": "/", "｜": "|"})
_TOKEN = re.compile(r"[(),|·•—–;]|\s-\s|[^\s(),|·•—–;]++")


@dataclass(frozen=True)
class Reading:
    """A person read from the start of a text: the person (None when the words there are
    not a person's name), the unlisted credential-shaped tokens kept, how many tokens were
    read, and the token after the person (a stop word, separator or None at the end)."""

    person: Person | None
    unlisted: tuple[str, ...]
    used: int
    next_token: str | None
    reason: str | None = None  # why the words are not a person's name

    @property
    def listed(self) -> bool:
        """The person carries a listed credential, not only credential-shaped words."""
        return self.person is not None and any(
            c not in self.unlisted for c in self.person.credentials)


def tokens(text: str) -> list[str]:
    """The words and punctuation of a byline, as the person grammar reads them; a
    registered or trademark sign is no part of a word ("CTH®" is CTH)."""
    return [t.strip().rstrip("®™") or t.strip() for t in _TOKEN.findall(text)]


def _take_name(toks: list[str], i: int) -> tuple[list[str], int]:
    words = wording()
    name: list[str] = []
    while i < len(toks):
        tok = toks[i]
        low = tok.lower()
        if name and HANGUL_LETTER.match(name[0]):
            break  # a Korean name is one word ("박준호"): what follows is a title or a unit
        if tok.rstrip(".").lower() in words.name_suffixes and name:
            name.append(tok)
        elif tok in words.title_suffixes or (len(name) >= 2 and _role_at(toks, i) > i):
            break  # "森崎 千夏 先生"; "NAME Specialist in …", "NAME Senior Consultant": a role
        elif name and (strict_credential(tok) or (
                credential_shaped(tok) and not all(w.isupper() for w in name))):
            break  # "Jane Doe MD", "Jane Doe FAASM"; "JANE DOE" stays a name
        elif is_name_word(tok):
            after = toks[i + 1] if i + 1 < len(toks) else ""  # "El Amrani"; "June 3": a date
            if (low in words.statement_stops and not (low in words.name_particles and is_name_word(
                    after))) or (low.rstrip(".") in words.months and after[:1] in "0123456789"):
                break
            name.append(tok)
            if tok[-1:] == "." and len(tok) > 4 and tok[:-1].isalpha() \
                    and (i + 2 >= len(toks) or toks[i + 2][:1].isdigit()):
                name[-1] = tok[:-1]  # "NAME. Peržiūrėta 2026-10-19.": the sentence ends it;
                return name, i + 1  # not "Hakim Mohd. Irfan Qasmi"
        elif name and i + 1 < len(toks) and (
                (low in words.name_particles and (is_name_word(toks[i + 1])
                                                  or toks[i + 1].lower() in words.name_particles))
                or (_nickname(tok) and is_name_word(toks[i + 1]))):
            name.append(tok)  # "bin", "a/l"; 'Eduardo "Ed" Manansala': a nickname in quotes
        else:
            break
        i += 1
    return name, i


def _nickname(tok: str) -> bool:
    """A name word in quotation marks ('"Ed"', "“Bea”")."""
    return len(tok) > 2 and tok[0] in "\"“'‘" and tok[-1] in "\"”'’" and is_name_word(tok[1:-1])


def _role_at(toks: list[str], i: int) -> int:
    """The index past a role at toks[i] (one role word, after at most two lead words:
    "Specialist", "Senior Consultant", "Accredited Practising Dietitian"), else `i`."""
    roles = wording().roles
    for k in range(i, min(i + 3, len(toks))):
        if toks[k].lower() in roles:
            return k + 1
        if toks[k].lower() not in ROLE_LEADS:
            break
    return i


def _past_role_word(toks: list[str], i: int) -> int:
    """Past a role after the name when credentials follow it ("NAME Podiatric Surgeon,
    BPod, FACPS"), else `i`."""
    k = _role_at(toks, i)
    if i < k < len(toks) and toks[k] in (",", "("):  # "NAME 원장 (치의학박사, …)" too
        creds, _, _ = _take_credentials(toks, k)
        if creds:
            return k
    return i


def _specialty(toks: list[str], i: int) -> int:
    """How many tokens (four at most) lie between the "(" at toks[i] and its ")" when
    all are specialty qualifiers of a credential ("Tr & Orth", "Urol"; data:
    `credential_qualifiers`, word by word: "Int Med") or fields ("Pharmacology"), else 0."""
    for n in range(1, 5):
        if i + n >= len(toks) or toks[i + n] == "(":
            return 0
        if toks[i + n] == ")":
            return n - 1 if n > 1 and any(t != "&" for t in toks[i + 1:i + n]) else 0
        if toks[i + n] != "&" and not _specialty_word(toks[i + n]) and not field(toks[i + n]):
            return 0
    return 0


def _parenthesised(toks: list[str], i: int, creds: list[str]) -> int:
    """Read the parentheses at toks[i] after the credentials `creds`: a country or college
    ("MRCP (UK)") or a specialty ("FRCS (Tr & Orth)", "MS (Ortho)") joins the last one, an
    awarding university ("MBChB (UCT)") is passed over. The tokens read, or 0 when the
    parentheses hold something else (credentials: "(APD)")."""
    if _university(toks, i):
        if toks[i + 1].lower() in wording().credential_qualifiers:
            creds[-1] += f"({toks[i + 1]})"
        return 3
    inner = _specialty(toks, i)
    if inner:
        creds[-1] += f" ({' '.join(toks[i + 1:i + 1 + inner])})"
        return inner + 2
    return 0


def _qualifier(toks: list[str], i: int, creds: list[str], joined: bool) -> int:
    """The tokens read at toks[i] that qualify a credential: parentheses right after one
    (`joined`: "FCP (SA)", `_parenthesised`), or specialty words ending its comma part
    ("MCh Urology)", "FCS(SA) Urol,": `_specialty_tail`); a country or specialty in
    parentheses elsewhere qualifies other words ("Cert Pulm (SA) Phys") and is passed
    over; 0 else. A credential written in words is read whole here too (degrees.py:
    "FC Plast Surg (SA)", "MSc Audiology")."""
    read = written_degree(toks, i)
    if read:
        if (whole := spelled(toks[i:i + read])) not in creds:
            creds.append(whole)
        return read
    if toks[i] != "(":
        tail = _specialty_tail(toks, i) if joined and creds else 0
        if tail:
            creds[-1] += " " + " ".join(toks[i:i + tail])
            if _university(toks, i + tail):
                return tail + 3  # "MS Ortho (UKM)": the awarding university, passed over
        return tail
    if joined and creds:
        return _parenthesised(toks, i, creds)
    if i + 2 < len(toks) and toks[i + 2] == ")" \
            and toks[i + 1].lower() in wording().credential_qualifiers:
        return 3
    return 0


@cache
def _qualifier_words() -> frozenset[str]:
    return frozenset(w for q in wording().credential_qualifiers for w in q.split())


def _specialty_word(token: str) -> bool:
    """A word of the credential qualifiers ("gen surg": "gen", "surg"; dots aside), which
    written after a credential without parentheses is its specialty ("MCh Urology")."""
    return token.lower().rstrip(".") in _qualifier_words()


def _part_end(toks: list[str], i: int) -> int:
    """Where the comma part that goes on at toks[i] ends: at a comma, a parenthesis, a
    dash, a separator, a stop word, or a specialty word after a credential ("MCh
    Urology": the specialty joins the credential, `_specialty_tail`)."""
    start, i = i, listed_words(toks, i) or i  # "PhD in Medicine": past its stop word
    while i < len(toks) and toks[i] not in ",()-" and toks[i] not in SEPARATORS \
            and not _stops(toks[i]) and not (
                i > start and _specialty_word(toks[i]) and credential(toks[i - 1])):
        i += 1
    return i


def _specialty_tail(toks: list[str], i: int) -> int:
    """How many specialty words start at toks[i] ("Urology", "Gen Surg") when they end a
    comma part (a comma, a ")", a separator, the end, or an awarding university in
    parentheses: "MS Ortho (UKM)" follows), else 0."""
    j = i
    while j < len(toks) and _specialty_word(toks[j]):
        j += 1
    return j - i if j > i and (j == len(toks) or toks[j] in ",)" or toks[j] in SEPARATORS
                               or _university(toks, j)) else 0


def _university(toks: list[str], i: int) -> bool:
    """toks[i:i+3]: a short capitalised name in parentheses, no credential ("(UKM)")."""
    return i + 2 < len(toks) and toks[i] == "(" and toks[i + 2] == ")" \
        and len(toks[i + 1]) <= 5 and toks[i + 1].isupper() and not credential(toks[i + 1])


def credentials_only(text: str) -> bool:
    """Whether `text` holds credentials and nothing else: listed or credential-shaped
    tokens, their qualifiers ("(S'pore)", "Int Med") and punctuation; a line of a card
    ("MBBS (S'pore), MRCP (UK)"), not a role ("Cardiologist, MD Anderson alumna")."""
    words = [t for t in tokens(text) if t not in ",()/&"]
    return bool(words) and all(credential(t) or credential_shaped(t)
                               or _specialty_word(t) for t in words)


def _registration_number(part: list[str]) -> bool:
    """A code, then a number that is no date nor year ("GMC 7012345", "M.N. 14.552"; not
    "RM 30.01.2026", "MBBS 2019"), or letters then 4+ digits ("HCPC HAD08812"): a registration."""
    number = part[-1]
    if len(part) != 2 or "/" in number or number.count(".") + number.count("-") > 1:
        return False  # "30.01.2026": a date
    if number[:1].isalpha():
        return number.isalnum() and sum(c.isdigit() for c in number) >= 4
    return number[:1].isdigit() and all(d.isdigit() and not (len(d) == 4 and d[:2] in (
        "19", "20")) for d in number.replace(".", "").split("-"))


def _title_phrase_end(toks: list[str], i: int) -> int:
    """Past a job title's phrase opening with a stop word, to the comma after it ("Nurse
    Specialist in Endoscopy, RGN"); not past a date ("…, Specialist in March 2026")."""
    j = i + 1 if i < len(toks) and _stops(toks[i]) else len(toks)
    while j < len(toks) and toks[j] not in ",()" and not any(c.isdigit() for c in toks[j]):
        j += 1
    return j if i + 1 < j < len(toks) and toks[j] == "," else i


def _stops(token: str) -> bool:
    """A word that ends a statement's person ("on", "en", "le"), unless it is a listed
    credential written in capitals ("EN", an enrolled nurse; "LE")."""
    return token.lower() in wording().statement_stops and not (
        token.isupper() and credential(token) is not None)


def _take_credentials(toks: list[str], i: int) -> tuple[list[str], list[str], int]:
    """Credentials after a name: listed ones from any comma part, unlisted shaped ones
    from parts that hold nothing else; a part of other words (a job title) is passed over."""
    words = wording()
    creds: list[str] = []
    unlisted: list[str] = []
    after_comma = False
    read_to = -1  # the token after the last credential read
    while i < len(toks):
        tok = toks[i]
        # A comma part that is one word in capitals is a credential, even one that spells
        # a stop word ("…, MD, DEN": not Swedish "den 3 mars").
        alone = tok.isupper() and i > 0 and toks[i - 1] == "," and (
            i + 1 == len(toks) or toks[i + 1] in ",)" or toks[i + 1] in SEPARATORS)
        if tok in SEPARATORS or tok == "-" or (_stops(tok) and not alone) or ":" in tok[:-1]:
            break  # a colon in a word: another label's ("NAME（…）／監修：NAME")
        read = _qualifier(toks, i, creds, i == read_to)
        if read:
            read_to = i + read if i == read_to else read_to
            i += read
            continue
        if tok in ",()" or tok in "/&":
            after_comma = after_comma or tok in ",("
            i += 1
            continue
        part_end = _part_end(toks, i + 1 if alone else i)
        part = [t for tok_ in toks[i:part_end]  # "MD/PhD", but "OTR/L" is one credential
                for t in ([tok_] if credential(tok_) else tok_.split("/")) if t]
        if len(part) > 1 and credential("".join(part)) and (after_comma or all(
                credential(t) or credential_shaped(t) for t in part)):
            part = ["".join(part)]  # "B. Pharm.", "MB ChB": one credential written spaced
        part = spaced_degrees(part)  # "MB BCh BAO MICGP DCH": the first three are one
        listed = [credential(t) if after_comma else strict_credential(t) for t in part]
        if any(t.lower().rstrip(".") in words.registration_words for t in part) \
                or _registration_number(part):
            pass  # "HCPC registered", "M.N. 14.552": a registration, not a credential
        elif all(c or credential_shaped(t) for c, t in zip(listed, part, strict=True)):
            for k, (c, t) in enumerate(zip(listed, part, strict=True)):
                if k and creds and c is None and t.lower() in words.credential_colleges:
                    creds[-1] += f" {t}"  # "MFDS RCS": the diploma's college (unlisted)
                    continue
                canon = c or spelling(t)
                if canon not in creds:
                    creds.append(canon)
                    if c is None:
                        unlisted.append(canon)
            read_to = part_end
        elif after_comma:  # "Chief Medical Officer": its credentials as written (not "da")
            creds += [c for c in map(strict_credential, part) if c and c not in creds]
            part_end = _title_phrase_end(toks, part_end)
        else:  # "NAME MD Family Medicine": the credentials before the other words
            lead = 0
            while lead < len(listed) and listed[lead] and part[lead] == toks[i + lead]:
                if listed[lead] not in creds:
                    creds.append(listed[lead])  # type: ignore[arg-type]
                lead += 1
            i += lead
            break
        i = part_end
    return creds, unlisted, i


def read_person(text: str) -> Reading:
    """Read a person at the start of `text` ("Dr. Jane Doe, MD, FACP — Updated ...")."""
    toks = split_titles(tokens(text.translate(WIDE_PUNCTUATION)))
    i = next((i for i, t in enumerate(toks) if t not in SEPARATORS and t not in ":,-"), len(toks))
    prefix, i = take_prefix(toks, i)
    name_words, named = _take_name(toks, i)  # `named`: where the name ends
    creds, unlisted, i = _take_credentials(
        toks, _past_role_word(toks, named) if name_words else named)
    if not creds and i < len(toks) and toks[i] == "|":
        # A card's next line that is only credentials ("<p>NAME</p><p>MSN, APRN, FNP-BC</p>",
        # or with the comma in a block of its own: "<a>NAME</a><div>, </div><div>MD</div>")
        k = next((k for k in range(i + 1, len(toks)) if toks[k] not in ("|", ",")), len(toks))
        more, more_unlisted, j = _take_credentials(toks, k)
        if more and (j == len(toks) or toks[j] in SEPARATORS or len(more) > len(more_unlisted)):
            creds, unlisted, i = more, more_unlisted, j  # a listed one: whatever follows
    if not creds and name_words and ONE_WORD_NAMES.match(name_words[0]):
        creds = listed_among(toks, named)  # "NAME 한의사 · 한의학박사", not comma-listed
    degrees = [p for p in prefix if p in wording().degree_prefixes and p not in creds]
    creds = [*degrees, *creds]  # "MUDr. Jan Novák, Ph.D.": a degree written before the name
    next_token = toks[i] if i < len(toks) else None
    reason = _not_a_name(toks, named, name_words)
    if reason:
        return Reading(None, (), i, next_token, reason)
    person = Person(name=" ".join(name_words), credentials=tuple(creds),
                    prefix=" ".join(prefix) or None)
    return Reading(person, tuple(unlisted), i, next_token)


def _not_a_name(toks: list[str], end: int, name: list[str]) -> str | None:
    words = wording()
    if not name:
        first = next((t for t in toks if t not in SEPARATORS and t not in ":,-"), "")
        if first[:1].isdigit():
            return "a count, not a person"
        return "no name" if not first else "not a person's name"
    if counted(toks, end) and toks[end + 1] not in SEPARATORS:
        return "a count, not a person"  # "بیش از ۲۰٬۰۰۰ کاربر": "more than 20,000 users"
    if all(w.lower().rstrip(".") in words.honorifics or w.lower() in words.roles for w in name) \
            or statement_label().fullmatch(" ".join(name)):  # "Clinical Reviewer": a label
        return "a role word, not a name"
    if all(strict_credential(w) for w in name):
        return "credentials, not a name"  # "Medical reviewer · MD, FAAP": no name after the role
    if name[0].lower() in words.determiners or any(body_word(w) for w in name) \
            or (len(name) > 1 and name[-1].isupper() and len(name[-1]) > 1
                and name[-1].lower() in words.credential_qualifiers) or body_name(toks, end) \
            or (name == [name[0].upper()] and end < len(toks) and toks[end][:1].islower()):
        return "a group, not a person"  # "Coeliac UK": a charity; "みなと耳鼻咽喉科クリニック",
        # "이로운치과": a clinic; "ERN clinical coordinator Dr NAME": a network's acronym
    return None


def parse_person(text: str) -> Person | None:
    """Split "Dr. Jane Doe, MD, FACP" into name, prefix and credentials; None when the
    text does not start with a person's name ("a board-certified physician",
    "our clinical team", "0 people"). Trailing words that are not credentials
    ("Chief Medical Officer") are dropped."""
    return read_person(normalize_space(text)).person


@lru_cache(maxsize=4096)  # registry keys and a page's names are asked for again and again
def name_key(text: str) -> str:
    """A name as registries match it: honorific prefix and credentials dropped, case and
    spacing ignored ("Dr. Rainier  Guiang, MD" and "rainier guiang" give the same key)."""
    text = " ".join(w[:1].upper() + w[1:] for w in text.split())  # "dr. jane roe" too
    person = parse_person(text)
    name = person.name if person else text
    return " ".join(name.replace(".", " ").split()).casefold()
