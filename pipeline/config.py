"""Site configuration: the facts a page does not carry (see README, "Configuration")."""

from __future__ import annotations

import hashlib
import tomllib
from collections.abc import Container
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .budget import DEFAULT_PAGE_SECONDS
from .config_errors import did_you_mean, explain, toml_line
from .errors import ConfigError
from .extract.people import credential, name_key
from .policy import DEFAULT_GOVERNANCE, FIXED_CODES, Governance
from .records import MedicalTerm
from .vocabulary import VOCABULARY_FILE, members

DEFAULT_CONFIG = "pipeline.toml"
DEFAULT_INPUT, DEFAULT_OUTPUT = "input", "output"  # `[build]` defaults, beside the config file
DEFAULT_POST_TYPES = ("post", "page")  # `[wordpress] post_types`: what an export builds
DEFAULT_MAX_PAGE_BYTES = 10_000_000


@dataclass(frozen=True)
class Organization:
    name: str
    url: str
    logo: str | None = None


@dataclass(frozen=True)
class Reviewer:
    """A registry entry (`[reviewers."NAME"]`): what the site knows about a reviewer."""

    name: str
    url: str | None = None
    credentials: tuple[str, ...] = ()
    same_as: tuple[str, ...] = ()
    image: str | None = None
    id: str | None = None

    @property
    def key(self) -> str:
        return name_key(self.name)


def _reviewers(table: dict[str, Any], source: str) -> tuple[Reviewer, ...]:
    """Registry entries from the `[reviewers]` table; ConfigError for an unknown credential
    or two entries naming the same person."""
    found: dict[str, Reviewer] = {}
    for name, entry in table.items():
        creds = []
        for token in entry.get("credentials", ()):
            canon = credential(token)
            if canon is None:
                raise ConfigError(f"{source}: reviewers.{name}.credentials: {token!r} is not "
                                  "in the credential vocabulary (README, \"What is extracted\")")
            creds.append(canon)
        reviewer = Reviewer(" ".join(name.split()), entry.get("url"), tuple(creds),
                            tuple(entry.get("sameAs", ())), entry.get("image"), entry.get("id"))
        if reviewer.key in found:
            raise ConfigError(f"{source}: reviewers: {found[reviewer.key].name!r} and {name!r} "
                              "name the same person")
        found[reviewer.key] = reviewer
    return tuple(found.values())


@dataclass(frozen=True)
class SiteConfig:
    """Validated site configuration."""

    base_url: str
    site_name: str
    publisher: Organization
    language: str = "en"
    audience: tuple[str, ...] = ("Patient",)
    specialty: tuple[str, ...] = ()
    max_page_bytes: int = DEFAULT_MAX_PAGE_BYTES
    medical_terms: tuple[MedicalTerm, ...] = ()  # the site's own dictionary entries (terms.py)
    reviewers: tuple[Reviewer, ...] = ()
    governance: Governance = DEFAULT_GOVERNANCE
    post_types: tuple[str, ...] = DEFAULT_POST_TYPES  # of a WordPress export (wxr.py)
    # `[findings.ignore]`: (page path or glob, codes silenced on it), see policy.py
    ignore: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # How long one page may take (budget.py). Not in the hash that decides rebuilds: it
    # changes no output (a page that ran out of time is not written, so not recorded).
    page_seconds: float = field(default=DEFAULT_PAGE_SECONDS, compare=False, repr=False)
    # The digest of the config file this was read from (`config_digest`), "" otherwise. Not
    # a setting: left out of comparisons and of the hash that decides rebuilds.
    digest: str = field(default="", compare=False, repr=False)
    # Where the site's pages are (`[build]`, paths relative to the config file; `load_config`
    # fills them in, None from `from_dict` alone). Not settings of a page's output either:
    # a page's path relative to the input root is recorded on its own (manifest.py).
    input_root: Path | None = field(default=None, compare=False, repr=False)
    output_dir: Path | None = field(default=None, compare=False, repr=False)
    # `[build] existing`: the --existing policy when the command line gives none.
    existing: str | None = field(default=None, compare=False, repr=False)

    def reviewer(self, name: str) -> Reviewer | None:
        """The registry entry for a name as a page writes it (case, "Dr." and credentials
        aside), or None."""
        key = name_key(name)
        return next((r for r in self.reviewers if r.key == key), None)

    @classmethod
    def from_dict(cls, data: dict[str, Any], source: str = "<config>",
                  schema_checked: bool = False, text: str | None = None) -> SiteConfig:
        """Validate `data` (as read from TOML) and build the config; raise ConfigError.
        With `schema_checked`, `data` is known to pass this tool version's checks (see
        `load_config`): the schema check and the specialties' check against the
        vocabulary (a 260 KB file to parse) are skipped; reading the values still runs."""
        if not schema_checked:
            from .schema_store import schema_errors  # jsonschema only for an invalid file

            errors = sorted(schema_errors("config", data),  # an unknown key first:
                            key=lambda e: (list(e.path), e.validator != "additionalProperties"))
            if errors:
                # in plain words, with the TOML line of `text` (config_errors.py)
                raise ConfigError(f"{source}: {explain(errors[0], text)}")
        medical = data.get("medical", {})
        specialties = tuple(medical.get("specialty", ()))
        unknown = [] if schema_checked else sorted(set(specialties) - members("MedicalSpecialty"))
        if unknown:
            raise ConfigError(
                f"{source}: medical.specialty: {', '.join(unknown)} is not a schema.org "
                "MedicalSpecialty member (for example Anesthesia, Psychiatric, Neurologic)"
            )
        site, pub = data["site"], data["publisher"]
        return cls(
            base_url=site["base_url"],
            site_name=site["name"],
            language=site.get("language", "en"),
            publisher=Organization(pub["name"], pub["url"], pub.get("logo")),
            audience=tuple(medical.get("audience", ("Patient",))),
            specialty=specialties,
            medical_terms=_site_terms(medical, source),
            max_page_bytes=data.get("limits", {}).get("max_page_bytes", DEFAULT_MAX_PAGE_BYTES),
            page_seconds=float(data.get("limits", {}).get("page_seconds", DEFAULT_PAGE_SECONDS)),
            reviewers=_reviewers(data.get("reviewers", {}), source),
            governance=Governance.from_dict(_severities(data, source, text)),
            ignore=_ignores(data.get("findings", {}).get("ignore", {}), source, text),
            existing=data.get("build", {}).get("existing"),
            post_types=tuple(data.get("wordpress", {}).get("post_types", DEFAULT_POST_TYPES)),
        )


def _known_code(code: str, where: list[str], source: str, text: str | None) -> None:
    """ConfigError for a finding code that is not one, or one no config may change."""
    from .codes import RULES

    if code in RULES and code not in FIXED_CODES:
        return
    line = toml_line(text, where) if text is not None else None
    at = f"line {line}: " if line else ""
    if code in FIXED_CODES:
        raise ConfigError(f"{source}: {at}{code} cannot be configured: it says the output is "
                          "missing or stale, or the page failed")
    raise ConfigError(f"{source}: {at}{'.'.join(where)}: {code!r} is not a finding code"
                      f"{did_you_mean(code, RULES)} (README, \"Findings\")")


def _severities(data: dict[str, Any], source: str, text: str | None) -> dict[str, Any]:
    """The `[governance]` table with `[findings.severity]` merged into its severities (the
    latter wins), every code checked."""
    table = dict(data.get("governance", {}))
    severity = {**table.get("severity", {}), **data.get("findings", {}).get("severity", {})}
    for code in data.get("findings", {}).get("severity", {}):
        _known_code(code, ["findings", "severity", code], source, text)
    if severity:
        table["severity"] = severity
    return table


def _ignores(table: dict[str, Any], source: str,
             text: str | None) -> tuple[tuple[str, tuple[str, ...]], ...]:
    for page, codes in table.items():
        for code in codes:
            _known_code(code, ["findings", "ignore", page], source, text)
    return tuple((page, tuple(codes)) for page, codes in table.items())


def config_digest(raw: bytes) -> str:
    """The digest of a config file's bytes as this version of the tool, with this config
    schema and this schema.org vocabulary (the specialties' check), reads them."""
    from importlib import resources

    from . import __version__

    schema = resources.files("pipeline.schemas").joinpath("config.schema.json").read_bytes()
    vocabulary = resources.files("pipeline").joinpath(VOCABULARY_FILE).read_bytes()
    digest = hashlib.sha256(__version__.encode())
    for part in (schema, vocabulary, raw):
        digest.update(b"\0%d\0" % len(part) + part)
    return digest.hexdigest()


def _site_terms(medical: dict[str, Any], source: str) -> tuple[MedicalTerm, ...]:
    """The site's own dictionary entries (terms.user_terms); the dictionary code is loaded
    only for a config that has some (a no-op build of a site without any need not)."""
    if not medical.get("terms") and not medical.get("terms_file"):
        return ()
    from .terms import user_terms

    return user_terms(medical, source)


def load_config(path: str | Path, checked: Container[str] = ()) -> SiteConfig:
    """Read and validate a TOML config file; raise ConfigError naming the file and the problem.

    `checked` holds digests (`config_digest`) of config files this tool version has
    already validated, as the incremental manifest records them (manifest.py): a file
    with the same bytes passes the same checks, so the schema check (and the import of
    jsonschema, a third of a no-op build's start-up) and the vocabulary check of the
    specialties are skipped; the values are read as always.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
        # Newlines translated as a text-mode read would.
        data = tomllib.loads(raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n"))
    except FileNotFoundError:
        raise ConfigError(
            f"{path}: config file not found (looked for {path.absolute()}); run healthld from "
            "the site's folder, name the file with --config FILE, or create one with "
            "healthld init") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    digest = config_digest(raw)
    config = SiteConfig.from_dict(data, source=str(path), schema_checked=digest in checked,
                                  text=raw.decode("utf-8"))
    layout = data.get("build", {})
    return replace(config, digest=digest,
                   input_root=path.parent / layout.get("input", DEFAULT_INPUT),
                   output_dir=path.parent / layout.get("output", DEFAULT_OUTPUT))
