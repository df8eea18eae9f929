"""Site configuration: the facts a page does not carry (see README, "Configuration")."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .schema_store import validator
from .vocabulary import members

DEFAULT_CONFIG = "pipeline.toml"
DEFAULT_MAX_PAGE_BYTES = 10_000_000


@dataclass(frozen=True)
class Organization:
    name: str
    url: str
    logo: str | None = None


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

    @classmethod
    def from_dict(cls, data: dict[str, Any], source: str = "<config>") -> SiteConfig:
        """Validate `data` (as read from TOML) and build the config; raise ConfigError."""
        errors = sorted(validator("config").iter_errors(data), key=lambda e: list(e.path))
        if errors:
            err = errors[0]
            where = ".".join(str(p) for p in err.path) or "(top level)"
            raise ConfigError(f"{source}: {where}: {err.message}")
        medical = data.get("medical", {})
        specialties = tuple(medical.get("specialty", ()))
        unknown = sorted(set(specialties) - members("MedicalSpecialty"))
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
            max_page_bytes=data.get("limits", {}).get("max_page_bytes", DEFAULT_MAX_PAGE_BYTES),
        )


def load_config(path: str | Path) -> SiteConfig:
    """Read and validate a TOML config file; raise ConfigError naming the file and the problem."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    return SiteConfig.from_dict(data, source=str(path))
