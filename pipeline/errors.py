"""Exceptions raised by the core. The CLI turns them into messages and exit codes."""


class PipelineError(Exception):
    """Base class for every error the pipeline raises on purpose."""


class ConfigError(PipelineError):
    """The site configuration is missing or invalid (CLI exit code 2)."""


class PageError(PipelineError):
    """One page cannot be processed. The batch goes on; the page counts as failed."""


class RoundTripError(PageError):
    """The JSON-LD read back from a written page differs from the generated graph."""
