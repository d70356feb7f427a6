"""The site's languages, read from MkDocs' own configuration: mkdocs.yml's `extra.alternate` (the
language menu) lists them, the default first; every other language has mkdocs.<lang>.yml."""

from __future__ import annotations

from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CONFIG = ROOT / "mkdocs.yml"


@cache
def languages() -> tuple[str, ...]:
    """The site's language codes, the default first."""
    from mkdocs.utils.yaml import (
        yaml_load,  # MkDocs' own loader (!ENV, INHERIT), without validation
    )

    with DEFAULT_CONFIG.open(encoding="utf-8") as file:
        config = yaml_load(file)
    return tuple(entry["lang"] for entry in config["extra"]["alternate"])


def default() -> str:
    return languages()[0]


def translated() -> tuple[str, ...]:
    return languages()[1:]


def config_file(language: str) -> Path:
    return DEFAULT_CONFIG if language == default() else ROOT / f"mkdocs.{language}.yml"


@cache
def config(language: str):
    """The validated MkDocs configuration of one language (plugins, theme and hooks loaded)."""
    from mkdocs.config import load_config

    return load_config(str(config_file(language)))
