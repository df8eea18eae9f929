"""The floor for the benchmark: read each page, `lxml.html.fromstring`, write it back.

No tool that parses every page can go faster than this.

    python bench/floor.py IN_DIR OUT_DIR
"""

from __future__ import annotations

import sys
from pathlib import Path

import lxml.html


def main() -> None:
    src, out = Path(sys.argv[1]), Path(sys.argv[2])
    for path in sorted(src.rglob("*.html")):
        raw = path.read_bytes()
        lxml.html.fromstring(raw)
        target = out / path.relative_to(src)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(raw)


if __name__ == "__main__":
    main()
