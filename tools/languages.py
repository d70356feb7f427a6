"""The site's languages, read from MkDocs' own configuration: mkdocs.yml's `extra.alternate` (the
language menu) lists them, the default first; every other language has mkdocs.<lang>.yml."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CONFIG = ROOT / "mkdocs.yml"
# Set for a language's build that the default language's build started (tools/site/languages.py):
# that build leaves its downloads' zips to the build that started it.
BUILT_APART = "TAP_BUILT_APART"


def built_apart(command: str) -> bool:
    """Does this build build the other languages in processes of their own? `mkdocs build` does:
    each language is a MkDocs project of its own, and both cores build at once. `mkdocs serve`
    rebuilds them in its own process, where its caches live (templates, highlighted code)."""
    return command == "build" and BUILT_APART not in os.environ


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
