"""Traceability: every sample is shown, every shown thing is a sample, both languages agree."""

import difflib
import re
from collections import defaultdict
from pathlib import Path

import pytest
import yaml
from pytest_examples import find_examples

from tools import languages, outputs, pages

ROOT = pages.ROOT
# Fenced blocks that may be written in a page: commands a reader types. Everything else (code,
# configuration, outputs) must be included from snippets/ or run by pytest-examples. (No Mermaid:
# Material would fetch mermaid.js from a CDN, and this site asks no other host for anything.)
WRITTEN_LANGUAGES = {"bash"}
PYTHON_LANGUAGES = {"py", "python", "python3", "pycon", "py3"}


def included_targets(language: str) -> dict[str, set[str | None]]:
    found: dict[str, set[str | None]] = defaultdict(set)
    for inc in pages.all_includes(language):
        found[inc.path].add(inc.section)
    return found


def test_page_trees_are_the_same_in_every_language():
    trees = {
        lang: {p.relative_to(Path("docs", lang)) for p in pages.pages(lang)}
        for lang in pages.LANGUAGES
    }
    problems = [
        f"docs/{lang}/{page} has no counterpart in docs/{other}/"
        for lang in pages.LANGUAGES
        for other in pages.LANGUAGES
        if other != lang
        for page in sorted(trees[lang] - trees[other])
    ]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("page", pages.pages("en"), ids=str)
def test_translation_shows_the_same_samples(page):
    """Code is shared, never copied: each translation includes exactly what the English page does."""
    for lang in pages.LANGUAGES[1:]:
        other = pages.counterpart(page, lang)
        if not (ROOT / other).exists():
            continue  # reported by test_page_trees_are_the_same_in_every_language
        en = [(i.path, i.section) for i in pages.includes(page)]
        tr = [(i.path, i.section) for i in pages.includes(other)]
        assert tr == en, (
            f"{other} must include the same snippets and outputs, in the same order, as {page}"
        )


@pytest.mark.parametrize("page", pages.pages("en"), ids=str)
def test_headings_have_the_same_ids_in_every_language(page):
    """Every heading has an explicit ASCII id (`## Title { #title }`), and the translation gives its
    headings the same ids in the same order, so a link or a language switch keeps its #anchor."""
    problems = [
        f"{h.where}: give this heading an ASCII id: `{'#' * h.level} {h.text} {{ #some-id }}`"
        for other in [
            page,
            *(pages.counterpart(page, lang) for lang in pages.LANGUAGES[1:]),
        ]
        if (ROOT / other).exists()
        for h in pages.headings(other)
        if not (h.id and pages.ANCHOR_ID.fullmatch(h.id))
    ]
    english = [h.id for h in pages.headings(page)]
    for lang in pages.LANGUAGES[1:]:
        other = pages.counterpart(page, lang)
        if (ROOT / other).exists() and (
            translated := [h.id for h in pages.headings(other)]
        ) != english:
            problems.append(
                f"{other}: heading ids {translated} differ from {page}: {english}"
            )
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("page", pages.pages(), ids=str)
def test_every_include_exists(page):
    problems = []
    for inc in pages.includes(page):
        path = ROOT / inc.path
        if not path.is_file():
            problems.append(f"{inc.where}: includes {inc.path}, which does not exist")
        elif inc.section and inc.section not in pages.sections(path):
            problems.append(
                f"{inc.where}: {inc.path} has no section [start:{inc.section}]"
            )
        elif inc.section is None and pages.SHOWN_SECTION in pages.sections(path):
            problems.append(
                f"{inc.where}: include {inc.path}:{pages.SHOWN_SECTION}, the part a reader "
                "sees; the rest of that file is for the suite"
            )
    assert not problems, "\n".join(problems)


def rendered_by_placeholders(language: str) -> set[Path]:
    """Records under snippets/ that a page shows through a placeholder (tools/site/generated.py)."""
    from tools import pythons
    from tools.site import generated

    placeholders = {pythons.VERIFIED.relative_to(ROOT): generated.VERIFIED_PYTHONS}
    texts = [
        (ROOT / page).read_text(encoding="utf-8") for page in pages.pages(language)
    ]
    return {
        path
        for path, mark in placeholders.items()
        if any(mark in text for text in texts)
    }


@pytest.mark.parametrize("language", pages.LANGUAGES)
def test_every_snippet_is_shown(language):
    """Each file under snippets/ (and each of its sections) is shown on a page in each language."""
    shown = included_targets(language)
    problems = []
    rendered = rendered_by_placeholders(language)
    for path in pages.snippet_files():
        if path.name == "__init__.py" or path in rendered:
            continue  # checked to be empty below; a record a page shows through tools/site/generated.py
        sections = set(shown.get(str(path), set()))
        if not sections:
            problems.append(f"{path} is not included by any page in docs/{language}/")
            continue
        if None in sections:
            continue  # the whole file is shown
        for name in pages.sections(ROOT / path):
            if name not in sections:
                problems.append(
                    f"{path}: section [start:{name}] is not included by any page in docs/{language}/"
                )
    assert not problems, "\n".join(problems)


def test_package_markers_hide_nothing():
    """`__init__.py` files only make snippets/ a package: no code a reader cannot see."""
    problems = [
        str(p)
        for p in pages.snippet_files()
        if p.name == "__init__.py" and (ROOT / p).read_text().strip()
    ]
    assert not problems, "These __init__.py files must be empty:\n" + "\n".join(
        problems
    )


def nearly_equal(a: str, b: str) -> bool:
    """More than 90 % alike. The quick ratios are upper bounds of the ratio (difflib): most pairs of
    files that only share a name fail them, and the full comparison runs on the rest."""
    matcher = difflib.SequenceMatcher(None, a, b)
    return (
        matcher.real_quick_ratio() > 0.9
        and matcher.quick_ratio() > 0.9
        and matcher.ratio() > 0.9
    )


def test_copied_samples_stay_copies():
    """A page's sample directory is copied alone into the reader's project for its output runs, so
    a file two pages need (a client, a conftest, the reader's pyproject.toml) exists in both. Such
    copies must stay identical: a file that nearly matches another of the same name has drifted."""
    by_name: dict[str, list[Path]] = defaultdict(list)
    for path in sorted(pages.SNIPPETS.rglob("*")):
        if (
            path.is_file()
            and path.suffix in (".py", ".toml", ".cfg", ".ini")
            and path.name != "__init__.py"
        ):
            by_name[path.name].append(path)
    drifted = []
    for paths in by_name.values():
        for i, first in enumerate(paths):
            for second in paths[i + 1 :]:
                a, b = (
                    first.read_text(encoding="utf-8"),
                    second.read_text(encoding="utf-8"),
                )
                if a != b and nearly_equal(a, b):
                    drifted.append(
                        f"{first.relative_to(pages.ROOT)} and {second.relative_to(pages.ROOT)} are copies "
                        "of one file that differ now: make the same change in both"
                    )
    assert not drifted, "\n".join(drifted)


@pytest.mark.parametrize("language", pages.LANGUAGES)
def test_every_output_is_shown(language):
    shown = included_targets(language)
    unshown = [str(o.rel) for o in outputs.discover() if str(o.rel) not in shown]
    assert not unshown, (
        f"Outputs no page in docs/{language}/ includes (include them or delete them):\n"
        + "\n".join(unshown)
    )


@pytest.mark.parametrize("page", pages.pages(), ids=str)
def test_every_block_is_included_or_executed(page):
    """Python blocks are included from snippets/ or run by pytest-examples; outputs are never typed."""
    executed = {ex.start_line for ex in find_examples(ROOT / page)}
    problems = []
    for fence in pages.fences(page):
        lang = fence.language
        if fence.is_include_only:
            continue
        if not lang:
            problems.append(
                f"{fence.where}: a code block needs a language (```python, ```console, ...)"
            )
        elif lang in PYTHON_LANGUAGES:
            if fence.line not in executed:
                problems.append(
                    f"{fence.where}: this Python block is neither included from snippets/ nor "
                    "collected by pytest-examples (write ```python)"
                )
        elif lang not in WRITTEN_LANGUAGES:
            problems.append(
                f"{fence.where}: a ```{lang} block must be included from snippets/ (outputs are "
                "produced by `uv run pytest --update-outputs`, never typed)"
            )
    assert not problems, "\n".join(problems)


def test_snippet_directories_mirror_pages():
    """snippets/a_b/c_d/ holds the samples of docs/<lang>/a-b/c-d.md."""
    problems = []
    for path in pages.snippet_files():
        if path.name == "__init__.py" or len(path.parts) < 3:
            continue
        page_dir = path.parent.relative_to("snippets")
        candidates = [page_dir.parts[:n] for n in range(len(page_dir.parts), 0, -1)]
        if not any(
            (ROOT / "docs" / "en" / Path(*[p.replace("_", "-") for p in parts]))
            .with_suffix(".md")
            .exists()
            for parts in candidates
        ):
            problems.append(
                f"{path}: no page docs/en/{str(page_dir).replace('_', '-')}.md for this directory"
            )
    assert not problems, "\n".join(problems)


def nav_entries(items, depth=0) -> list[tuple[int, str | None, str]]:
    """(depth, page or None for a section, title) for a MkDocs nav."""
    found = []
    for item in items or []:
        for title, value in item.items():
            if isinstance(value, list):
                found.append((depth, None, title))
                found += nav_entries(value, depth + 1)
            else:
                found.append((depth, value, title))
    return found


def test_every_language_has_the_same_navigation():
    """Each language's nav (mkdocs.yml, mkdocs.<lang>.yml) lists the same pages in the same sections
    and order, each with a title of its own language."""
    english = nav_entries(languages.nav(languages.default()))
    problems = []
    for language in languages.translated():
        translated = nav_entries(languages.nav(language))
        shape, other_shape = (
            [(d, p) for d, p, _ in english],
            [(d, p) for d, p, _ in translated],
        )
        if shape != other_shape:
            diff = "\n".join(
                difflib.unified_diff(
                    [str(s) for s in shape], [str(s) for s in other_shape], lineterm=""
                )
            )
            problems.append(
                f"{languages.config_file(language).name}: nav differs from mkdocs.yml's:\n{diff}"
            )
    assert not problems, "\n".join(problems)


MARKDOWN_LINK = re.compile(r"\]\(([^)#\s]+\.md)(?:#[^)]*)?\)")


@pytest.mark.parametrize("language", pages.LANGUAGES)
def test_the_home_page_links_every_page(language):
    """The home page lists every chapter: a page added to the nav is linked from it too."""
    home = ROOT / "docs" / language / "index.md"
    linked = set(MARKDOWN_LINK.findall(home.read_text(encoding="utf-8")))
    missing = [
        page
        for _, page, _ in nav_entries(languages.nav(language))
        if page and page != "index.md" and page not in linked
    ]
    assert not missing, f"docs/{language}/index.md does not link: " + ", ".join(missing)


TABLE_HEADER = re.compile(r"^\|(.*)\|\s*\n\|[\s:|-]+\|\s*$", re.MULTILINE)


@pytest.mark.parametrize("page", pages.pages(), ids=str)
def test_table_headers_are_not_empty(page):
    """A screen reader announces a column by its header: every header cell says what it holds."""
    text = (ROOT / page).read_text(encoding="utf-8")
    problems = []
    for m in TABLE_HEADER.finditer(text):
        cells = [cell.strip() for cell in m[1].split("|")]
        if not all(cells):
            line = text[: m.start()].count("\n") + 1
            problems.append(
                f"{page}:{line}: a table header cell is empty ({m[0].splitlines()[0]})"
            )
    assert not problems, "\n".join(problems)


FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)


@pytest.mark.parametrize("page", pages.pages(), ids=str)
def test_front_matter_gives_a_description(page):
    """A page starts with YAML front matter holding its `description:` (meta description, social
    cards). A value with `: ` in it needs quotes, or YAML reads it as a mapping."""
    text = (ROOT / page).read_text(encoding="utf-8")
    m = FRONT_MATTER.match(text)
    assert m, f"{page}: start the page with front matter:\n---\ndescription: ...\n---"
    try:
        meta = yaml.safe_load(m[1])
    except yaml.YAMLError as error:
        pytest.fail(
            f"{page}: its front matter is not valid YAML (quote the description):\n{error}"
        )
    assert isinstance(meta, dict) and meta.get("description"), (
        f"{page}: give it a `description:`"
    )
