"""Highlighting a code block (Pygments, through pymdownx.highlight) was a third of the build's time,
and its result is a pure function of its inputs: the code, the language, the options, and the
versions of Pygments and pymdownx. This hook remembers each result by those inputs, for the rest of
the build, between rebuilds under `mkdocs serve`, and on disk (.cache/site/) for the next build of
either language (both show the same samples; each builds in a process of its own). A missing or
unreadable file only means highlighting again; tests/test_tool_highlight_cache.py checks that a
remembered block is exactly what a fresh build gives."""

from __future__ import annotations

import hashlib
import json
import sys
from functools import cache
from importlib.metadata import version
from pathlib import Path

# The project root: `tools` is not installed.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tools.files import write_whole

CACHE = Path(__file__).resolve().parents[2] / ".cache" / "site" / "highlighted.json"
_remembered: dict[str, str] = {}
_new = False


@cache
def highlighter_versions() -> tuple[str, str]:
    # Read once per process: importlib.metadata parses the packages' metadata on every call, which
    # cost more than the highlighting it saves.
    return version("pygments"), version("pymdown-extensions")


def key(settings: dict, args: tuple, kwargs: dict) -> str:
    inputs = (
        *highlighter_versions(),
        # Every setting but the Markdown instance (it does not change the result).
        sorted((name, repr(value)) for name, value in settings.items() if name != "md"),
        repr(args),
        repr(sorted(kwargs.items())),
    )
    return hashlib.sha256(repr(inputs).encode()).hexdigest()


def load() -> None:
    try:
        loaded = json.loads(CACHE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    if isinstance(loaded, dict) and all(
        isinstance(k, str) and isinstance(v, str) for k, v in loaded.items()
    ):
        _remembered.update(loaded)


def save() -> None:
    global _new
    if not _new:
        return
    # Another language's build (a process of its own) may have saved since this one loaded.
    load()
    write_whole(CACHE, json.dumps(_remembered))
    _new = False


def remember_highlighting() -> None:
    from pymdownx.highlight import Highlight

    highlight = Highlight.highlight

    def remembered_highlight(self, *args, **kwargs):
        global _new
        # An HTML title goes through the page's stash.
        if self.auto_title or self.title_mode != "text":
            return highlight(self, *args, **kwargs)
        k = key(vars(self), args, kwargs)
        if k not in _remembered:
            _remembered[k] = highlight(self, *args, **kwargs)
            _new = True
        return _remembered[k]

    Highlight.highlight = remembered_highlight


def on_startup(command, dirty):
    load()
    remember_highlighting()


def on_post_build(config) -> None:
    save()
