"""Read the site's pages: the files each page includes and the fenced blocks it contains."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from tools import languages

ROOT = languages.ROOT
DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"
LANGUAGES = languages.languages()  # from mkdocs.yml, the default first

# pymdownx.snippets: a line `--8<-- "path"` or `--8<-- "path:section"` (paths from the repo root).
INCLUDE = re.compile(r'^\s*--8<--\s+"(?P<target>[^"]+)"\s*$')
# Section markers inside a snippet file: `# --8<-- [start:name]` ... `# --8<-- [end:name]`.
SECTION = re.compile(
    r"--8<--\s+\[(?P<kind>start|end):(?P<name>[a-z][-_0-9a-z]*)\]", re.IGNORECASE
)
FENCE = re.compile(r"^(?P<indent>\s*)(?P<mark>`{3,}|~{3,})(?P<info>.*)$")


@dataclass(frozen=True)
class Include:
    page: Path  # relative to ROOT, e.g. docs/en/index.md
    line: int
    path: str  # relative to ROOT
    section: str | None

    @property
    def where(self) -> str:
        return f"{self.page}:{self.line}"


@dataclass(frozen=True)
class Fence:
    page: Path
    line: int
    info: str  # what follows the backticks, e.g. `python title="x.py"`
    body: tuple[str, ...]

    @property
    def language(self) -> str:
        return (
            self.info.strip()
            .lstrip("{")
            .lstrip(".")
            .split(" ")[0]
            .split("}")[0]
            .lower()
        )

    @property
    def is_include_only(self) -> bool:
        lines = [line for line in self.body if line.strip()]
        return bool(lines) and all(INCLUDE.match(line) for line in lines)

    @property
    def where(self) -> str:
        return f"{self.page}:{self.line}"


HEADING = re.compile(
    r"^(?P<level>#{1,6})\s+(?P<text>.*?)(?:\s*\{\s*#(?P<id>[^\s}]+)\s*\})?\s*$"
)
ANCHOR_ID = re.compile(r"[a-z0-9][a-z0-9_-]*")  # ASCII, the same in every language


@dataclass(frozen=True)
class Heading:
    page: Path
    line: int
    level: int
    text: str
    id: str | None  # the explicit `{ #id }`, which both languages share

    @property
    def where(self) -> str:
        return f"{self.page}:{self.line}"


def pages(language: str | None = None) -> list[Path]:
    """Markdown pages relative to ROOT, sorted."""
    langs = [language] if language else LANGUAGES
    return sorted(
        p.relative_to(ROOT) for lang in langs for p in (DOCS / lang).rglob("*.md")
    )


def site_path(page: Path) -> str:
    """Where the built site serves a page, from the site's root: docs/ja/a/b.md -> `ja/a/b/`,
    docs/en/index.md -> `` (the default language is at the root)."""
    language, *rest = page.relative_to("docs").parts
    rel = Path(*rest).with_suffix("")
    if rel.name == "index":
        url = "" if rel.parent == Path(".") else f"{rel.parent.as_posix()}/"
    else:
        url = f"{rel.as_posix()}/"
    return url if language == LANGUAGES[0] else f"{language}/{url}"


def page_language(page: Path) -> str:
    return page.relative_to("docs").parts[0]


def counterpart(page: Path, language: str) -> Path:
    """The same page in another language: docs/en/a/b.md -> docs/ja/a/b.md."""
    return Path("docs", language, *page.relative_to("docs").parts[1:])


def split_target(target: str) -> tuple[str, str | None]:
    """`snippets/a.py:name` -> (`snippets/a.py`, `name`); line ranges are not used on this site."""
    path, _, section = target.partition(":")
    return path, section or None


@cache
def fences(page: Path) -> tuple[Fence, ...]:
    found: list[Fence] = []
    lines = (ROOT / page).read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        mark, start = m["mark"], i
        body: list[str] = []
        i += 1
        while i < len(lines):
            close = FENCE.match(lines[i])
            if (
                close
                and close["mark"][0] == mark[0]
                and len(close["mark"]) >= len(mark)
                and not close["info"].strip()
            ):
                break
            body.append(lines[i])
            i += 1
        found.append(Fence(page, start + 1, m["info"].strip(), tuple(body)))
        i += 1
    return tuple(found)


@cache
def headings(page: Path) -> tuple[Heading, ...]:
    """The page's Markdown headings, outside fenced blocks."""
    fenced = {
        n
        for fence in fences(page)
        for n in range(fence.line, fence.line + len(fence.body) + 2)
    }
    found = []
    for number, line in enumerate(
        (ROOT / page).read_text(encoding="utf-8").splitlines(), 1
    ):
        if number not in fenced and (m := HEADING.match(line)):
            found.append(Heading(page, number, len(m["level"]), m["text"], m["id"]))
    return tuple(found)


@cache
def includes(page: Path) -> tuple[Include, ...]:
    found = []
    for number, line in enumerate(
        (ROOT / page).read_text(encoding="utf-8").splitlines(), 1
    ):
        if m := INCLUDE.match(line):
            path, section = split_target(m["target"])
            found.append(Include(page, number, path, section))
    return tuple(found)


def all_includes(language: str | None = None) -> Iterator[Include]:
    for page in pages(language):
        yield from includes(page)


def sections(path: Path) -> list[str]:
    """Names of the sections a snippet file declares, in order."""
    text = path.read_text(encoding="utf-8")
    return [m["name"] for m in SECTION.finditer(text) if m["kind"] == "start"]


def snippet_files() -> list[Path]:
    """Every file a page may show: the whole `snippets/` tree but caches and outputs."""
    return sorted(
        p.relative_to(ROOT)
        for p in SNIPPETS.rglob("*")
        if p.is_file()
        and "__pycache__" not in p.parts
        and ".pytest_cache" not in p.parts
        and p.suffix != ".out"
    )


SHOWN_SECTION = (
    "sample"  # a file with this section is shown (and run) as that section alone
)


def as_shown(text: str) -> str:
    """A snippet file as a page shows it, and so as a reader has it: without section markers, and
    only its `sample` section when it has one (the rest, e.g. a declared outcome, is not shown)."""
    lines = text.splitlines(keepends=True)
    if f"[start:{SHOWN_SECTION}]" in text:
        start = next(
            i for i, line in enumerate(lines) if f"[start:{SHOWN_SECTION}]" in line
        )
        end = next(
            i for i, line in enumerate(lines) if f"[end:{SHOWN_SECTION}]" in line
        )
        lines = lines[start + 1 : end]
    return "".join(line for line in lines if not SECTION.search(line))
