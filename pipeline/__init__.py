"""healthld: FAQ and medical-review JSON-LD for health articles.

The core library: it never prints, exits or reads argv (the CLI does that). The batch and
extraction entry points are exported as `build_pages` and `extract_page`, so the names
`pipeline.build` and `pipeline.extract` stay the modules.

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
    "process_page": ("build", "process_page"), "build_pages": ("batch", "build"),
    "SiteConfig": ("config", "SiteConfig"), "load_config": ("config", "load_config"),
    "Document": ("document", "Document"),
    "ConfigError": ("errors", "ConfigError"), "PageError": ("errors", "PageError"),
    "PipelineError": ("errors", "PipelineError"), "RoundTripError": ("errors", "RoundTripError"),
    "extract_page": ("extract", "extract"), "build_graph": ("jsonld", "build_graph"),
    "validate_graph": ("validate", "validate_graph"), "validate_page": ("validate", "validate_page"),
    "splice": ("writeback", "splice"), "strip_own": ("writeback", "strip_own"),
}

__all__ = sorted(_EXPORTS) + ["__version__"]

if TYPE_CHECKING:
    from .batch import Job, discover
    from .batch import build as build_pages
    from .build import process_page
    from .config import SiteConfig, load_config
    from .document import Document
    from .errors import ConfigError, PageError, PipelineError, RoundTripError
    from .extract import extract as extract_page
    from .jsonld import build_graph
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
