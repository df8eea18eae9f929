"""Credentials written in several words, which the person grammar (people.py) reads as one:

- a college's qualification with its country in parentheses, the way the Colleges of
  Medicine of South Africa write them: "FC Plast Surg (SA)", "Cert Cardiology(SA) Phys",
  "Dip PEC (SA)", "FCPath (SA) Chem";
- a degree and its subject of at most two words, up to the end of its comma part: "MSc
  Audiology", "BSc (Hons) Optometry", "MA Clin Psych", "Dip Pall Med";
- a listed credential spelled with spaces: "MB BCh BAO", "BM BCh" (`spaced_degrees`).

Each rule needs a head it knows (a listed or credential-shaped one, or a word that opens
such qualifications) and stops at anything that is not a subject word (a credential, a
role, a month, a registration word, a lower-case word), so "MBChB FCP (SA)" stays two,
"MSc Registered Dietitian" and "MA Example Health News" one, and "OT Reg. (Ont.)" is
not read. Shapes seen in eval sets h112-h206 (README, "Review statement grammar").
"""

from __future__ import annotations

from ..wording import wording
from .postnominals import credential, credential_shaped, strict_credential
from .prefixes import ROLE_LEADS, SEPARATORS

# Words that open a qualification written in words: a certificate, a diploma, a college's
# fellowship ("FC Orth (SA)"). Written in this case only.
QUALIFICATION_HEADS = frozenset({"Cert", "Dip", "FC", "PGDip", "PGCert"})
# Degrees that take their subject after them ("MSc Audiology"), dots aside.
SUBJECT_DEGREES = frozenset({"BSc", "MSc", "BA", "MA", "BS", "MS", "MPhil", "MRes", "BAppSc",
                             "BMedSc", "BHSc", "MHSc", "BPharm", "Dip", "PGDip", "PGCert",
                             "Cert"})
_SUBJECT_WORDS = 2  # "MSc Sports Physiotherapy", "FC Rad Onc (SA)"; not "MA Example Health News"
_LONGEST_WORD = 16
_TAIL_LETTERS = 6  # "Phys", "Paed", "Chem": the college's discipline after the country
_COUNTRY_LETTERS = 6  # "(SA)", "(Ont.)", "(Wits)"
_ROLE_ENDINGS = ("ist", "ian", "er", "or")  # "Audiologist", "Dietitian", "Nurse Manager"


def written_degree(toks: list[str], i: int) -> int:
    """How many tokens at toks[i] spell one credential in several words (module doc), or 0."""
    head = toks[i]
    bare = head.replace(".", "")
    opens = head in QUALIFICATION_HEADS
    if not (opens or strict_credential(head) or credential_shaped(head)):
        return 0
    j = i + 1
    hons = j + 2 < len(toks) and toks[j] == "(" and toks[j + 1] == "Hons" and toks[j + 2] == ")"
    j += 3 if hons else 0
    k = j  # a subject after a degree is words ("MSc Audiology"), not another credential
    while k < len(toks) and k - j < _SUBJECT_WORDS and _subject_word(toks[k]) \
            and (opens or toks[k][1:].rstrip(".").islower()):  # "BPharm PGCertPharm": two
        k += 1
    words = k - j
    if k + 2 < len(toks) and toks[k] == "(" and toks[k + 2] == ")" and _country(toks[k + 1]) \
            and (opens or toks[k + 1].lower().rstrip(".") in wording().credential_qualifiers):
        end = k + 3
        tail = end < len(toks) and _tail(toks[end]) and (
            toks[end].endswith(".") or _part_ends(toks, end + 1))  # "… (SA) Phys. Reviewed"
        if (words or tail) and not hons:
            return end - i + (1 if tail else 0)
        return 0
    if not words or not _part_ends(toks, k):
        return 0
    return k - i if (bare in SUBJECT_DEGREES and credential(head)) or (opens and not hons) else 0


def spelled(toks: list[str]) -> str:
    """The credential's tokens, its country joined as the grammar writes one ("MRCP(UK)"):
    "FC Plast Surg(SA)", "Cert Pulm(SA) Phys", "MSc Audiology"."""
    return " ".join(toks).replace(" ( Hons )", " (Hons)").replace(" ( ", "(").replace(" )", ")")


def _subject_word(token: str) -> bool:
    word = token.rstrip(".")
    low = word.lower()
    vocabulary = wording()
    return 1 < len(word) <= _LONGEST_WORD and word.isalpha() and word[0].isupper() \
        and strict_credential(token) is None and token not in QUALIFICATION_HEADS \
        and low not in ROLE_LEADS \
        and low not in vocabulary.months and low not in vocabulary.statement_stops \
        and low not in vocabulary.registration_words and low not in vocabulary.roles \
        and not low.endswith(_ROLE_ENDINGS)


def _country(token: str) -> bool:
    word = token.rstrip(".")
    return 1 < len(word) <= _COUNTRY_LETTERS and word.isalpha() and word[0].isupper()


def _tail(token: str) -> bool:
    word = token.removesuffix(".")  # "Cert Pulmonology(SA) Phys. Reviewed: …"
    return len(word) <= _TAIL_LETTERS and word.isalpha() and word[0].isupper() \
        and word[1:].islower() and strict_credential(word) is None \
        and word.lower() not in wording().roles


def _part_ends(toks: list[str], k: int) -> bool:
    return k >= len(toks) or toks[k] in ",)" or toks[k] in SEPARATORS


_SPACED_MOST = 4  # words of a credential listed spaced ("MB BCh BAO")


def spaced_degrees(part: list[str]) -> list[str]:
    """`part` with each run of words that spells a credential listed with spaces ("MB BCh
    BAO", "BM BCh") joined, the longest run first."""
    joined: list[str] = []
    k = 0
    while k < len(part):
        for j in range(min(len(part), k + _SPACED_MOST), k + 1, -1):
            canon = credential("".join(part[k:j]))
            if canon and " " in canon:
                joined.append(" ".join(part[k:j]))
                k = j
                break
        else:
            joined.append(part[k])
            k += 1
    return joined


def field(token: str) -> bool:
    """A capitalised word naming a field by its ending ("Pharmacology", "Paediatrics",
    "Psychiatry"): in parentheses after a credential, its specialty ("MD (Pharmacology)")."""
    return token[:1].isupper() and len(token) > _SHORTEST_FIELD \
        and token.lower().endswith(_FIELD_ENDINGS)


_FIELD_ENDINGS = ("ology", "ics", "iatry")
_SHORTEST_FIELD = 6  # letters: more than "Ethics" or "Topics", which name no specialty
