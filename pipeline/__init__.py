"""healthld: FAQ and medical-review JSON-LD for health articles.

The core library: it never prints, exits or reads argv (the CLI does that). The batch and
extraction entry points are exported as `build_pages` and `extract_page`, so the names
`pipeline.build` and `pipeline.extract` stay the modules.
"""

from .build import Job, discover, process_page
from .build import build as build_pages
from .config import SiteConfig, load_config
from .document import Document
from .errors import ConfigError, PageError, PipelineError, RoundTripError
from .extract import extract as extract_page
from .jsonld import build_graph
from .validate import validate_graph, validate_page
from .writeback import splice, strip_own

__version__ = "0.1.0"

__all__ = [
    "ConfigError", "Document", "Job", "PageError", "PipelineError", "RoundTripError",
    "SiteConfig", "build_graph", "build_pages", "discover", "extract_page", "load_config",
    "process_page", "splice", "strip_own", "validate_graph", "validate_page", "__version__",
]
