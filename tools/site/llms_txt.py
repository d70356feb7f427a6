"""llms.txt (the pages, in navigation order) and llms-full.txt (every page, its samples and outputs
inlined) for each language, beside that language's index.html."""

from __future__ import annotations

import re
import sys
from pathlib import Path

# The project root: `tools` is not installed.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tools import pages, translations
from tools.site.ui import ui

FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
HEADING_ID = re.compile(r"\s*\{\s*#[^}]+\}\s*$", re.M)
# MkDocs loads a hook module once for every language's build: keep each build's pages apart.
_nav_pages: dict[str, list] = {}


def on_nav(nav, config, files):
    _nav_pages[config.site_dir] = list(nav.pages)
    return nav


def expand_includes(markdown: str) -> str:
    def replace(m: re.Match) -> str:
        path, section = pages.split_target(m["target"])
        return translations.shown_text(path, section).rstrip("\n")

    return "\n".join(
        replace(m) if (m := pages.INCLUDE.match(line)) else line
        for line in markdown.splitlines()
    )


def as_text(source: Path) -> str:
    markdown = FRONT_MATTER.sub("", source.read_text(encoding="utf-8"))
    return HEADING_ID.sub("", expand_includes(markdown))


def on_post_build(config) -> None:
    language = config.theme["language"]
    intro = ui(language)["llms_intro"]
    base = config.site_url
    index = [f"# {config.site_name}", "", f"> {intro}", "", "## Pages", ""]
    full = [f"# {config.site_name}", ""]
    for page in _nav_pages.pop(config.site_dir, []):
        index.append(f"- [{page.title}]({base}{page.url})")
        full += [
            f"<!-- {base}{page.url} -->",
            as_text(Path(page.file.abs_src_path)),
            "",
        ]
    site = Path(config.site_dir)
    (site / "llms.txt").write_text("\n".join(index) + "\n", encoding="utf-8")
    (site / "llms-full.txt").write_text("\n".join(full) + "\n", encoding="utf-8")
