"""A self-contained HTML report (no network: inline CSS and script): summary counts, a
sortable table of pages, each page's findings and pretty-printed JSON-LD, and filters
by severity. The filter also follows the address: `report.html#severity=warning`."""

from __future__ import annotations

import json
from html import escape

from ..codes import rule
from ..records import ERROR, INFO, WARNING
from . import PageEntry, Run, display_path

SEVERITY_LABELS = {ERROR: "Errors", WARNING: "Warnings", INFO: "Notes"}


def _count(n: int, severity: str) -> str:
    word = SEVERITY_LABELS[severity].lower()
    return f"<b>{n}</b> {word[:-1] if n == 1 else word}"

_CSS = """
body{font:15px/1.45 system-ui,sans-serif;margin:2rem;color:#1b1b1b;max-width:80rem}
h1{font-size:1.5rem}h2{font-size:1.1rem;margin:1.5rem 0 .4rem;word-break:break-all}
.meta{color:#555}
#summary{display:flex;gap:.6rem;list-style:none;padding:0;flex-wrap:wrap}
#summary li{border:1px solid #ccc;border-radius:6px;padding:.3rem .7rem}
#summary b{font-size:1.2rem}
#filters{border:0;padding:0;margin:1rem 0}
#filters button{font:inherit;padding:.25rem .7rem;border:1px solid #888;border-radius:4px;background:#fff;cursor:pointer}
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
pre{background:#f6f6f6;padding:.8rem;overflow:auto;font-size:.85em}
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
  function filter(sev) {
    var shown = 0;
    document.querySelectorAll("[data-severities]").forEach(function (el) {
      var show = sev === "all" || el.getAttribute("data-severities").split(" ").indexOf(sev) >= 0;
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
  window.addEventListener("hashchange", fromAddress);
  fromAddress();
})();
"""


def _severities(page: PageEntry) -> str:
    return " ".join(sorted({f.severity for f in page.findings})) or "none"


def _row(index: int, page: PageEntry) -> str:
    result = page.result
    graph_page = ((result.graph or {}).get("@graph") or [{}])[0]
    questions = sum(1 for n in (result.graph or {}).get("@graph", [])
                    if isinstance(n, dict) and n.get("@type") == "Question")
    reviewed = str(graph_page.get("lastReviewed", "")) if isinstance(graph_page, dict) else ""
    ms = result.seconds * 1000
    cells = [
        f'<td data-value="{escape(display_path(result.source))}"><a href="#page-{index}">'
        f"{escape(display_path(result.source))}</a></td>",
        f'<td class="status-{page.status}">{escape(page.status)}</td>',
        f"<td>{escape(page.state)}</td>",
        *(f'<td class="num">{page.count(s)}</td>' for s in (ERROR, WARNING, INFO)),
        f'<td class="num">{questions}</td>',
        f"<td>{escape(reviewed)}</td>",
        f'<td class="num" data-value="{ms:.3f}">{ms:.1f}</td>',
    ]
    return f'<tr data-severities="{_severities(page)}">{"".join(cells)}</tr>'


def _section(index: int, page: PageEntry) -> str:
    source = escape(display_path(page.result.source))
    parts = [f'<section class="page" id="page-{index}" data-severities="{_severities(page)}">',
             f"<h2>{source}</h2>"]
    if page.findings:
        parts.append('<ul class="findings">')
        for f in page.findings:
            where = (f"line {f.line} · " if f.line else "") + f.path
            parts.append(
                f'<li class="finding {escape(f.severity)}" data-severity="{escape(f.severity)}">'
                f'<span class="sev">{escape(f.severity)}</span> <code>{escape(f.code)}</code> '
                f'{escape(f.message)} <span class="where">({escape(where)}) — fix: '
                f"{escape(rule(f.code, f.severity).fix)}</span></li>")
        parts.append("</ul>")
    else:
        parts.append("<p>No findings.</p>")
    if page.result.graph is not None:
        pretty = json.dumps(page.result.graph, indent=2, ensure_ascii=False)
        parts.append(f"<details><summary>JSON-LD</summary><pre>{escape(pretty)}</pre></details>")
    parts.append("</section>")
    return "\n".join(parts)


def render(run: Run) -> str:
    """The HTML report text."""
    totals = run.totals()
    title = f"healthld {run.command} report"
    summary = [f"<li><b>{totals['pages']}</b> page{'' if totals['pages'] == 1 else 's'}</li>"]
    summary += [f'<li class="{s}" id="count-{s}">{_count(totals[s], s)}</li>'
                for s in (ERROR, WARNING, INFO)]
    buttons = ['<button type="button" data-severity="all" aria-pressed="true">All</button>']
    buttons += [f'<button type="button" data-severity="{s}" aria-pressed="false">'
                f"{SEVERITY_LABELS[s]} ({totals[s]})</button>" for s in (ERROR, WARNING, INFO)]
    headers = [("Page", "text"), ("Status", "text"), ("Output", "text"), ("Errors", "num"),
               ("Warnings", "num"), ("Notes", "num"), ("Questions", "num"),
               ("Last reviewed", "text"), ("Time (ms)", "num")]
    head = "".join(f'<th data-sort="{kind}"><button type="button">{name}</button></th>'
                   for name, kind in headers)
    rows = "\n".join(_row(i, p) for i, p in enumerate(run.pages, 1))
    sections = "\n".join(_section(i, p) for i, p in enumerate(run.pages, 1))
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
<fieldset id="filters"><legend>Show pages with</legend>{" ".join(buttons)}</fieldset>
<table id="pages">
<thead><tr>{head}</tr></thead>
<tbody>
{rows}
</tbody>
</table>
<p id="empty" hidden>No page has findings of this severity.</p>
{sections}
<script>{_SCRIPT}</script>
</body>
</html>
"""
