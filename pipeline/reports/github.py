"""GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` line per finding,
with the file and line, so the pull request shows them on the changed lines."""

from __future__ import annotations

from collections.abc import Iterator

from ..outcome import Run
from ..records import ERROR, WARNING
from .paths import display_path

COMMANDS = {ERROR: "error", WARNING: "warning"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def workflow_commands(run: Run) -> Iterator[str]:
    """The workflow-command lines for every finding of the run."""
    for page in run.pages:
        source = display_path(page.result.source)
        for f in page.findings:
            props = [f"file={_prop(source)}"]
            if f.line:
                props.append(f"line={f.line}")
            props.append(f"title={_prop(f'healthld {f.code}')}")
            command = COMMANDS.get(f.severity, "notice")
            yield f"::{command} {','.join(props)}::{_data(f'{f.code}: {f.message} ({f.path})')}"
