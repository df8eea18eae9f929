"""healthld: FAQ and medical-review JSON-LD for health articles.

The core library: it never prints, exits or reads argv (the CLI does that). A run is
`run_build(paths, Settings(config, today))` (or `run_check`), which returns a `Run` with
one `Outcome` per page and the site-wide findings, as `healthld build` prints them;
`build_pages` streams the per-page results alone, and `extract_page` is the extraction
entry point (so the names `pipeline.build` and `pipeline.extract` stay the modules).

The exported names are imported on first use (PEP 562): `import pipeline` and the
command line then load BeautifulSoup, lxml and extruct only when a page is parsed, and
a no-op build (every page unchanged) never pays for them.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# exported name -> (module, attribute)
_EXPORTS = {
    "Job": ("batch", "Job"), "discover": ("batch", "discover"),
    "process_page": ("build", "process_page"), "build_pages": ("run", "build_pages"),
    "run_build": ("run", "run_build"), "run_check": ("run", "run_check"),
    "Settings": ("run", "Settings"), "Run": ("outcome", "Run"), "Outcome": ("outcome", "Outcome"),
    "SiteConfig": ("config", "SiteConfig"), "load_config": ("config", "load_config"),
    "Document": ("document", "Document"),
    "ConfigError": ("errors", "ConfigError"), "PageError": ("errors", "PageError"),
    "PipelineError": ("errors", "PipelineError"), "RoundTripError": ("errors", "RoundTripError"),
    "extract_page": ("extract", "extract"), "build_graph": ("jsonld", "build_graph"),
    "validate_graph": ("validate", "validate_graph"),
    "validate_page": ("validate", "validate_page"),
    "splice": ("writeback", "splice"), "strip_own": ("writeback", "strip_own"),
}

__all__ = [  # the exported names (_EXPORTS) and the version
    "ConfigError",
    "Document",
    "Job",
    "Outcome",
    "PageError",
    "PipelineError",
    "RoundTripError",
    "Run",
    "Settings",
    "SiteConfig",
    "__version__",
    "build_graph",
    "build_pages",
    "discover",
    "extract_page",
    "load_config",
    "process_page",
    "run_build",
    "run_check",
    "splice",
    "strip_own",
    "validate_graph",
    "validate_page",
]

if TYPE_CHECKING:
    from .batch import Job, discover
    from .build import process_page
    from .config import SiteConfig, load_config
    from .document import Document
    from .errors import ConfigError, PageError, PipelineError, RoundTripError
    from .extract import extract as extract_page
    from .jsonld import build_graph
    from .outcome import Outcome, Run
    from .run import Settings, build_pages, run_build, run_check
    from .validate import validate_graph, validate_page
    from .writeback import splice, strip_own


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
    module, attr = _EXPORTS[name]
    value = getattr(import_module(f".{module}", __name__), attr)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
