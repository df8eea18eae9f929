"""healthld: FAQ and medical-review JSON-LD for health articles.

The core library: it never prints, exits or reads argv (the CLI does that).
"""

from .build import Job, build, discover, process_page
from .config import SiteConfig, load_config
from .document import Document
from .errors import ConfigError, PageError, PipelineError, RoundTripError
from .extract import extract
from .jsonld import build_graph
from .validate import validate_graph, validate_page
from .writeback import splice, strip_own

__version__ = "0.1.0"

__all__ = [
    "ConfigError", "Document", "Job", "PageError", "PipelineError", "RoundTripError",
    "SiteConfig", "build", "build_graph", "discover", "extract", "load_config",
    "process_page", "splice", "strip_own", "validate_graph", "validate_page", "__version__",
]
