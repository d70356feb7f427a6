"""Run it yourself: every page with samples offers them as a zip, beside the page (<page>/samples.zip,
one per language), with a box near the top of the page that links to it.

The zip holds the page's sample directory as the reader has it (tools/reader_project.py: each file
as the page shows it, without outputs and caches), each folder's `pyproject.toml` with the pinned
dependencies added, `requirements.txt` (the same list), and a README in the page's language: the
command to install, the command to run in each folder, and what it gives. What it gives comes from
real runs of those commands, in a background process started while the pages are built, and
remembered by a hash of everything that can change it (.cache/site/expectations/): a warm
rebuild runs nothing. `mkdocs serve` runs nothing either: a preview's README says what is not
computed yet.

The zips are deterministic (sorted entries, fixed timestamps, permissions and compression level),
and listed nowhere else: pages only link to them (not in the sitemaps, the search index or
llms.txt; the box itself stays out of the search index)."""

from __future__ import annotations

import io
import logging
import os
import posixpath
import re
import sys
import time
import zipfile
from pathlib import Path

from mkdocs.plugins import CombinedEvent, event_priority

# The project root (`tools` is not installed).
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tools import environment, languages, pages, reader_project
from tools.reader_project import Download, Folder, Pending, Verdict
from tools.site.ui import ui

log = logging.getLogger("mkdocs.hooks.downloads")
ZIP_NAME = "samples.zip"
ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip can hold

# MkDocs loads a hook module once per process: `mkdocs serve`'s rebuilds share this state (the
# other languages build in processes of their own: tools/site/languages.py).
_state: dict = {
    "command": "build",
    "pending": None,
    "done": False,
    "seconds": 0.0,
    "runs": 0,
}
_pages: dict[str, list[tuple[Download, str]]] = {}  # site_dir -> (download, page URL)


def language_of(config) -> str:
    return config.theme["language"]


def download_for(page_source: Path) -> Download | None:
    """The same download for a page in every language: the default language's page decides."""
    return reader_project.download(pages.counterpart(page_source, languages.default()))


# -- the box on the page --------------------------------------------------------------------------


def box(dl: Download, language: str) -> str:
    strings = ui(language)
    link = (
        f'<a href="{ZIP_NAME}" download="{dl.name}.zip">{strings["downloads_link"]}</a>'
    )
    body = strings["downloads_body"].format(
        link=link, count=len(reader_project.reader_tree(dl)) + 1
    )
    return f'!!! tip "{strings["downloads_title"]}"\n\n    {body}\n\n'


FENCE = re.compile(r"^\s*(`{3,}|~{3,})")


def with_box(markdown: str, text: str) -> str:
    """The box before the page's first section heading (after its introduction), or before its
    first code block, or at its end."""
    lines = markdown.splitlines(keepends=True)
    fence = None
    first_block = None
    for i, line in enumerate(lines):
        if m := FENCE.match(line):
            if fence is None:
                fence = m[1]
                if first_block is None and not line[0].isspace():
                    first_block = i
            elif m[1][0] == fence[0] and len(m[1]) >= len(fence):
                fence = None
            continue
        if fence is None and line.startswith("## "):
            return "".join(lines[:i]) + text + "".join(lines[i:])
    if first_block is not None:
        return "".join(lines[:first_block]) + text + "".join(lines[first_block:])
    return markdown.rstrip("\n") + "\n\n" + text


def on_startup(command, dirty):
    _state["command"] = command


def on_pre_build(config):
    _pages.pop(config.site_dir, None)  # what a failed build left
    if language_of(config) == languages.default():
        # Pages and samples may have changed since the last build (`mkdocs serve`).
        reader_project.download.cache_clear()
        pages.includes.cache_clear()
        if _state["pending"] is not None:
            _state["pending"].cancel()
        _state.update(pending=None, done=False, seconds=0.0, runs=0)


def on_page_markdown(markdown: str, page, config, files) -> str:
    source = Path(page.file.abs_src_path).resolve().relative_to(pages.ROOT)
    dl = download_for(source)
    if dl is None:
        return markdown
    _pages.setdefault(config.site_dir, []).append((dl, page.url))
    return with_box(markdown, box(dl, language_of(config)))


# The box says nothing a search should find on every page: it stays out of the search index.
# Priorities 99 and -99 nest inside tools/site/search_index.py's (100, -100), around Material's.
BOX_HTML = re.compile(
    r'<div class="admonition tip">\s*<p class="admonition-title">[^<]*</p>\s*<p><a href="'
    + re.escape(ZIP_NAME)
    + r'" download=.*?</p>\s*</div>',
    re.S,
)
_without_box: dict[str, str] = {}


@event_priority(99)
def _hide_box(context, page, config, nav):
    _without_box[page.file.src_uri] = page.content
    page.content = BOX_HTML.sub("", page.content, count=1)
    return context


@event_priority(-99)
def _show_box(context, page, config, nav):
    page.content = _without_box.pop(page.file.src_uri, page.content)
    return context


on_page_context = CombinedEvent(_hide_box, _show_box)


# -- what the commands give ----------------------------------------------------------------------


def warned(config) -> bool:
    """Has this strict build logged a warning already (it will abort: nothing to compute)?"""
    from mkdocs.utils import CountHandler

    return bool(config.strict) and any(
        isinstance(h, CountHandler) and h.get_counts()
        for h in logging.getLogger("mkdocs").handlers
    )


def all_downloads() -> list[Download]:
    found = [download_for(page) for page in pages.pages(languages.default())]
    return [dl for dl in found if dl is not None]


def on_env(env, config, files):
    """Start the runs once the default language's pages are read, so that they overlap the rest of
    the build (both languages show the same samples: one set of runs)."""
    if language_of(config) != languages.default() or _state["pending"] is not None:
        return env
    if _state["command"] == "serve":  # a preview: remembered expectations only
        pending = reader_project.expectations(all_downloads(), run=False)
    elif warned(config):
        pending = None
    else:
        pending = reader_project.expectations(all_downloads())
    _state["pending"] = pending
    return env


def on_build_error(error):
    if _state["pending"] is not None:
        _state["pending"].cancel()


def expectations_now() -> Pending | None:
    """The expectations of this build, once the runs are done (the first call waits for them)."""
    pending = _state["pending"]
    if pending is not None and not _state["done"]:
        started = time.monotonic()
        runs = len(pending.jobs) if pending.running else 0
        found, error = pending.result()
        _state.update(done=True, seconds=time.monotonic() - started, runs=runs)
        if error:
            log.warning(f"The samples' runs for the downloads failed: {error}")
        if down := sorted({name for names in pending.down.values() for name in names}):
            log.info(
                f"downloads: {', '.join(down)} not running: the READMEs of the pages whose "
                "samples need them say what the samples give without them"
            )
        if _state["command"] != "serve":
            reader_project.remember(found)
    return pending


# -- the README -----------------------------------------------------------------------------------


def joined(items: list[str], language: str) -> str:
    strings = ui(language)
    if len(items) < 2:
        return "".join(items)
    return (
        strings["list_separator"].join(items[:-1]) + strings["readme_and"] + items[-1]
    )


def verdict_text(folder: Folder, verdict: Verdict | None, language: str) -> str:
    """What one folder's command gives, as the README says it."""
    strings = ui(language)
    if verdict is None:
        said = strings["readme_not_computed"]
    elif not verdict.summary:
        said = strings["readme_no_summary"]
    else:
        said = strings["readme_verdict"].format(line=verdict.line)
        if verdict.failing:
            tests = strings["list_separator"].join(
                f"`{test}`" for test in verdict.failing
            )
            said += strings["readme_failing"].format(tests=tests)
    if folder.path:
        said = strings["readme_verdict_in"].format(folder=folder.path, what=said)
    return said


def run_text(folder: Folder, command: str, language: str) -> str:
    strings = ui(language)
    said = f"`{command}`"
    return (
        strings["readme_run_in"].format(folder=folder.path, what=said)
        if folder.path
        else said
    )


def readme(dl: Download, pending: Pending | None, language: str) -> str:
    """Three lines (four where servers are needed): install, run, what to expect."""
    strings = ui(language)
    lines = [strings["readme_install"].format(python=environment.python_version())]
    runs: list[str] = []
    verdicts: list[str] = []
    down: tuple[str, ...] = ()
    for folder in dl.folders:
        e = pending.expectation(dl, folder) if pending is not None else None
        runs.append(
            run_text(folder, e.shown_command if e else folder.shown_command, language)
        )
        verdicts.append(verdict_text(folder, e.verdict if e else None, language))
        down = e.services_down if e else down
    if dl.folders:
        lines.append(
            strings["readme_run"].format(runs=strings["readme_then"].join(runs))
        )
        said = strings["readme_verdict_join"].join(verdicts)
    else:  # scripts only
        lines.append(
            strings["readme_run"].format(
                runs=strings["readme_then"].join(f"`{s}`" for s in dl.scripts)
            )
        )
        said = strings["readme_scripts"]
    needed = sorted({s.name for s in dl.services})
    if needed and dl.folders:
        key = "readme_expect_without" if down else "readme_expect_with"
        lines.append(
            strings[key].format(
                services=joined(list(down) or needed, language), verdicts=said
            )
        )
        variables = [
            strings["readme_variable"].format(name=v, default=d)
            for s in dl.services
            for v, d in s.variables
        ]
        key = "readme_services" if variables else "readme_services_unnamed"
        lines.append(
            strings[key].format(
                services=joined(needed, language), variables=joined(variables, language)
            )
        )
    else:
        lines.append(strings["readme_expect"].format(verdicts=said))
    # No space after a full-width bracket or stop (Japanese typography; English has none).
    return "\n".join(re.sub(r"([）」。、])\s+", r"\1", line) for line in lines) + "\n"


# -- the zip --------------------------------------------------------------------------------------


def zip_bytes(dl: Download, pending: Pending | None, language: str) -> bytes:
    """The same bytes for the same files: sorted entries, fixed timestamps and permissions, one
    compression level (zlib's output for a given level does not vary between runs)."""
    files = dict(reader_project.reader_tree(dl))  # a copy: the tree is remembered
    files["README.md"] = readme(dl, pending, language).encode("utf-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for rel in sorted(files):
            info = zipfile.ZipInfo(f"{dl.name}/{rel}", date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, so that the permissions below are read
            info.external_attr = 0o100644 << 16  # a regular file, rw-r--r--
            archive.writestr(info, files[rel], compresslevel=9)
    return buffer.getvalue()


def on_post_build(config) -> None:
    listed = _pages.pop(config.site_dir, [])
    if (
        languages.BUILT_APART in os.environ
    ):  # the build that started this one writes its zips
        return
    if warned(config):  # this strict build aborts: no zips, and no runs left behind
        on_build_error(None)
        return
    pending = expectations_now()
    site = Path(config.site_dir)
    built = [(language_of(config), site)]
    if language_of(config) == languages.default():
        # The other languages, built apart and moved in place by now (tools/site/languages.py runs
        # first), have the same pages at the same addresses, and the same downloads.
        built += [(language, site / language) for language in languages.translated()]
    for language, root in built:
        total = 0
        for dl, url in listed:
            # Beside the page: <page>/index.html, <page>/samples.zip (the URLs are directories).
            target = root / posixpath.join(url, ZIP_NAME)
            data = zip_bytes(dl, pending, language)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            total += len(data)
        log.info(
            f"downloads ({language}): {len(listed)} zips, {total / 1024:.0f} KiB; "
            f"{_state.get('runs', 0)} runs, {_state['seconds']:.1f} s waited for them"
        )
