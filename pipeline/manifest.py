"""The incremental-build manifest kept in the output folder.

`.healthld-manifest.json` records, per output page (its path relative to the
output folder), the SHA-256 of the input bytes it was built from, a hash of the
site configuration and the tool version. A page whose three values match and
whose output file exists is skipped; a different config or tool version matches
no entry, so everything is rebuilt. Only pages built without error are recorded. An
entry also keeps the page's Questions, [index in @graph, name, line in the page
source], which the site-wide duplicate pass of a later build reads for the page when it
is skipped (sitewide.py): it reads no page.
The file is replaced atomically (temporary file + `os.replace`).

The manifest also records the digest of the config file the build read
(`config.config_digest`): the next build with the same file and tool version skips
the config's schema check, which a successful build already did (`load_config`).

Each entry also keeps the input's size and modification time and when its hash was
taken. When size and time are unchanged and the file was last modified well before
its hash was taken, the hash is trusted without reading the file (as git and make
do): a no-op rebuild of a large export reads no page. A file modified within
`RACY_NS` of being hashed is always read again; a change that keeps both the size and
the modification time (a tool that restores mtimes) needs `--force`.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from .batch import write_atomic
from .config import SiteConfig

MANIFEST_NAME = ".healthld-manifest.json"
FORMAT = 3  # 2: entries record the page's Questions; 3: with their lines. Another rebuilds all
CORE = ("input", "config", "tool", "rel")  # what must match for a page to be skipped
RACY_NS = 2_000_000_000  # a file modified this close to its hashing is read again


def input_hash(data: bytes) -> str:
    """The SHA-256 of a page's input bytes, in hex."""
    return hashlib.sha256(data).hexdigest()


def config_hash(config: SiteConfig) -> str:
    """A short hash of every configuration value: a changed config rebuilds every page."""
    return hashlib.sha256(repr(config).encode()).hexdigest()[:16]  # frozen dataclasses


class Manifest:
    """The entries of one output folder; `save` writes them back only if they changed."""

    def __init__(self, folder: Path, pages: dict[str, dict[str, Any]],
                 config_digest: str | None = None) -> None:
        self.folder = folder
        self.pages = pages
        self.config_digest = config_digest
        self.dirty = False

    @classmethod
    def load(cls, folder: Path) -> Manifest:
        """The folder's manifest; an absent or unreadable one is empty (a full build)."""
        data = _handed_over(folder) or _read(folder)
        pages = data.get("pages")
        digest = data.get("config_digest")
        return cls(folder, _valid_entries(pages) if isinstance(pages, dict) else {},
                   digest if isinstance(digest, str) else None)

    def validated(self, digest: str) -> None:
        """Record that the config file with `digest` was read and validated by this build."""
        if digest and digest != self.config_digest:
            self.config_digest = digest
            self.dirty = self.dirty or bool(self.pages)  # an empty build writes no manifest

    def matches(self, key: str, entry: dict[str, Any]) -> bool:
        """True when `key` was built from the same input, config and tool, and is still there."""
        old = self.pages.get(key)
        return (isinstance(old, dict) and all(old.get(k) == entry.get(k) for k in CORE)
                and (self.folder / key).is_file())

    def may_match(self, key: str, entry: dict[str, Any]) -> bool:
        """True when `key`'s entry has `entry`'s config, tool and path (CORE but the input):
        only then can the input's hash decide a skip, and is it worth reading the input."""
        old = self.pages.get(key)
        return isinstance(old, dict) and all(old.get(k) == entry.get(k)
                                             for k in CORE if k != "input")

    def known_hash(self, key: str, info: os.stat_result) -> str | None:
        """The recorded input hash of `key` when the file's size and modification time are
        those recorded and it was modified well before it was hashed; else None (read it)."""
        old = self.pages.get(key)
        if not isinstance(old, dict) or not isinstance(old.get("input"), str):
            return None
        hashed = old.get("hashed_ns")
        if (old.get("size") == info.st_size and old.get("mtime_ns") == info.st_mtime_ns
                and isinstance(hashed, int) and info.st_mtime_ns < hashed - RACY_NS):
            return str(old["input"])
        return None

    def record(self, key: str, entry: dict[str, Any] | None) -> None:
        """Record a page built without error (`entry`), or forget one that failed (None)."""
        if entry is None:
            if self.pages.pop(key, None) is not None:
                self.dirty = True
        elif self.pages.get(key) != entry:
            self.pages[key] = entry
            self.dirty = True

    def save(self) -> str | None:
        """Write the manifest atomically, if anything changed. Never raises: returns why it
        could not be written (a full disk, a read-only folder), else None; the old
        manifest is then left as it was."""
        if not self.dirty:
            return None
        head: dict[str, Any] = {"format": FORMAT}
        if self.config_digest:
            head["config_digest"] = self.config_digest
        try:
            write_atomic(self.folder / MANIFEST_NAME, _text(head, self.pages).encode("utf-8"))
        except OSError as exc:
            return (f"cannot save the build manifest: {exc.strerror or exc}; "
                    "the next build checks every page again")
        self.dirty = False
        return None


def _text(head: dict[str, Any], pages: dict[str, Any]) -> str:
    """The manifest file: `head`'s keys and "pages", one page's entry a line, keys sorted.
    Written by json's C encoder: an `indent` makes json use its pure-Python one, 4x
    slower (10 ms of a 240-page build, after the last page, that no worker can share)."""
    def compact(value: Any) -> str:
        return json.dumps(value, sort_keys=True, separators=(",", ":"))

    body = ",".join(f"\n{compact(key)}:{compact(pages[key])}" for key in sorted(pages))
    return f'{compact(head)[:-1]},"pages":{{{body}\n}}}}\n'


def _valid_entries(pages: dict[Any, Any]) -> dict[str, dict[str, Any]]:
    """The entries of a manifest that can be used; a damaged one (not an object, a `rel`
    that is not a string, a key with a NUL or leaving the folder) counts as absent."""
    kept = {}
    for key, entry in pages.items():
        if (isinstance(entry, dict) and isinstance(key, str) and key and "\0" not in key
                and not key.startswith("/") and ".." not in key.split("/")
                and all(isinstance(entry.get(k, ""), str) for k in ("rel", "root", "source"))
                and "\0" not in entry.get("rel", "") + entry.get("source", "")):
            kept[key] = entry
    return kept


def _read(folder: Path) -> dict[str, Any]:
    """The manifest file's content, or {} when it is absent, unreadable or of another format."""
    try:
        data: Any = json.loads((folder / MANIFEST_NAME).read_text("utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    return data if isinstance(data, dict) and data.get("format") == FORMAT else {}


# The manifest `validated_config` parsed, kept for the `Manifest.load` that follows it in
# the same build, if the file is unchanged: a no-op rebuild parses its manifest once.
_HANDOVER: tuple[Path, tuple[int, ...], dict[str, Any]] | None = None


def _stamp(folder: Path) -> tuple[int, ...] | None:
    try:
        info = (folder / MANIFEST_NAME).stat()
    except OSError:
        return None
    return info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns  # replaced: new inode


def _handed_over(folder: Path) -> dict[str, Any] | None:
    """The data `validated_config` read from `folder`, once, if the file is unchanged."""
    global _HANDOVER
    kept, _HANDOVER = _HANDOVER, None
    if kept is None or kept[0] != folder or kept[1] != _stamp(folder):
        return None
    return kept[2]


def validated_config(folder: Path) -> str | None:
    """The digest of the config file the last build into `folder` read, if recorded."""
    global _HANDOVER
    stamp = _stamp(folder)
    data = _read(folder)
    _HANDOVER = (folder, stamp, data) if stamp is not None and data else None
    digest = data.get("config_digest")
    return digest if isinstance(digest, str) else None


def recorded_questions(recorded: Any) -> list[tuple[int, str, int | None]]:
    """A manifest entry's recorded Questions, [index, name, line] lists; anything else (a
    hand-edited or damaged manifest) counts as none."""
    if not isinstance(recorded, list):
        return []
    return [(q[0], q[1], q[2]) for q in recorded
            if isinstance(q, list) and len(q) == 3 and type(q[0]) is int
            and isinstance(q[1], str) and (q[2] is None or type(q[2]) is int)]
