"""Rendering a page's Markdown (MkDocs' `Page.render`: Python-Markdown and its extensions) was a
quarter to a third of a build once code blocks were remembered (highlight_cache.py: 1.0-1.4 s of
a 3.8-4.8 s build of the Japanese site on one machine), and its result is a pure function of its
inputs: the page's Markdown as the hooks before it left it, the files it includes
(pymdownx.snippets), where the page and every other file of the site go (links are resolved and
checked against them), the Markdown settings, the packages' versions, the Python and the tools.
This hook remembers each page's result by those inputs, on disk (.cache/site/rendered/, a file per
page, a directory per configuration), for the next build and between rebuilds under `mkdocs serve`.

A page whose rendering logged anything (a link MkDocs could not resolve, say) is not remembered: it
is rendered, and says so, on every build. A remembered result is used only while every file it
read is unchanged; a missing or unreadable file only means rendering again, and a build forgets
what it did not use. tests/test_tool_render_cache.py checks that a remembered page is exactly what
a fresh render gives."""

from __future__ import annotations

import builtins
import hashlib
import io
import json
import logging
import os
import sys
import threading
from functools import cache
from importlib.metadata import version
from pathlib import Path

from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

# The project root: `tools` is not installed.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tools.files import write_whole

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".cache" / "site" / "rendered"
FORMAT = 1
PACKAGES = ("mkdocs", "markdown", "pymdown-extensions", "pygments", "mkdocs-material")
_used: set[Path] = set()


@cache
def fixed_inputs() -> str:
    """What is the same for every page of every build in this process."""
    tools = sorted((ROOT / "tools").rglob("*.py"))
    return digest(
        FORMAT,
        sys.version,
        [version(name) for name in PACKAGES],
        [(str(p.relative_to(ROOT)), file_digest(p)) for p in tools],
    )


def digest(*parts: object) -> str:
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def file_digest(path: str | Path) -> str | None:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None


def site_files(files) -> str:
    """Where every file of the site goes: a page's links are resolved (and warned about) by them."""
    known = getattr(files, "_tap_render_digest", None)
    if known is None:
        known = digest(
            sorted(
                (
                    f.src_uri,
                    f.dest_uri,
                    f.url,
                    f.is_documentation_page(),
                    str(f.inclusion),
                )
                for f in files
            )
        )
        files._tap_render_digest = known
    return known


def page_key(page: Page, config, files) -> str:
    return digest(
        fixed_inputs(),
        site_files(files),
        repr(config["markdown_extensions"]),
        repr(config["mdx_configs"]),
        config["use_directory_urls"],
        repr(config["validation"]),
        config["docs_dir"],
        page.file.src_uri,
        page.file.dest_uri,
        page.file.url,
        page.markdown,
    )


def entry_path(config, key: str) -> Path:
    return directory_of(config) / f"{key}.json"


def directory_of(config) -> Path:
    """One directory per configuration (each language builds in a process of its own)."""
    return CACHE / Path(config.config_file_path or "mkdocs.yml").stem


def recall(path: Path) -> dict | None:
    try:
        entry = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(entry, dict) or entry.get("format") != FORMAT:
        return None
    if any(file_digest(read) != sha for read, sha in entry.get("read", [])):
        return None  # an included file changed
    return entry


class Watch(logging.Handler):
    """What this thread reads (pymdownx.snippets opens what a page includes), and whether anything
    is logged, while a page renders."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        # Each file as it was when opened: an edit during the render must not pass for what it read.
        self.read: dict[str, str | None] = {}
        self.logged = False
        self._thread = threading.get_ident()

    def emit(self, record: logging.LogRecord) -> None:
        self.logged = True

    def __enter__(self) -> Watch:
        real_open = self._real_open = builtins.open

        def watched_open(file, mode="r", *args, **kwargs):
            if (
                threading.get_ident() == self._thread
                and isinstance(file, (str, os.PathLike))
                and not any(c in mode for c in "wax+")
            ):
                path = os.path.abspath(os.fspath(file))
                if path not in self.read:
                    try:
                        with real_open(path, "rb") as opened:
                            self.read[path] = hashlib.sha256(opened.read()).hexdigest()
                    except OSError:
                        self.read[path] = None
            return real_open(file, mode, *args, **kwargs)

        builtins.open = io.open = watched_open  # pathlib calls io.open
        for name in ("", "mkdocs"):  # MkDocs' logger does not pass its records up
            logging.getLogger(name).addHandler(self)
        return self

    def __exit__(self, *exc: object) -> None:
        builtins.open = io.open = self._real_open
        for name in ("", "mkdocs"):
            logging.getLogger(name).removeHandler(self)


def remember_rendering() -> None:
    if getattr(Page.render, "_tap_remembered", False):
        return  # under `mkdocs serve`, once for every rebuild
    render = Page.render

    def remembered_render(self: Page, config, files) -> None:
        if self.markdown is None:
            return render(self, config, files)
        path = entry_path(config, page_key(self, config, files))
        _used.add(path)
        entry = recall(path)
        if entry is None:
            with Watch() as watch:
                render(self, config, files)
            if watch.logged:
                return
            entry = {
                "format": FORMAT,
                "read": sorted(watch.read.items()),
                "content": self.content,
                "toc": toc_tokens(self.toc),
                "title": self._title_from_render,
                "anchors": sorted(self.present_anchor_ids or ()),
                "links": {
                    f.src_uri: links
                    for f, links in (self.links_to_anchors or {}).items()
                },
            }
            write_whole(path, json.dumps(entry, ensure_ascii=False))
            return
        self.content = entry["content"]
        self.toc = get_toc(entry["toc"])
        self._title_from_render = entry["title"]
        self.present_anchor_ids = set(entry["anchors"])
        if (
            logging.getLogger("mkdocs.structure.pages").getEffectiveLevel()
            > logging.DEBUG
        ):
            self.links_to_anchors = {
                files.get_file_from_path(src): links
                for src, links in entry["links"].items()
            }

    remembered_render._tap_remembered = True  # type: ignore[attr-defined]
    Page.render = remembered_render  # type: ignore[method-assign]


def toc_tokens(toc) -> list[dict]:
    """The table of contents as Python-Markdown's toc extension gives it (get_toc's input)."""
    return [
        {
            "level": item.level,
            "id": item.id,
            "name": item.title,
            "children": toc_tokens(item.children),
        }
        for item in toc
    ]


def on_startup(command, dirty):
    remember_rendering()


def on_pre_build(config) -> None:
    _used.clear()


def on_post_build(config) -> None:
    """Forget what this build did not use (edited pages' old results): each build renders every
    page of its language."""
    directory = directory_of(config)
    for path in directory.glob("*.json") if directory.is_dir() else ():
        if path not in _used:
            path.unlink(missing_ok=True)
