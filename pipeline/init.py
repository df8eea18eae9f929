"""`healthld init`: a commented pipeline.toml for a new site, which a build accepts as it
is (tests/test_init.py builds with it). Every key the README documents is there, the
optional ones commented out with their defaults."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

from .errors import PipelineError

TEMPLATE = """\
# Site configuration for healthld: the facts a page does not carry itself.
# Every key is described in healthld's README ("Configuration"); the commented ones
# show their defaults.

[site]
# Absolute URL of the site's home page, ending in "/": the base of the @ids of the
# WebSite, Organization and Person nodes, and of the URL of a page without a canonical link.
base_url = {base_url}
name = {name}
# BCP 47 language tag used when a page has no <html lang>.
# language = "en"

[build]
# The site's pages (a page is known by its path under this folder) and where the built
# pages go, relative to this file.
# input = "input"
# output = "output"
# What to do with other tools' structured data on a page: "keep" or "replace".
# existing = "keep"

[publisher]
name = {name}
url = {base_url}
# logo = "{base_url_plain}logo.png"

[medical]
# Who the articles are written for: "Patient", "Clinician", "MedicalResearcher".
audience = ["Patient"]
# schema.org MedicalSpecialty members of the site's articles, e.g. ["Psychiatric"].
# specialty = []

# [limits]
# max_page_bytes = 10_000_000

# [governance]
# max_review_age_months = 12

# [findings.severity]
# SOURCES_EMPTY = "off"            # any code of the README's finding table
# [findings.ignore]
# "blog/some-page.html" = ["REVIEW_STALE"]

# [wordpress]
# post_types = ["post", "page"]    # for a WordPress export (.xml)

# The site's medical reviewers: a page may spell a name with "Dr." or credentials.
# [reviewers."Jane Doe"]
# url = "{base_url_plain}about/jane-doe/"
# credentials = ["MD"]
"""


def site_config(base_url: str, name: str | None) -> str:
    """The commented config for the site at `base_url` ("/" added when missing), named
    `name` (default: the host name); PipelineError for a URL that is not absolute."""
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise PipelineError(f"--base-url {base_url!r} is not an absolute URL: give the "
                            "site's address, e.g. https://www.example.org/")
    url = base_url if base_url.endswith("/") else base_url + "/"
    title = name or parts.netloc.removeprefix("www.")
    return TEMPLATE.format(base_url=json.dumps(url), name=json.dumps(title, ensure_ascii=False),
                           base_url_plain=url)


def write_config(path: Path, base_url: str, name: str | None, force: bool = False) -> None:
    """Write the config to `path`; PipelineError when it exists (unless `force`)."""
    text = site_config(base_url, name)
    if path.exists() and not force:
        raise PipelineError(f"{path} already exists; edit it, or give --force to replace it")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
