"""Shared fixtures: the repo's own config, the sample export, a fixed 'today'."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pipeline.config import SiteConfig, load_config

ROOT = Path(__file__).resolve().parent.parent
INPUT = ROOT / "input"
SEED = INPUT / "blog" / "ketamine-for-chronic-pain.html"
TODAY = date(2026, 11, 26)


@pytest.fixture(scope="session")
def config() -> SiteConfig:
    return load_config(ROOT / "pipeline.toml")


@pytest.fixture
def sample_pages() -> list[Path]:
    return sorted(INPUT.rglob("*.html"))
