"""Icelandic, Faroese, Irish, Scottish Gaelic, Welsh, Basque, Galician, Luxembourgish,
Breton, West Frisian and Romansh review statements and dates as their health services,
hospitals, pharmacies and health portals print them (review-vocabulary.json). The
sentences are invented, shaped like real bylines."""

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
    # Icelandic: 'Yfirfarið af' and its agreeing forms, 'Fagleg yfirferð' as a qualified
    # noun label standing alone over the name, 'Síðast yfirfarið', dotted day numbers.
    ("<p>Yfirfarin af: Guðrún Helgadóttir, hjúkrunarfræðingur. "
     "Síðast yfirfarið 3. mars 2026.</p>", "is", ("Guðrún Helgadóttir", (), "2026-03-03")),
    ("<dl><dt>Læknisfræðileg yfirferð</dt><dd>Einar Þórsson, barnalæknir</dd>"
     "<dt>Dagsetning yfirferðar</dt><dd>17.11.2025</dd></dl>", "is",
     ("Einar Þórsson", (), "2025-11-17")),
    # Faroese: 'Eftirhugt av NAME, role, d. month yyyy'.
    ("<p>Eftirhugt av Sunniva Joensen, lækni, 4. februar 2026.</p>", "fo",
     ("Sunniva Joensen", (), "2026-02-04")),
    # Irish: 'Curtha in eagar go cliniciúil ag' (clinically edited by) with its colon.
    ("<p>Curtha in eagar go leighis ag: An Dr Aoife Ní Bhriain, MRCPI</p>"
     "<p>Dáta athbhreithnithe: 9 Márta 2026</p>", "ga",
     ("Aoife Ní Bhriain", ("MRCPI",), "2026-03-09")),
    # Scottish Gaelic: 'Air ath-sgrùdadh le: An Dr NAME', months with their article.
    ("<p>Air ath-sgrùdadh le: An Dr Seonag Dhòmhnallach, MRCGP</p>"
     "<p>Ath-sgrùdadh mu dheireadh: 2 An Giblean 2026</p>", "gd",
     ("Seonag Dhòmhnallach", ("MRCGP",), "2026-04-02")),
    ("<p>Air a sgrùdadh le Ruairidh MacIllFhinnein, cungadair</p>"
     "<p>Ath-sgrùdadh mu dheireadh: 21 An t-Ògmhios 2025</p>", "gd",
     ("Ruairidh MacIllFhinnein", (), "2025-06-21")),
    # Welsh: a document-control 'Cymeradwywyd gan' with its 'Dyddiad cymeradwyo'.
    ("<table><tr><th>Cymeradwywyd gan</th><td>Dr Elin Prydderch, Ymgynghorydd</td></tr>"
     "<tr><th>Dyddiad cymeradwyo</th><td>14/10/2025</td></tr></table>", "cy",
     ("Elin Prydderch", (), "2025-10-14")),
    # Basque: 'Berrikusi du: Dk. NAME', 'Berrikuste data', a year-first date.
    ("<p>Berrikusi du: Dk. Ane Goikoetxea, familiako medikua</p>"
     "<p>Berrikuste data: 2025/12/03</p>", "eu", ("Ane Goikoetxea", (), "2025-12-03")),
    # Galician: 'Revisado polo Dr. NAME', months after 'de'.
    ("<p>Revisado polo Dr. Xosé Manuel Outeiral</p>"
     "<p>Data de revisión: 5 de xuño de 2026</p>", "gl",
     ("Xosé Manuel Outeiral", (), "2026-06-05")),
    # Luxembourgish: 'Medezinesch iwwerpréift vum Dr. med. NAME, den dd.mm.yyyy'.
    ("<p>Medezinesch iwwerpréift vum Dr. med. Jang Reuter, Kannerdokter, den 3. Mäerz 2026."
     "</p>", "lb", ("Jang Reuter", (), "2026-03-03")),
    # Breton: 'Adlennet gant an Dr NAME, d’an 8 a viz Here 2025'.
    ("<p>Adlennet gant an Dr Katell Morvan, mezeg, d’an 14 a viz Here 2025.</p>", "br",
     ("Katell Morvan", (), "2025-10-14")),
    # West Frisian: 'Medysk neisjoen troch dr. NAME, op d month yyyy'.
    ("<p>Medysk neisjoen troch dr. Hylke Hoekstra, húsdokter, op 12 febrewaris 2026.</p>",
     "fy", ("Hylke Hoekstra", (), "2026-02-12")),
    # Romansh: 'Controllà da dr. med. NAME, FMH …, month yyyy'.
    ("<p>Controllà da dr. med. Ursina Caviezel, FMH pediatria, favrer 2026.</p>", "rm",
     ("Ursina Caviezel", ("FMH pediatria",), "2026-02")),
])
def test_review_statements_in_northern_and_western_languages(line, lang, expected):
    review = _review(line, lang)
    assert review is not None, line
    assert (review.reviewer.name, review.reviewer.credentials, review.last_reviewed) == expected


@pytest.mark.parametrize(("text", "iso"), [
    ("14. október 2026", "2026-10-14"), ("2. desember 2025", "2025-12-02"),
    ("20. apríl 2026", "2026-04-20"),
    ("15 Am Faoilleach 2026", "2026-01-15"), ("3 An t-Samhain 2025", "2025-11-03"),
    ("7 An Dùbhlachd 2025", "2025-12-07"),
    ("18 de xullo de 2025", "2025-07-18"),
    ("12. Abrëll 2026", "2026-04-12"),
    ("8 a viz Gouere 2026", "2026-07-08"), ("2 a viz C’hwevrer 2026", "2026-02-02"),
    ("3 juny 2026", "2026-06-03"), ("21 novimber 2025", "2025-11-21"),
    ("zercladur 2026", "2026-06"), ("october 2025", "2025-10"),
])
def test_month_names(text, iso):
    found = find_date(text)
    assert found is not None and found.iso == iso, text


@pytest.mark.parametrize(("line", "lang", "name"), [
    ("<p>Yfirfarið af: Jón Sigurðsson, heimilislæknir.</p><p>Uppfært 2. nóvember 2026</p>",
     "is", "Jón Sigurðsson"),
    ("<p>Eftirhugt av Hanna Poulsen, tannlækni.</p><p>Dagført 5. mai 2026</p>", "fo",
     "Hanna Poulsen"),
    ("<p>Athbhreithnithe ag: An Dr Niamh Ní Chonaill, MICGP</p>"
     "<p>Nuashonraithe: 4 Aibreán 2026</p>", "ga", "Niamh Ní Chonaill"),
    ("<p>Air ath-sgrùdadh le: An Dr Calum Moireach, FRCGP</p>"
     "<p>Ath-sgrùdadh eile: 1 An Lùnastal 2028</p>", "gd", "Calum Moireach"),
    ("<p>Berrikusi du: Dk. Jon Etxeberria</p><p>Azken eguneraketa: 2026/06/30</p>", "eu",
     "Jon Etxeberria"),
    ("<p>Iwwerpréift vum Dr. Marc Hoffmann</p><p>Aktualiséiert: 01.08.2026</p>", "lb",
     "Marc Hoffmann"),
    ("<p>Medysk neisjoen troch dr. Baukje Visser</p><p>Lêst bywurke: 24 juny 2026</p>", "fy",
     "Baukje Visser"),
    ("<p>Controllà da dr. med. Gian Cadonau</p><p>Ultima actualisaziun: schaner 2026</p>",
     "rm", "Gian Cadonau"),
    ("<p>Adlennet gant an Dr Erwan Kervella</p><p>Hizivaet: 3 a viz Meurzh 2026</p>", "br",
     "Erwan Kervella"),
])
def test_an_updated_date_is_not_the_review_date(line, lang, name):
    review = _review(line, lang)
    assert review is not None and review.reviewer is not None, line
    assert (review.reviewer.name, review.last_reviewed) == (name, None)
