"""The site's languages, read from MkDocs' own configuration: mkdocs.yml's `extra.alternate` (the
language menu) lists them, the default first; every other language has mkdocs.<lang>.yml."""

from __future__ import annotations

from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CONFIG = ROOT / "mkdocs.yml"
# Set for a language's build that the default language's build started (tools/site/languages.py):
# that build leaves its downloads' zips to the build that started it.
BUILT_APART = "TAP_BUILT_APART"


@cache
def written(path: Path) -> dict:
    """A MkDocs configuration as written: MkDocs' own loader (!ENV, INHERIT), without validation
    (which loads every plugin, hook and theme file: ten times slower; the build validates)."""
    from mkdocs.utils.yaml import yaml_load

    with path.open(encoding="utf-8") as file:
        return yaml_load(file)


def languages() -> tuple[str, ...]:
    """The site's language codes, the default first."""
    return tuple(
        entry["lang"] for entry in written(DEFAULT_CONFIG)["extra"]["alternate"]
    )


def default() -> str:
    return languages()[0]


def translated() -> tuple[str, ...]:
    return languages()[1:]


def config_file(language: str) -> Path:
    return DEFAULT_CONFIG if language == default() else ROOT / f"mkdocs.{language}.yml"


def nav(language: str) -> list:
    """One language's navigation, as its configuration writes it."""
    return written(config_file(language))["nav"]
