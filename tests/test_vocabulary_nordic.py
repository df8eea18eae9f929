"""German, Czech, Danish, Norwegian (Bokmål and Nynorsk), Polish and Finnish review statements
and dates as hospitals, practices, pharmacies, insurers and public health offices print them
(review-vocabulary.json, credentials.json). The sentences are invented, shaped like real
bylines."""

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
    # German: 'Medizinisch geprüft:' with its colon, Austrian 'OA' and 'Prim.', Swiss 'FMH',
    # 'Dr. rer. nat.', 'Stand der Prüfung', 'Letzte fachliche Prüfung'.
    ("<p>Medizinisch geprüft: OA Dr. Lukas Hofbauer, Facharzt für Urologie, FEBU</p>"
     "<p>Stand der Prüfung: Mai 2026</p>", "de-AT",
     ("Lukas Hofbauer", ("FEBU",), "2026-05")),
    ("<p>Medizinisch geprüft von Dr. med. Nina Aebischer, FMH Dermatologie und Venerologie</p>"
     "<p>Stand der Prüfung: 14.02.2026</p>", "de-CH",
     ("Nina Aebischer", ("FMH",), "2026-02-14")),
    ("<p>Geprüft von: Dr. rer. nat. Tobias Rehm, Fachapotheker für Offizinpharmazie</p>"
     "<p>Geprüft am 03.03.2026</p>", "de", ("Tobias Rehm", (), "2026-03-03")),
    ("<p>Fachlich geprüft</p><p>Prof. Dr. med. Helene Brandt, Direktorin der Klinik für "
     "Kardiologie</p><p>Letzte fachliche Prüfung</p><p>04/2026</p>", "de",
     ("Helene Brandt", (), "2026-04")),
    ("<p>Medizinisch geprüft: Dr. med. Paula Reuter, Kinder- und Jugendärztin, IBCLC</p>"
     "<p>Geprüft: 05/2026</p>", "de", ("Paula Reuter", ("IBCLC",), "2026-05")),
    ("<p>Ärztlich geprüft: Prim. Dr. Georg Lechner, Chefarzt der Inneren Medizin</p>"
     "<p>Letzte Prüfung: Jänner 2026</p>", "de-AT", ("Georg Lechner", (), "2026-01")),
    # Czech: 'Schválil' (approved by), 'Odborný garant článku', 'Datum schválení',
    # 'Datum kontroly'.
    ("<p>Schválil: MUDr. Tomáš Kubíček, primář oddělení</p>"
     "<p>Datum schválení: 14. 5. 2026</p>", "cs", ("Tomáš Kubíček", ("MUDr.",), "2026-05-14")),
    ("<p>Článek zkontroloval PharmDr. Petr Šimek, farmaceut</p>"
     "<p>Datum kontroly: 2. 3. 2026</p>", "cs", ("Petr Šimek", ("PharmDr.",), "2026-03-02")),
    ("<p>Odborný garant článku: MUDr. Alena Vávrová, Ph.D., praktická lékařka</p>", "cs",
     ("Alena Vávrová", ("MUDr.", "PhD"), None)),
    # Danish: 'Sundhedsfagligt gennemgået af' and 'dr.med.' before the name.
    ("<p>Sundhedsfagligt gennemgået af dr.med. Søren Holm, speciallæge – marts 2026</p>", "da",
     ("Søren Holm", (), "2026-03")),
    # Norwegian Bokmål: 'Faglig ansvarlig:' and a role word before the name.
    ("<p>Faglig ansvarlig: overlege Ingrid Haugland</p>"
     "<p>Faglig kvalitetssikret: 09.04.2026</p>", "nb", ("Ingrid Haugland", (), "2026-04-09")),
    ("<p>Medisinsk ansvarlig: fastlege Eirik Moen</p><p>Sist gjennomgått: 2. mars 2026</p>",
     "nb", ("Eirik Moen", (), "2026-03-02")),
    # Norwegian Nynorsk: 'Fagleg kvalitetssikra av'.
    ("<p>Fagleg kvalitetssikra av Sigrid Aasen, overlege, 7. februar 2026.</p>", "nn",
     ("Sigrid Aasen", (), "2026-02-07")),
    # Polish: 'dr n. med.' and 'dr hab. n. farm.' before the name, 'Data sprawdzenia'.
    ("<p>Artykuł sprawdzony przez: dr n. med. Tomasz Lis, pediatra</p>"
     "<p>Data sprawdzenia: 12 maja 2026</p>", "pl", ("Tomasz Lis", (), "2026-05-12")),
    ("<p>Sprawdzony przez: dr hab. n. farm. Ewa Zając</p><p>Sprawdzono: 3 marca 2026</p>", "pl",
     ("Ewa Zając", (), "2026-03-03")),
    # Finnish: 'LKT' (doctor of medicine and surgery) before the name.
    ("<p>Artikkelin on tarkastanut LKT Mikko Laine, lokakuu 2026</p>", "fi",
     ("Mikko Laine", ("LKT",), "2026-10")),
])
def test_review_statements_in_central_and_northern_europe(line, lang, expected):
    review = _review(line, lang)
    assert review is not None, line
    assert (review.reviewer.name, review.reviewer.credentials, review.last_reviewed) == expected


@pytest.mark.parametrize(("line", "lang", "iso"), [
    ("<p>Medizinisch geprüft: Dr. Jan Vogt</p><p>Medizinisch geprüft am 21.01.2026</p>", "de",
     "2026-01-21"),
    ("<p>Fachlich geprüft von Dr. Jan Vogt</p><p>Überprüft am 4. Februar 2026</p>", "de",
     "2026-02-04"),
    ("<p>Schválila: MUDr. Jana Malá</p><p>Schváleno: 8. 1. 2026</p>", "cs", "2026-01-08"),
    ("<p>Fagleg kvalitetssikra av Ola Rud</p><p>Sist kvalitetssikra: 5. mai 2026</p>", "nn",
     "2026-05-05"),
    ("<p>Sundhedsfagligt gennemgået af Mette Friis</p><p>Sundhedsfagligt gennemgået: "
     "11. maj 2026</p>", "da", "2026-05-11"),
])
def test_review_dates(line, lang, iso):
    review = _review(line, lang)
    assert review is not None and review.reviewer is not None, line
    assert review.last_reviewed == iso


@pytest.mark.parametrize(("line", "lang", "name"), [
    ("<p>Medizinisch geprüft: Dr. med. Anke Roth</p><p>Letzte Aktualisierung: 02.03.2026</p>",
     "de", "Anke Roth"),
    ("<p>Schválil: MUDr. Karel Dvořák</p><p>Platnost do: 01. 01. 2027</p>", "cs", "Karel Dvořák"),
    ("<p>Faglig ansvarlig: overlege Kari Nilsen</p><p>Sist oppdatert: 20.04.2026</p>", "nb",
     "Kari Nilsen"),
    ("<p>Fagleg kvalitetssikra av Åse Lunde</p><p>Artikkelen vart oppretta 3. mars 2026.</p>",
     "nn", "Åse Lunde"),
    ("<p>Sundhedsfagligt gennemgået af Lars Bech</p><p>Opdateret: 2. februar 2026</p>", "da",
     "Lars Bech"),
])
def test_an_updated_or_published_date_is_not_the_review_date(line, lang, name):
    review = _review(line, lang)
    assert review is not None and review.reviewer is not None, line
    assert (review.reviewer.name, review.last_reviewed) == (name, None)
