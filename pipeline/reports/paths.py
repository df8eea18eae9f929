"""Page paths as CI systems show them."""

from __future__ import annotations

import os
from pathlib import Path


def display_path(path: str) -> str:
    """A page path as CI systems want it: relative to the current folder when inside it, "/"
    separators."""
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return Path(path).as_posix()
    return Path(path if rel.startswith("..") else rel).as_posix()
