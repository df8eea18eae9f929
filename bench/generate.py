"""Generate a synthetic export of themed health articles for the benchmark.

Pages are 20-150 KB, like a WordPress theme's output: a head full of meta, link,
inline styles and scripts; a site header with a mega-menu; a sidebar; the article
(byline with a medical review, sections, lists, a FAQ in one of the supported
markups: headings or `<details>`, sometimes none); comments, related posts and a
footer. Deterministic for a given seed.

    python bench/generate.py OUT_DIR [--pages 500] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

WORDS = (
    "ketamine infusion chronic pain depression treatment clinic patient dose nerve receptor "
    "evidence study trial session therapy relief symptoms specialist plan follow-up safety "
    "blood pressure monitoring anesthesia off-label response weeks months program nasal spray "
    "esketamine neuropathic fibromyalgia migraine regenerative injection platelet joint knee "
    "recovery inflammation tissue physician nurse insurance coverage appointment results"
).split()
REVIEWERS = ("Rainier Guiang, MD", "Ann Lee, DO", "Priya Natarajan, PharmD, BCPS",
             "Marcus Webb, MD, FACP", "Elena Duarte, NP")
AUTHORS = ("Maria Alvarez", "Tom Becker", "Sara Okafor", "Liam Chen")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
SITE = "https://www.upcregenerative.example"
SHARED = tuple((q, f"Our front desk answers this one: {a}") for q, a in (
    ("How do I book a visit?", "call the clinic or use the booking form on this page."),
    ("Does insurance cover the treatment?", "coverage depends on the plan and the diagnosis."),
    ("Do I need a referral?", "most patients come without one; some plans ask for it."),
    ("How long is a session?", "most sessions take between forty and ninety minutes."),
    ("Can I drive home afterwards?", "plan for someone else to drive you on treatment days."),
))
ICON = ('<svg class="icon" aria-hidden="true" viewBox="0 0 24 24" width="16" height="16">'
        '<path d="M7 10l5 5 5-5z"></path></svg>')


def _sentence(rng: random.Random, n: int | None = None) -> str:
    words = [rng.choice(WORDS) for _ in range(n or rng.randint(8, 22))]
    return " ".join(words).capitalize() + "."


def _paragraph(rng: random.Random) -> str:
    return " ".join(_sentence(rng) for _ in range(rng.randint(3, 7)))


def _css(rng: random.Random, rules: int) -> str:
    return "\n".join(
        f".c{rng.randrange(10**6)} .x{i}{{margin:{i % 7}px {i % 5}rem;"
        f"color:#{rng.randrange(16**6):06x};font:{12 + i % 6}px/1.4 system-ui,sans-serif}}"
        for i in range(rules)
    )


def _js(rng: random.Random, entries: int) -> str:
    items = ",".join(
        f'"k{i}":{{"id":{rng.randrange(10**5)},"label":"{rng.choice(WORDS)} {rng.choice(WORDS)}",'
        f'"url":"{SITE}\\/wp-json\\/v2\\/{rng.choice(WORDS)}\\/{i}"}}'
        for i in range(entries)
    )
    return (f"var themeConfig = {{{items}}};\n"
            "document.addEventListener('DOMContentLoaded',function(){if(a<b&&c>d){go('</div>')}});")


def _menu(rng: random.Random, items: int) -> str:
    lis = []
    for i in range(items):
        subs = "".join(f'<li class="menu-item"><a href="{SITE}/{rng.choice(WORDS)}/{i}-{j}/">'
                       f"{rng.choice(WORDS).title()} {rng.choice(WORDS)}</a></li>"
                       for j in range(rng.randint(3, 9)))
        lis.append(f'<li class="menu-item menu-item-has-children"><a href="{SITE}/{i}/">{ICON}'
                   f"{rng.choice(WORDS).title()}</a><ul class=\"sub-menu\">{subs}</ul></li>")
    return "\n      ".join(lis)


def _faq_headings(rng: random.Random, questions: list[tuple[str, str]]) -> str:
    parts = ['<h2 id="faq">Frequently asked questions</h2>']
    for i, (q, a) in enumerate(questions):
        parts.append(f'<h3 id="q{i}">{q}</h3>\n    <p>{a}</p>')
    return "\n    ".join(parts)


def _faq_details(rng: random.Random, questions: list[tuple[str, str]]) -> str:
    parts = ['<h2 class="wp-block-heading">Questions patients ask us</h2>']
    for q, a in questions:
        parts.append(f'<details class="wp-block-details"><summary>{q}</summary>\n'
                     f"      <p>{a}</p>\n    </details>")
    return "\n    ".join(parts)


def page(index: int, rng: random.Random, shared: bool = False) -> str:
    """One themed article; its size is drawn between about 20 and 150 KB (mode 40 KB)."""
    target = int(rng.triangular(20_000, 150_000, 40_000))
    # As on a themed site, most of the bytes are furniture: inline CSS and scripts, menus
    # with icons, widgets; the article's own text is a quarter to a half of the page.
    article_bytes = int(target * rng.uniform(0.25, 0.5))
    furniture = max(2_000, target - article_bytes - 12_000)  # less the fixed parts
    slug = f"post-{index:05d}"
    first, second, third = rng.choice(WORDS), rng.choice(WORDS), rng.choice(WORDS)
    title = f"{first.title()} {second} and {third}: article {index}"
    month, year = rng.choice(MONTHS[:10]), rng.choice((2024, 2025, 2026))  # never in the future
    reviewer, author = rng.choice(REVIEWERS), rng.choice(AUTHORS)
    questions = [(f"Is {rng.choice(WORDS)} {rng.choice(WORDS)} right for question {index}-{i}?",
                  _paragraph(rng)) for i in range(rng.randint(2, 7))]
    if shared:  # the block a clinic site pastes on every service page, and some others
        questions = [SHARED[(index + k) % len(SHARED)] for k in range(3)] + questions
    style = rng.random()
    faq = (_faq_headings(rng, questions) if style < 0.45 else
           _faq_details(rng, questions) if style < 0.85 else "")
    description = _sentence(rng, 24)
    published = f"{year}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T08:00:00+00:00"
    links = "".join(f'<link rel="stylesheet" id="s{i}-css" href="{SITE}/wp-content/plugins/p{i}'
                    f'/style.css?ver=1.{i}" media="all">\n' for i in range(12))
    byline = (f"Medically reviewed by {reviewer} — last reviewed {month} {year} — "
              f"Written by {author}")
    head = f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | UPC Regenerative Medicine</title>
<meta name="description" content="{description}">
<link rel="canonical" href="{SITE}/blog/{slug}/">
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="{published}">
{links}<style id="theme-inline-css">
{_css(rng, furniture // 4 // 95)}
</style>
<script id="theme-config">
{_js(rng, furniture // 5 // 95)}
</script>
</head>
<body class="post-template-default single single-post postid-{index}">
<header id="masthead" class="site-header">
  <nav id="site-navigation" class="main-navigation" aria-label="Primary">
    <ul id="primary-menu" class="menu">
      {_menu(rng, max(4, furniture // 3 // 700))}
    </ul>
  </nav>
</header>
<div class="site-content">
<main id="content" class="site-main">
<article id="post-{index}" class="post type-post status-publish">
  <header class="entry-header">
    <h1 class="entry-title">{title}</h1>
    <p class="byline">{byline}</p>
  </header>
  <div class="entry-content">
"""
    comments = "".join(f'<li class="comment"><p>{_sentence(rng)}</p></li>' for _ in range(3))
    related = "".join(f'<li><a href="{SITE}/blog/{rng.choice(WORDS)}-{i}/">'
                      f"{_sentence(rng, 6)}</a></li>" for i in range(6))
    popular = "".join(f'<li><a href="/p/{i}/">{_sentence(rng, 5)}</a></li>' for i in range(10))
    tail = f"""
    {faq}
  </div>
</article>
<section id="comments" class="comments-area">
  <h2 class="comments-title">3 comments</h2>
  <ol class="comment-list">{comments}</ol>
</section>
<section class="related-posts"><h2>Related</h2><ul>{related}</ul></section>
</main>
<aside id="secondary" class="widget-area">
  <section class="widget"><h2 class="widget-title">Popular</h2><ul>{popular}</ul></section>
</aside>
</div>
<footer class="site-footer"><p>© 2026 UPC Regenerative Medicine</p>
<ul class="menu">{_menu(rng, max(2, furniture // 12 // 700))}</ul></footer>
<script src="{SITE}/wp-content/themes/upc/js/navigation.js?ver=3.2.1" id="nav-js"></script>
<script>
{_js(rng, furniture // 10 // 95)}
</script>
</body>
</html>
"""
    body: list[str] = []
    size = 0
    section = 0
    while size < article_bytes:
        if len(body) % 5 == 0:
            section += 1
            block = f'<h2 id="section-{section}">{_sentence(rng, 5)[:-1]}</h2>'
        elif len(body) % 7 == 3:
            block = "<ul>" + "".join(f"<li>{_sentence(rng)}</li>" for _ in range(4)) + "</ul>"
        else:
            block = f"<p>{_paragraph(rng)}</p>"
        body.append("    " + block + "\n")
        size += len(body[-1])
    return head + "".join(body) + tail


def generate(out: Path, pages: int = 500, seed: int = 1, shared: bool = False) -> list[Path]:
    """Write `pages` articles under `out/blog/`; returns their paths. With `shared`, every
    page's FAQ (when it has one) also holds three of a few questions the site repeats."""
    rng = random.Random(seed)
    folder = out / "blog"
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for i in range(pages):
        path = folder / f"post-{i:05d}.html"
        path.write_text(page(i, rng, shared), encoding="utf-8")
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    paths = generate(args.out, args.pages, args.seed)
    total = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} pages, {total / len(paths) / 1000:.0f} KB on average, in {args.out}")


if __name__ == "__main__":
    main()
