"""Catalan, Italian and European Portuguese review statements, dates and FAQ labels, as
pages in those languages print them (invented sentences; the words are data in
pipeline/data/review-vocabulary.json and faq-vocabulary.json)."""

from __future__ import annotations

import pytest

from pipeline.document import Document
from pipeline.extract.faq import find_faq
from pipeline.extract.review import read_review

from .helpers import page


def _review(line: str, lang: str) -> tuple[str, tuple[str, ...], str | None] | None:
    raw = page(f"<main><article><h1>T</h1>{line}<p>Text.</p></article></main>", lang=lang)
    review = Document.from_bytes(raw).memo(read_review).review
    if review is None:
        return None
    return review.reviewer.name, review.reviewer.credentials, review.last_reviewed


def _faq(body: str, lang: str) -> list[tuple[str, str]]:
    raw = (f"<!DOCTYPE html><html lang={lang}><head><title>T</title></head><body><main>"
           f"<h1>Iron tablets</h1><p>Intro.</p>{body}</main></body></html>").encode()
    items, _ = find_faq(Document.from_bytes(raw), "https://e.example/")
    return [(i.question, i.answer_html) for i in items]


@pytest.mark.parametrize(("line", "expected"), [
    ("<p>Revisat per la Dra. Montserrat Puigdomènech, metgessa especialista en pediatria. "
     "Data de revisió: 14 de març de 2026</p>", ("Montserrat Puigdomènech", (), "2026-03-14")),
    ("<p>Revisió mèdica: Dr. Jordi Vilaseca Font, MD. Última revisió: 3 d'abril de 2026</p>",
     ("Jordi Vilaseca Font", ("MD",), "2026-04-03")),
    # the typographic apostrophe and "del" before the year
    ("<p>Revisió mèdica: Dr. Jordi Vilaseca Font, MD. Última revisió: 3 d’octubre del "
     "2026</p>", ("Jordi Vilaseca Font", ("MD",), "2026-10-03")),
    ("<p>Contingut validat per Núria Casals, infermera, el 21 de gener de 2026.</p>",
     ("Núria Casals", (), "2026-01-21")),
    ("<div class=\"byline\"><p>Escrit per Pere Soler</p><p>Revisat per Laia Ferrer, "
     "farmacèutica</p><p>Darrera revisió: 9 de juny de 2026</p></div>",
     ("Laia Ferrer", (), "2026-06-09")),
    ("<p>Revisió científica a càrrec de la Dra. Elisenda Roig</p><p>Data de la darrera "
     "revisió: 02/11/2026</p>", ("Elisenda Roig", (), "2026-11-02")),
    ("<p>Text: Marta Pujol. Revisat per Aina Mas, llevadora, 12 setembre 2026.</p>",
     ("Aina Mas", (), "2026-09-12")),
    ("<p>Revisat per Jordi Mas, infermer. Data de revisió: 4 des. 2026</p>",
     ("Jordi Mas", (), "2026-12-04")),
])
def test_catalan_review_statements(line, expected):
    assert _review(line, "ca") == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("<p>Revisione scientifica a cura della Dott.ssa Chiara Bellini, medico specialista in "
     "endocrinologia. Ultima revisione: 14 marzo 2026</p>", ("Chiara Bellini", (), "2026-03-14")),
    ("<p>Revisione medica: Prof.ssa Giulia Marchetti, MD, PhD. Data dell'ultima revisione: "
     "1° febbraio 2026</p>", ("Giulia Marchetti", ("MD", "PhD"), "2026-02-01")),
    ("<p>Articolo revisionato da Dr.ssa Elena Fabbri, ostetrica, il 9 settembre 2026.</p>",
     ("Elena Fabbri", (), "2026-09-09")),
    ("<p>Supervisione scientifica: Dott. Marco Gentile, farmacista</p><p>Data di revisione: "
     "22/10/2026</p>", ("Marco Gentile", (), "2026-10-22")),
    ("<p>Validato da Luca Ferri, infermiere, in data 3 giugno 2026.</p>",
     ("Luca Ferri", (), "2026-06-03")),
    ("<p>Scritto da Sara Conti · Revisionato dal Prof. Andrea Galli, MD · Ultima revisione: "
     "5 sett. 2026</p>", ("Andrea Galli", ("MD",), "2026-09-05")),
])
def test_italian_review_statements(line, expected):
    assert _review(line, "it-IT") == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("<p>Revisto por Dr.ª Inês Carvalho Mendes, médica especialista em Medicina Geral e "
     "Familiar. Data da revisão: 12 de março de 2026</p>",
     ("Inês Carvalho Mendes", (), "2026-03-12")),
    ("<p>Revisão científica: Prof. Doutor Rui Albuquerque Pinto, MD, PhD</p><p>Revisto em "
     "4 de fevereiro de 2026</p>", ("Rui Albuquerque Pinto", ("MD", "PhD"), "2026-02-04")),
    ("<div class=\"autor\"><p>Texto de Marta Leal</p><p>Validação científica: Enf. Tiago "
     "Moreira, enfermeiro especialista</p><p>Última revisão: 1º de junho de 2026</p></div>",
     ("Tiago Moreira", (), "2026-06-01")),
    ("<p>Validado por Enf.ª Sofia Brandão, enfermeira obstetra, em 22/09/2026.</p>",
     ("Sofia Brandão", (), "2026-09-22")),
    ("<p>Conteúdo revisto por Dr.ª Helena Sá, MD. Data da última revisão: 30 out. 2026</p>",
     ("Helena Sá", ("MD",), "2026-10-30")),
    ("<p>Revisão científica por Prof.ª Doutora Leonor Teixeira, farmacêutica. Revisto em "
     "8 dez. 2026</p>", ("Leonor Teixeira", (), "2026-12-08")),
    ("<p>Revisto por Dr. Nuno Vaz, obstetra, a 15 de abril de 2026.</p>",
     ("Nuno Vaz", (), "2026-04-15")),
])
def test_european_portuguese_review_statements(line, expected):
    assert _review(line, "pt-PT") == expected


@pytest.mark.parametrize(("line", "lang"), [
    # published and updated dates are not review dates
    ("<p>Publicat el 5 de maig de 2026. Actualitzat el 12 de juny de 2026.</p>", "ca"),
    ("<p>Pubblicato il 2 maggio 2026 · Aggiornato il 12 giugno 2026</p>", "it-IT"),
    ("<p>Publicado em 3 de maio de 2026 · Atualizado em 10 de junho de 2026</p>", "pt-PT"),
    # a patient's testimonial is not a review
    ("<blockquote>«Revisat per un pacient, gener de 2026: el Dr. Serra ens va atendre molt "
     "bé.»</blockquote>", "ca"),
    ("<blockquote>«Rivisto da un paziente, gennaio 2026: il Dott. Rossi è stato "
     "gentilissimo.»</blockquote>", "it-IT"),
    ("<blockquote>“Revisto por um utente, janeiro de 2026: a Dr.ª Costa foi impecável.”"
     "</blockquote>", "pt-PT"),
])
def test_published_updated_and_testimonials_are_no_review(line, lang):
    assert _review(line, lang) is None


@pytest.mark.parametrize(("body", "lang", "expected"), [
    ("<h2>Preguntes freqüents</h2><h3>Què és la ferritina?</h3><p>Una proteïna.</p>"
     "<h3>Quan l'he de prendre?</h3><p>En dejú.</p>", "ca",
     [("Què és la ferritina?", "Una proteïna."), ("Quan l'he de prendre?", "En dejú.")]),
    ("<h2>Preguntes més freqüents</h2><p><b>P: Puc prendre ferro amb cafè?</b></p>"
     "<p>R: Millor no.</p><p><b>P: Quant dura el tractament?</b></p><p>R: Tres mesos.</p>",
     "ca", [("Puc prendre ferro amb cafè?", "Millor no."),
            ("Quant dura el tractament?", "Tres mesos.")]),
    ("<h2>Preguntes i respostes</h2><p><strong>Pregunta 1: Puc prendre ferro amb cafè?"
     "</strong></p><p>Resposta: Millor no.</p><p><strong>Pregunta 2: Quant dura?</strong>"
     "</p><p>Resposta: Tres mesos.</p>", "ca",
     [("Puc prendre ferro amb cafè?", "Millor no."), ("Quant dura?", "Tres mesos.")]),
    ("<h2>Domande frequenti</h2><p><b>D: Posso prendere il ferro con il caffè?</b></p>"
     "<p>R: Meglio di no.</p><p><b>D: Quanto dura la terapia?</b></p><p>R: Tre mesi.</p>",
     "it-IT", [("Posso prendere il ferro con il caffè?", "Meglio di no."),
               ("Quanto dura la terapia?", "Tre mesi.")]),
    ("<h2>Domande più frequenti</h2><p><strong>Domanda 1: Posso prendere il ferro con il "
     "caffè?</strong></p><p>Risposta: Meglio di no.</p><p><strong>Domanda 2: Quanto dura?"
     "</strong></p><p>Risposta: Tre mesi.</p>", "it-IT",
     [("Posso prendere il ferro con il caffè?", "Meglio di no."), ("Quanto dura?", "Tre mesi.")]),
    ("<h2>Perguntas frequentes</h2><p><b>P: Posso tomar ferro com café?</b></p>"
     "<p>R: Melhor não.</p><p><b>P: Quanto tempo dura?</b></p><p>R: Três meses.</p>", "pt-PT",
     [("Posso tomar ferro com café?", "Melhor não."), ("Quanto tempo dura?", "Três meses.")]),
    ("<h2>Questões frequentes</h2><h3>O que é a ferritina?</h3><p>Uma proteína.</p>"
     "<h3>Quando devo tomar?</h3><p>Em jejum.</p>", "pt-PT",
     [("O que é a ferritina?", "Uma proteína."), ("Quando devo tomar?", "Em jejum.")]),
])
def test_faq_headings_and_labels(body, lang, expected):
    assert _faq(body, lang) == expected
