"""Strings the site's hooks and theme put on pages, per language (locales/<lang>/ui.yml)."""

from __future__ import annotations

from functools import cache

import yaml

from tools import pages


@cache
def ui(language: str) -> dict[str, str]:
    return yaml.safe_load(
        (pages.ROOT / "locales" / language / "ui.yml").read_text(encoding="utf-8")
    )
