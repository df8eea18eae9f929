"""Where pages are read from and written to, checked before anything is read.

- Every entry under an input folder whose name ends in `.html`/`.htm` and is not a
  folder becomes a job: a FIFO, a broken symlink or a symlink loop is reported on its
  own line (by `read_page`), never skipped in silence. An unreadable sub-folder is
  reported too. Symlinked folders are not followed.
- A symlink that leads outside the input folder is refused: the tool reads only the
  tree it was given.
- Output paths stay inside `--out`: a path that would climb out of it (`..`, or a
  symlinked sub-folder of `--out` leading elsewhere) is refused.
- `--out` equal to or inside an input folder is refused (the output would overwrite
  the input, or the next build would read its own output) unless the user asks for
  in-place rewriting; so is an input folder inside `--out`, and any run in which one
  page's output path is another input page (batch.discover).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .errors import PipelineError

PAGE_SUFFIXES = (".html", ".htm")


class OutputPathError(PipelineError):
    """`--out` would overwrite the input or sit inside it (CLI exit code 2)."""


def real(path: Path) -> Path:
    """The path with every symlink resolved; never raises, even on a symlink loop."""
    return Path(os.path.realpath(path))


def is_inside(path: Path, root: Path) -> bool:
    """True when `path` is `root` or below it (both already resolved)."""
    return path == root or path.is_relative_to(root)


def is_export(path: Path) -> bool:
    """True for a file the build treats as a WordPress WXR export (a `.xml` file, see
    wxr.py)."""
    return path.suffix.lower() == ".xml" and path.is_file()


def root_prefix(folder: Path, root: Path | None) -> str | None:
    """`folder`'s path inside the site's input root `root` ("/"-separated, ending in "/";
    "" for the root itself), or None when it is not inside `root` (or there is no root).
    Symlinks resolved, so `./input/blog` and `input/../input/blog` agree."""
    if root is None:
        return None
    inner, top = real(folder), real(root)
    if not is_inside(inner, top):
        return None
    return "" if inner == top else inner.relative_to(top).as_posix() + "/"


def site_rel(page: Path, root: Path | None) -> str:
    """A page file's identity in the site: its path relative to the input root `root` when
    it is under it (so a page named alone, in a folder or by pre-commit gets the same
    output path and fallback URL), else its name."""
    prefix = root_prefix(page.parent, root)
    return page.name if prefix is None else prefix + page.name


def page_entries(folder: Path) -> Iterator[tuple[Path, str | None]]:
    """(entry, problem) for every page-named entry under `folder`, sorted.

    `problem` is None for an entry to read, else why it is refused: a symlink leading
    outside `folder`, or a sub-folder that cannot be listed. Only symlinks are resolved:
    any other entry of a folder reached without following a symlink is inside `folder`.
    """
    root = real(folder)
    found: list[tuple[str, str | None]] = []
    stack = [os.fspath(folder)]
    while stack:
        path = stack.pop()
        try:
            with os.scandir(path) as listing:
                entries = list(listing)
        except OSError as exc:
            found.append((exc.filename or path, f"cannot read folder: {exc.strerror or exc}"))
            continue
        for entry in entries:
            try:
                folder_like = entry.is_dir()  # as os.walk: a symlink to a folder is a folder
            except OSError:
                folder_like = False
            if folder_like:
                if not entry.is_symlink():  # symlinked folders are not followed
                    stack.append(entry.path)
                continue
            if not entry.name.lower().endswith(PAGE_SUFFIXES):
                continue
            target = real(Path(entry.path)) if entry.is_symlink() else None
            if target is not None and not is_inside(target, root):
                found.append((entry.path, f"symlink to {target}, outside the input folder "
                                          f"{folder}; not read"))
            else:
                found.append((entry.path, None))
    found.sort(key=lambda item: item[0].split(os.sep))  # the order of their Paths
    for entry_path, problem in found:
        yield Path(entry_path), problem


def output_problem(out: Path, rel: str, resolved: dict[Any, Any] | None = None) -> str | None:
    """Why `out/rel` must not be written (it would land outside `out`), or None.
    `resolved` keeps, across the pages of one discovery, the real path of `out` and the
    verdict for each output folder, so a folder of many pages is resolved once."""
    # The parts as Path(rel).parts has them ("." and empty ones dropped), with strings:
    # this runs for every page.
    parts = [p for p in rel.replace(os.sep, "/").split("/") if p not in ("", ".")]
    if not parts or os.path.isabs(rel) or ".." in parts:
        return f"output path {rel!r} would leave the output folder {out}; not written"
    memo = {} if resolved is None else resolved
    key = ("folder", out, "/".join(parts[:-1]))
    if key in memo:  # the verdict for this folder, from an earlier page
        return memo[key]
    parent = (out / rel).parent
    real_out = memo.setdefault(("real", out), real(out))
    problem = None
    if not is_inside(real(parent), real_out):
        problem = (f"output folder {parent} leads outside the output folder {out} "
                   "(a symlink); not written")
    memo[key] = problem
    return problem


def check_out_apart(source: Path, out: Path, rel: str | None = None) -> None:
    """Raise OutputPathError when `out` is the input folder `source` or inside it, or,
    for a single page, when its output (`out/rel`, default `out/<its name>`) would be the
    page itself."""
    src, dst = real(source), real(out)
    if source.is_dir() and is_inside(src, dst) and src != dst:
        raise OutputPathError(
            f"the input folder {source} is inside --out {out}: its outputs would overwrite "
            "input pages; choose an output folder outside every input"
        )
    if source.is_dir() and is_inside(dst, src):
        where = "is the input folder" if dst == src else f"is inside the input folder {source}"
        raise OutputPathError(
            f"--out {out} {where}: the output would overwrite or mix with the input; "
            "choose another folder, or use --in-place to rewrite the input pages"
        )
    if not source.is_dir() and real(out / (rel or source.name)) == src:
        raise OutputPathError(
            f"--out {out} would overwrite the input page {source}; choose another folder, "
            "or use --in-place to rewrite the input pages"
        )
