"""Facts a page states about itself: which versions produced its outputs (from the pins in
pyproject.toml; the suite checks the environment is the pinned one), and, on a translation that is
behind its English page (locales/<lang>/translations.json), a notice that says so."""

from __future__ import annotations

import sys
from pathlib import Path

# The project root: `tools` is not installed.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tools import environment, languages, pages, translations
from tools.site.ui import ui


def on_page_markdown(markdown: str, page, config, files) -> str:
    source = Path(page.file.abs_src_path).resolve().relative_to(pages.ROOT)
    language = pages.page_language(source)
    strings = ui(language)
    if any(inc.path.endswith(".out") for inc in pages.includes(source)):
        versions = strings["list_separator"].join(
            f"{name} {version}" for name, version in environment.stamp().items()
        )
        page.meta["tap_stamp"] = strings["stamp"].format(versions=versions)
    if language != languages.default() and translations.staleness(source):
        english = (
            config.site_url.rstrip("/").removesuffix(f"/{language}") + "/" + page.url
        )
        notice = (
            f'!!! warning tap-stale "{strings["stale_title"]}"\n    '
            + strings["stale_body"].format(url=english)
            + "\n\n"
        )
        return after_title(markdown, notice)
    return markdown


def after_title(markdown: str, block: str) -> str:
    """The block under the page's title (its first line, when that is a level-1 heading), or first:
    under the title, the search index cuts the page as it does without the block."""
    title, newline, rest = markdown.lstrip("\n").partition("\n")
    if title.startswith("# "):
        body = rest.lstrip("\n")
        return f"{title}{newline}\n{block}{body}"
    return block + markdown
