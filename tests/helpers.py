"""Small builders used by several test modules."""

from __future__ import annotations

from pipeline.config import SiteConfig
from pipeline.document import Document
from pipeline.extract import extract
from pipeline.jsonld import build_graph
from pipeline.records import Extraction


def page(body: str, head: str = "<title>T</title>", lang: str = "en") -> bytes:
    """A minimal full page around `body`."""
    return (f"<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n{head}\n</head>\n"
            f"<body>\n{body}\n</body>\n</html>\n").encode()


def extract_bytes(raw: bytes, config: SiteConfig, url: str = "https://e.example/p/") -> Extraction:
    return extract(Document.from_bytes(raw, "test.html"), url, config.language)


def graph_for(raw: bytes, config: SiteConfig) -> dict:
    return build_graph(extract_bytes(raw, config), config)
