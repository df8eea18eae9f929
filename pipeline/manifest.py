"""The incremental-build manifest kept in the output folder.

`.healthld-manifest.json` records, per output page (its path relative to the
output folder), the SHA-256 of the input bytes it was built from, a hash of the
site configuration and the tool version. A page whose three values match and
whose output file exists is skipped; a different config or tool version matches
no entry, so everything is rebuilt. Only pages built without error are recorded.
The file is replaced atomically (temporary file + `os.replace`).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from .build import write_atomic
from .config import SiteConfig

MANIFEST_NAME = ".healthld-manifest.json"
FORMAT = 1


def input_hash(data: bytes) -> str:
    """The SHA-256 of a page's input bytes, in hex."""
    return hashlib.sha256(data).hexdigest()


def config_hash(config: SiteConfig) -> str:
    """A short hash of every configuration value: a changed config rebuilds every page."""
    return hashlib.sha256(repr(config).encode()).hexdigest()[:16]  # frozen dataclasses


class Manifest:
    """The entries of one output folder; `save` writes them back only if they changed."""

    def __init__(self, folder: Path, pages: dict[str, dict[str, str]]) -> None:
        self.folder = folder
        self.pages = pages
        self.dirty = False

    @classmethod
    def load(cls, folder: Path) -> Manifest:
        """The folder's manifest; an absent or unreadable one is empty (a full build)."""
        try:
            data: Any = json.loads((folder / MANIFEST_NAME).read_text("utf-8"))
            pages = data["pages"] if data.get("format") == FORMAT else {}
            if not isinstance(pages, dict):
                pages = {}
        except (OSError, ValueError, AttributeError, KeyError, TypeError):
            pages = {}
        return cls(folder, pages)

    @staticmethod
    def entry(digest: str, config: str, tool: str) -> dict[str, str]:
        return {"input": digest, "config": config, "tool": tool}

    def matches(self, key: str, entry: dict[str, str]) -> bool:
        """True when `key` was built from the same input, config and tool, and is still there."""
        return self.pages.get(key) == entry and (self.folder / key).is_file()

    def record(self, key: str, entry: dict[str, str] | None) -> None:
        """Record a page built without error (`entry`), or forget one that failed (None)."""
        if entry is None:
            if self.pages.pop(key, None) is not None:
                self.dirty = True
        elif self.pages.get(key) != entry:
            self.pages[key] = entry
            self.dirty = True

    def save(self) -> None:
        """Write the manifest atomically, if anything changed."""
        if not self.dirty:
            return
        text = json.dumps({"format": FORMAT, "pages": self.pages}, sort_keys=True, indent=0)
        write_atomic(self.folder / MANIFEST_NAME, text.encode("utf-8"))
        self.dirty = False
