"""A self-contained HTML report (no network: inline CSS and script) for the people who
edit the pages: pages with problems first, a search box, one table of what was
extracted from each page (questions, reviewer, review date), filters by severity (the
same three words, error, warning, info, everywhere; counts are of pages), and each
page's findings in plain words with the code, JSON path and line behind a disclosure,
then its JSON-LD. The filter also follows the address: `report.html#severity=warning`."""

from __future__ import annotations

import json
from html import escape

from ..codes import rule
from ..outcome import Outcome, Run
from ..records import ERROR, INFO, WARNING, Finding
from .paths import display_path

SEVERITIES = (ERROR, WARNING, INFO)  # the words used everywhere: list, filters, summary
STATUS_ORDER = {ERROR: 0, WARNING: 1, INFO: 2, "ok": 3}


def _count(n: int, severity: str) -> str:
    return f"<b>{n}</b> {'page' if n == 1 else 'pages'} with {severity}s"

_CSS = """
body{font:15px/1.45 system-ui,sans-serif;margin:2rem;color:#1b1b1b;max-width:80rem}
h1{font-size:1.5rem}h2{font-size:1.1rem;margin:1.5rem 0 .4rem;word-break:break-all}
.meta{color:#555}
#summary{display:flex;gap:.6rem;list-style:none;padding:0;flex-wrap:wrap}
#summary li{border:1px solid #ccc;border-radius:6px;padding:.3rem .7rem}
#summary b{font-size:1.2rem}
#filters{border:0;padding:0;margin:1rem 0}
#filters button{font:inherit;padding:.25rem .7rem;border:1px solid #888;border-radius:4px;
background:#fff;cursor:pointer}
#filters button[aria-pressed=true]{background:#1b1b1b;color:#fff}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #ddd;vertical-align:top}
th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer}
th[aria-sort=ascending] button::after{content:" \\25B2"}
th[aria-sort=descending] button::after{content:" \\25BC"}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.sev{display:inline-block;min-width:4.5em;font-weight:600}
.error .sev,.status-error{color:#b00020}.warning .sev,.status-warning{color:#8a5a00}
.info .sev,.status-info{color:#1f5fa8}.status-ok{color:#176b2c}
ul.findings{padding-left:1.2rem}ul.findings li{margin:.2rem 0}
.where{color:#555;font-size:.9em}
pre{background:#f6f6f6;padding:.8rem;overflow:auto;font-size:.85em;white-space:pre-wrap;
overflow-wrap:anywhere}
#search{font:inherit;padding:.3rem .5rem;width:min(30rem,100%)}
td ol{margin:0;padding-left:1.2rem}td{overflow-wrap:anywhere}
details.tech{display:inline}details.tech summary{cursor:pointer;color:#555;font-size:.9em}
.fix{color:#333}
"""

_SCRIPT = """
(function () {
  var table = document.getElementById("pages");
  var head = table.tHead.rows[0];
  var tbody = table.tBodies[0];
  function value(row, i, kind) {
    var cell = row.cells[i];
    var text = cell.getAttribute("data-value") || cell.textContent.trim();
    return kind === "num" ? (parseFloat(text) || 0) : text.toLowerCase();
  }
  Array.prototype.forEach.call(head.cells, function (th, i) {
    th.addEventListener("click", function () {
      var kind = th.getAttribute("data-sort");
      var asc = th.getAttribute("aria-sort") !== "ascending";
      Array.prototype.forEach.call(head.cells, function (o) { o.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", asc ? "ascending" : "descending");
      var rows = Array.prototype.slice.call(tbody.rows);
      rows.sort(function (a, b) {
        var x = value(a, i, kind), y = value(b, i, kind);
        return (x < y ? -1 : x > y ? 1 : 0) * (asc ? 1 : -1);
      });
      rows.forEach(function (r) { tbody.appendChild(r); });
    });
  });
  var current = "all";
  var search = document.getElementById("search");
  function filter(sev) {
    current = sev;
    var shown = 0;
    var words = search.value.toLowerCase().split(/\\s+/).filter(Boolean);
    document.querySelectorAll("[data-severities]").forEach(function (el) {
      var text = (el.getAttribute("data-text") || "").toLowerCase();
      var show = (sev === "all" || el.getAttribute("data-severities").split(" ").indexOf(sev) >= 0)
        && words.every(function (w) { return text.indexOf(w) >= 0; });
      el.hidden = !show;
      if (show && el.tagName === "TR") { shown++; }
    });
    document.querySelectorAll("li.finding").forEach(function (li) {
      li.hidden = sev !== "all" && li.getAttribute("data-severity") !== sev;
    });
    document.querySelectorAll("#filters button").forEach(function (b) {
      b.setAttribute("aria-pressed", String(b.getAttribute("data-severity") === sev));
    });
    document.getElementById("empty").hidden = shown > 0;
    document.body.setAttribute("data-filter", sev);
  }
  document.querySelectorAll("#filters button").forEach(function (b) {
    b.addEventListener("click", function () {
      var sev = b.getAttribute("data-severity");
      filter(sev);
      try { history.replaceState(null, "", "#severity=" + sev); } catch (e) {}
    });
  });
  function fromAddress() {
    var m = /severity=(\\w+)/.exec(location.hash);
    filter(m ? m[1] : "all");
  }
  search.addEventListener("input", function () { filter(current); });
  window.addEventListener("hashchange", fromAddress);
  fromAddress();
})();
"""


def _severities(page: Outcome) -> str:
    return " ".join(sorted({f.severity for f in page.findings})) or "none"


def _extracted(page: Outcome) -> tuple[list[str], str, str]:
    """(questions, reviewer, review date) as extracted from the page; from the graph when
    the extraction is not kept."""
    result = page.result
    extraction = result.extraction
    if extraction is not None:
        review = extraction.review
        reviewer = review.reviewer.name if review and review.reviewer else ""
        return ([q.question for q in extraction.faq], reviewer,
                str(review.last_reviewed or "") if review else "")
    nodes = [n for n in (result.graph or {}).get("@graph", []) if isinstance(n, dict)]
    first = nodes[0] if nodes else {}
    questions = [str(n.get("name", "")) for n in nodes if n.get("@type") == "Question"]
    return questions, "", str(first.get("lastReviewed", ""))


def _text(page: Outcome) -> str:
    """What the search box matches: the page's path, questions, reviewer and codes."""
    questions, reviewer, reviewed = _extracted(page)
    return " ".join([display_path(page.result.source), *questions, reviewer, reviewed,
                     *(f.code for f in page.findings)])


def _row(index: int, page: Outcome) -> str:
    result = page.result
    questions, reviewer, reviewed = _extracted(page)
    listed = ("<ol>" + "".join(f"<li>{escape(q)}</li>" for q in questions) + "</ol>"
              if questions else "")
    ms = result.seconds * 1000
    cells = [
        f'<td data-value="{escape(display_path(result.source))}"><a href="#page-{index}">'
        f"{escape(display_path(result.source))}</a></td>",
        f'<td class="status-{page.status}" data-value="{STATUS_ORDER[page.status]}">'
        f"{escape(page.status)}</td>",
        f"<td>{escape(page.state)}</td>",
        *(f'<td class="num">{page.count(s)}</td>' for s in SEVERITIES),
        f'<td data-value="{len(questions):05d}">{listed or len(questions)}</td>',
        f"<td>{escape(reviewer)}</td>",
        f"<td>{escape(reviewed)}</td>",
        f'<td class="num" data-value="{ms:.3f}">{ms:.1f}</td>',
    ]
    return (f'<tr data-severities="{_severities(page)}" data-text="{escape(_text(page))}">'
            f'{"".join(cells)}</tr>')


def _finding(f: Finding) -> str:
    """A finding in plain words (its message, and what to do when the message does not
    already say it), with the code, JSON path and line behind a disclosure."""
    fix = rule(f.code, f.severity).fix
    todo = "" if fix.lower() in f.message.lower() else \
        f' <span class="fix">What to do: {escape(fix)}.</span>'
    where = (f"line {f.line}, " if f.line else "") + f"JSON path {f.path}"
    return (f'<li class="finding {escape(f.severity)}" data-severity="{escape(f.severity)}">'
            f'<span class="sev">{escape(f.severity)}</span> {escape(f.message)}{todo} '
            f'<details class="tech"><summary>details</summary><span><code>{escape(f.code)}'
            f"</code>, {escape(where)}</span></details></li>")


def _section(index: int, page: Outcome) -> str:
    source = escape(display_path(page.result.source))
    parts = [f'<section class="page" id="page-{index}" data-severities="{_severities(page)}" '
             f'data-text="{escape(_text(page))}">', f"<h2>{source}</h2>"]
    if page.findings:
        parts.append('<ul class="findings">')
        parts.extend(_finding(f) for f in page.findings)
        parts.append("</ul>")
    else:
        parts.append("<p>No findings.</p>")
    if page.result.graph is not None:
        pretty = json.dumps(page.result.graph, indent=2, ensure_ascii=False)
        parts.append(f'<details class="jsonld"><summary>JSON-LD</summary><pre>{escape(pretty)}'
                     "</pre></details>")
    parts.append("</section>")
    return "\n".join(parts)


def render(run: Run) -> str:
    """The HTML report text."""
    totals = run.totals()
    title = f"healthld {run.command} report"
    with_ = {s: sum(1 for p in run.pages if s in {f.severity for f in p.findings})
             for s in SEVERITIES}  # pages, not findings
    summary = [f"<li><b>{totals['pages']}</b> page{'' if totals['pages'] == 1 else 's'}</li>"]
    summary += [f'<li class="{s}" id="count-{s}">{_count(with_[s], s)}</li>' for s in SEVERITIES]
    buttons = ['<button type="button" data-severity="all" aria-pressed="true">all</button>']
    buttons += [f'<button type="button" data-severity="{s}" aria-pressed="false">'
                f"{s} ({with_[s]} page{'' if with_[s] == 1 else 's'})</button>"
                for s in SEVERITIES]
    headers = [("Page", "text"), ("Status", "num"), ("Output", "text"), ("error", "num"),
               ("warning", "num"), ("info", "num"), ("Questions", "num"),
               ("Reviewer", "text"), ("Last reviewed", "text"), ("Time (ms)", "num")]
    head = "".join(f'<th data-sort="{kind}"><button type="button">{name}</button></th>'
                   for name, kind in headers)
    # pages with problems first: errors, then warnings, info, then the pages without any
    ordered = sorted(enumerate(run.pages, 1),
                     key=lambda ip: (STATUS_ORDER[ip[1].status], display_path(ip[1].result.source)))
    rows = "\n".join(_row(i, p) for i, p in ordered)
    sections = "\n".join(_section(i, p) for i, p in ordered)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<style>{_CSS}</style>
</head>
<body>
<h1>{escape(title)}</h1>
<p class="meta">Dates checked against {run.today.isoformat()} · {run.seconds:.2f} s ·
healthld {escape(run.version)}. Findings are about valid structured data and medical-review
governance; valid markup is not a promise of any search feature.</p>
<ul id="summary">{"".join(summary)}</ul>
<p><label for="search">Search pages, questions, reviewers, codes:</label>
<input type="search" id="search" placeholder="e.g. ketamine, Guiang, REVIEW_STALE"></p>
<fieldset id="filters"><legend>Show pages with</legend>{" ".join(buttons)}</fieldset>
<table id="pages">
<thead><tr>{head}</tr></thead>
<tbody>
{rows}
</tbody>
</table>
<p id="empty" hidden>No page matches.</p>
{sections}
<script>{_SCRIPT}</script>
</body>
</html>
"""
