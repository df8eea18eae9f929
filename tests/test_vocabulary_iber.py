"""Spanish (Spain) and Brazilian Portuguese review statements and dates as hospitals,
pharmacies, psychology centres, clinics and health portals print them
(review-vocabulary.json): a specialist's role after the name, 'Revisão técnica:' over a
nurse, 'Revisado medicamente por', a 'Revisión' field label over its date, and update
or publication lines that end a statement. The sentences are invented, shaped like real
bylines."""

from __future__ import annotations

import pytest

from pipeline.document import Document
from pipeline.extract import extract
from pipeline.extract.review import read_review

from .helpers import page

WRAP = "<main><article><h1>T</h1>{}</article></main>"


def _review(line: str, lang: str):
    raw = page(WRAP.format(f"{line}<p>Texto.</p>"), lang=lang)
    return Document.from_bytes(raw).memo(read_review).review


def _author(line: str, lang: str):
    raw = page(WRAP.format(f"{line}<p>Texto del artículo.</p>"), lang=lang)
    author = extract(Document.from_bytes(raw, "t.html"), "https://e.example/p/").facts.author
    return author.name if author else None


@pytest.mark.parametrize(("line", "lang", "name"), [
    # Brazil: 'Revisado medicamente por', the specialty and the CRM/RQE between dashes
    ("<p>Revisado medicamente por Dr. Otávio Brandão Figueira — cardiologista — CRM/SP 98.765"
     " — RQE 12.345.</p>", "pt-BR", "Otávio Brandão Figueira"),
    ("<p>Revisada medicamente por Dra. Helena Prado Coutinho, neurologista.</p>", "pt-BR",
     "Helena Prado Coutinho"),
    # a technical review of a nursing leaflet: 'Revisão técnica:', 'Enf.' before the name
    ("<p>Revisão técnica: Enf. Luana Pacheco Rios, COREN-RJ 223.344-ENF, estomaterapeuta.</p>",
     "pt-BR", "Luana Pacheco Rios"),
    ("<p>Revisora técnica: Dra. Marina Sallum Teixeira, otorrinolaringologista</p>", "pt-BR",
     "Marina Sallum Teixeira"),
    ("<p>Revisado tecnicamente por Enf. Caio Moreira Lins, enfermeiro</p>", "pt", "Caio Moreira Lins"),
    # Spain: the specialist's role after the name ends it
    ("<p>Revisado por la Dra. Irene Solana Cuesta, dermatóloga, colegiada 28/41234.</p>", "es-ES",
     "Irene Solana Cuesta"),
    ("<p>Revisado por Íñigo Zabala Urrutia, psicólogo general sanitario, colegiado M-12345.</p>",
     "es-ES", "Íñigo Zabala Urrutia"),
])
def test_review_statements_in_spain_and_brazil(line, lang, name):
    review = _review(line, lang)
    assert review is not None and review.reviewer is not None, line
    assert review.reviewer.name == name


@pytest.mark.parametrize(("line", "lang", "iso"), [
    # a Drupal field label 'Revisión' over its date, the reviewer a committee
    ('<div class="field"><div class="field__label">Revisado por</div>'
     '<div class="field__item">Comité de Calidad Asistencial</div></div>'
     '<div class="field"><div class="field__label">Revisión</div>'
     '<div class="field__item">abril de 2026</div></div>', "es-ES", "2026-04"),
    ("<p>Revisión: 12 de enero de 2026</p>", "es", "2026-01-12"),
    # 'Fecha de última revisión' over 'Próxima revisión': the review's date, not the next one
    ("<table><tr><th>Fecha de última revisión</th><td>05/11/2025</td></tr>"
     "<tr><th>Próxima revisión</th><td>05/11/2027</td></tr></table>", "es-ES", "2025-11-05"),
    ("<p>Revisión técnica: Enf. Luana Pacheco Rios, estomaterapeuta.</p>"
     "<p>Data da revisão: 14/03/2026</p><p>Próxima revisão: 14/03/2028</p>", "pt-BR",
     "2026-03-14"),
])
def test_review_dates_read(line, lang, iso):
    review = _review(line, lang)
    assert review is not None, line
    assert review.last_reviewed == iso


@pytest.mark.parametrize(("line", "lang", "name"), [
    # 'Última actualización' after the reviewer's registration: the page's update
    ("<p>Revisado por Marta Iriondo Salaberri, psicóloga general sanitaria, colegiada "
     "BI-03141. Última actualización: 03/02/2026.</p>", "es-ES", "Marta Iriondo Salaberri"),
    ("<p>Revisado por la Dra. Irene Solana Cuesta, ginecóloga. Fecha de actualización: "
     "19/05/2026</p>",
     "es-ES", "Irene Solana Cuesta"),
    ("<p>Revisado por la Dra. Irene Solana Cuesta · Fecha de publicación: 19/05/2026</p>",
     "es-ES", "Irene Solana Cuesta"),
    ("<p>Revisado por Dra. Helena Prado Coutinho, pneumologista. Última atualização: 21/07/2026"
     "</p>",
     "pt-BR", "Helena Prado Coutinho"),
    ("<p>Revisado por Dra. Helena Prado Coutinho · Data de publicação: 21/07/2026</p>",
     "pt-BR", "Helena Prado Coutinho"),
])
def test_an_update_or_publication_line_is_not_the_review_date(line, lang, name):
    review = _review(line, lang)
    assert review is not None and review.reviewer is not None, line
    assert (review.reviewer.name, review.last_reviewed) == (name, None)


@pytest.mark.parametrize(("line", "lang"), [
    # a product's formula checked by the pharmacy's pharmacist, not the page's text
    ("<p>Fórmula revisada em 04/2026 pela farmacêutica responsável técnica, Dra. Aiko "
     "Nakamura — CRF-SP 12.345.</p>", "pt-BR"),
    ("<p>Producto revisado el 10/03/2026 por nuestro equipo de farmacia.</p>", "es-ES"),
])
def test_a_product_check_is_not_a_review(line, lang):
    review = _review(line, lang)
    assert review is None or review.last_reviewed is None


@pytest.mark.parametrize(("line", "lang", "name"), [
    # 'Texto:' credits the writer in Spanish and Portuguese signature blocks; a press
    # office ('Assessoria de Comunicação') is no person
    ('<p class="firma">Texto: <a href="/autores/x">Lucía Aranda Pérez</a></p>', "es-ES",
     "Lucía Aranda Pérez"),
    ('<p class="firma">Texto: Rafael Nogueira Sampaio</p>', "pt-BR", "Rafael Nogueira Sampaio"),
    ("<p><strong>Texto:</strong> Assessoria de Imprensa</p>", "pt-BR", None),
])
def test_signature_block_authors(line, lang, name):
    assert _author(line, lang) == name
