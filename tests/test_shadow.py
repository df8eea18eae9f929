"""Declarative shadow roots composed as a browser renders them (pipeline/shadow.py).

A page built with Lit's or Stencil's server rendering carries its components' markup in
`<template shadowrootmode>`: the words around a slotted name ("Medically reviewed by
<slot name="reviewer">") are only there, and the host's children show only where a slot
takes them. The unit tests pin the composition; the browser test checks it against
Chromium's own slot assignment, on fixed cases and on generated ones.
"""

from __future__ import annotations

import random

import pytest

from pipeline.document import Document
from pipeline.visibility import component_titles

from .test_report_browser import browser, monkeypatch_module  # noqa: F401  (fixtures)


def _text(html: str) -> str:
    doc = Document.from_bytes(f"<!DOCTYPE html><html><body>{html}</body></html>".encode())
    return " ".join((doc.soup.body or doc.soup).get_text(" ").split())


# (markup, what it renders): named and unnamed slots, fallback content, children no slot
# takes, a second template on one host, a template whose parent cannot host one,
# nested roots, a slot passed on into an inner root.
CASES = [
    ('<health-byline><template shadowrootmode="open"><p>By <slot name="author"></slot></p>'
     '<p>Medically reviewed by <slot name="reviewer"></slot> on <slot name="date"></slot></p>'
     '</template><a slot="author">Ana Ruiz</a><span slot="reviewer">Li Chen, MD</span>'
     '<time slot="date">May 4, 2026</time></health-byline>',
     "By Ana Ruiz Medically reviewed by Li Chen, MD on May 4, 2026"),
    ('<x-note><template shadowrootmode="closed"><b>Note:</b> <slot>nothing</slot></template>'
     'Drink water.</x-note>', "Note: Drink water."),
    ('<x-note><template shadowrootmode="open"><slot name="a">fallback</slot></template>'
     '<span>unslotted</span></x-note>', "fallback"),
    ('<div><template shadowrootmode="open">first</template><template shadowrootmode="open">'
     'second</template>light</div>', "first"),
    ('<ul><li><template shadowrootmode="open">shadow</template>light</li></ul>', "light"),
    ('<x-outer><template shadowrootmode="open">[<x-inner><template shadowrootmode="open">'
     '(<slot></slot>)</template><slot name="o"></slot></x-inner>]</template>'
     '<i slot="o">deep</i></x-outer>', "[ ( deep ) ]"),
    ('<template><x-a><template shadowrootmode="open">inert</template></x-a></template>'
     '<p>after</p>', "after"),
]


@pytest.mark.parametrize("markup, rendered", CASES)
def test_a_shadow_root_reads_as_rendered(markup, rendered):
    assert _text(markup) == rendered


def test_a_composed_host_draws_no_title_from_its_attribute():
    """GoA's `<goa-accordion heading="Q?">` renders its heading in its shadow root: with
    the root in the tree, the attribute is no title a script adds (it would read twice)."""
    doc = Document.from_bytes(
        b'<html><body><goa-accordion heading="Q?"><template shadowrootmode="open"><details>'
        b'<summary>Q?</summary><slot></slot></details></template><p>A.</p></goa-accordion>'
        b'<goa-accordion heading="R?"><p>B.</p></goa-accordion></body></html>')
    assert list(component_titles(doc).values()) == ["R?"]


def test_a_page_without_shadow_roots_keeps_its_templates_inert():
    assert _text('<p>a</p><template><p>b</p></template><x-c shadowroot="open">c</x-c>') == "a c"


def _generated(rng: random.Random, depth: int = 0) -> str:
    """A random host with a shadow root of text, named and unnamed slots (some with
    fallback) and a nested host, and light children bound for slots that may not exist."""
    names = ["a", "b", "c"]
    parts = []
    for i in range(rng.randint(1, 4)):
        kind = rng.random()
        if kind < 0.3:
            parts.append(f"s{depth}{i}")
        elif kind < 0.7:
            name = rng.choice([*names, ""])
            fallback = f"f{depth}{i}" if rng.random() < 0.5 else ""
            named = f' name="{name}"' if name else ""
            parts.append(f"<slot{named}>{fallback}</slot>")
        elif depth < 2:
            parts.append(_generated(rng, depth + 1))
    light = []
    for i in range(rng.randint(0, 4)):
        name = rng.choice([*names, "", "zz"])
        slot = f' slot="{name}"' if name else ""
        light.append(f"<span{slot}>l{depth}{i}</span>" if rng.random() < 0.8
                     else f" t{depth}{i} ")
    return (f'<x-h{depth}><template shadowrootmode="open">{" ".join(parts)}</template>'
            f'{"".join(light)}</x-h{depth}>')


# The flat tree as Chromium composes it: a host's shadow root in place of its children, a
# slot's assigned nodes in place of its fallback content.
_FLAT_TEXT = """
function flat(node) {
  if (node.nodeType === Node.TEXT_NODE) return node.data;
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  if (node.localName === 'template') return '';
  if (node.localName === 'slot') {
    const given = node.assignedNodes();
    return (given.length ? given : Array.from(node.childNodes)).map(flat).join(' ');
  }
  const kids = node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
  return Array.from(kids).map(flat).join(' ');
}
return Array.from(document.querySelectorAll('body > div.case'))
  .map(d => flat(d).split(/\\s+/).filter(Boolean).join(' '));
"""


@pytest.mark.slow
def test_composition_matches_chromiums_flat_tree(browser, tmp_path):  # noqa: F811
    rng = random.Random(20261207)
    cases = [m for m, _ in CASES if "closed" not in m] + [_generated(rng) for _ in range(300)]
    page = tmp_path / "shadow.html"
    page.write_text("<!DOCTYPE html><html><body>" + "".join(
        f'<div class="case">{markup}</div>' for markup in cases) + "</body></html>")
    browser.get(page.as_uri())
    assert browser.execute_script(_FLAT_TEXT) == [_text(markup) for markup in cases]

