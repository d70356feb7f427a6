"""Traceability: every sample is shown, every shown thing is a sample, both languages agree."""

import difflib
from collections import defaultdict
from pathlib import Path

import pytest
import yaml
from pytest_examples import find_examples

from tools import outputs, pages

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
    trees = {lang: {p.relative_to(Path("docs", lang)) for p in pages.pages(lang)} for lang in pages.LANGUAGES}
    problems = [f"docs/{lang}/{page} has no counterpart in docs/{other}/"
                for lang in pages.LANGUAGES for other in pages.LANGUAGES if other != lang
                for page in sorted(trees[lang] - trees[other])]
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
        assert tr == en, f"{other} must include the same snippets and outputs, in the same order, as {page}"


@pytest.mark.parametrize("page", pages.pages("en"), ids=str)
def test_headings_have_the_same_ids_in_every_language(page):
    """Every heading has an explicit ASCII id (`## Title { #title }`), and the translation gives its
    headings the same ids in the same order, so a link or a language switch keeps its #anchor."""
    problems = [f"{h.where}: give this heading an ASCII id: `{'#' * h.level} {h.text} {{ #some-id }}`"
                for other in [page, *(pages.counterpart(page, lang) for lang in pages.LANGUAGES[1:])]
                if (ROOT / other).exists()
                for h in pages.headings(other) if not (h.id and pages.ANCHOR_ID.fullmatch(h.id))]
    english = [h.id for h in pages.headings(page)]
    for lang in pages.LANGUAGES[1:]:
        other = pages.counterpart(page, lang)
        if (ROOT / other).exists() and (translated := [h.id for h in pages.headings(other)]) != english:
            problems.append(f"{other}: heading ids {translated} differ from {page}: {english}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("page", pages.pages(), ids=str)
def test_every_include_exists(page):
    problems = []
    for inc in pages.includes(page):
        path = ROOT / inc.path
        if not path.is_file():
            problems.append(f"{inc.where}: includes {inc.path}, which does not exist")
        elif inc.section and inc.section not in pages.sections(path):
            problems.append(f"{inc.where}: {inc.path} has no section [start:{inc.section}]")
        elif inc.section is None and pages.SHOWN_SECTION in pages.sections(path):
            problems.append(f"{inc.where}: include {inc.path}:{pages.SHOWN_SECTION}, the part a reader "
                            "sees; the rest of that file is for the suite")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", pages.LANGUAGES)
def test_every_snippet_is_shown(language):
    """Each file under snippets/ (and each of its sections) is shown on a page in each language."""
    shown = included_targets(language)
    problems = []
    for path in pages.snippet_files():
        if path.name == "__init__.py":
            continue  # checked to be empty below
        sections = set(shown.get(str(path), set()))
        if not sections:
            problems.append(f"{path} is not included by any page in docs/{language}/")
            continue
        if None in sections:
            continue  # the whole file is shown
        for name in pages.sections(ROOT / path):
            if name not in sections:
                problems.append(f"{path}: section [start:{name}] is not included by any page in docs/{language}/")
    assert not problems, "\n".join(problems)


def test_package_markers_hide_nothing():
    """`__init__.py` files only make snippets/ a package: no code a reader cannot see."""
    problems = [str(p) for p in pages.snippet_files() if p.name == "__init__.py" and (ROOT / p).read_text().strip()]
    assert not problems, "These __init__.py files must be empty:\n" + "\n".join(problems)


def test_copied_samples_stay_copies():
    """A page's sample directory is copied alone into the reader's project for its output runs, so
    a file two pages need (a client, a conftest, the reader's pyproject.toml) exists in both. Such
    copies must stay identical: a file that nearly matches another of the same name has drifted."""
    by_name: dict[str, list[Path]] = defaultdict(list)
    for path in sorted(pages.SNIPPETS.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".toml", ".cfg", ".ini") and path.name != "__init__.py":
            by_name[path.name].append(path)
    drifted = []
    for paths in by_name.values():
        for i, first in enumerate(paths):
            for second in paths[i + 1:]:
                a, b = first.read_text(encoding="utf-8"), second.read_text(encoding="utf-8")
                if a != b and difflib.SequenceMatcher(None, a, b).ratio() > 0.9:
                    drifted.append(f"{first.relative_to(pages.ROOT)} and {second.relative_to(pages.ROOT)} are copies "
                                   "of one file that differ now: make the same change in both")
    assert not drifted, "\n".join(drifted)

@pytest.mark.parametrize("language", pages.LANGUAGES)
def test_every_output_is_shown(language):
    shown = included_targets(language)
    unshown = [str(o.rel) for o in outputs.discover() if str(o.rel) not in shown]
    assert not unshown, f"Outputs no page in docs/{language}/ includes (include them or delete them):\n" + "\n".join(unshown)


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
            problems.append(f"{fence.where}: a code block needs a language (```python, ```console, ...)")
        elif lang in PYTHON_LANGUAGES:
            if fence.line not in executed:
                problems.append(f"{fence.where}: this Python block is neither included from snippets/ nor "
                                "collected by pytest-examples (write ```python)")
        elif lang not in WRITTEN_LANGUAGES:
            problems.append(f"{fence.where}: a ```{lang} block must be included from snippets/ (outputs are "
                            "produced by `uv run pytest --update-outputs`, never typed)")
    assert not problems, "\n".join(problems)


def test_snippet_directories_mirror_pages():
    """snippets/a_b/c_d/ holds the samples of docs/<lang>/a-b/c-d.md."""
    problems = []
    for path in pages.snippet_files():
        if path.name == "__init__.py" or len(path.parts) < 3:
            continue
        page_dir = path.parent.relative_to("snippets")
        candidates = [page_dir.parts[: n] for n in range(len(page_dir.parts), 0, -1)]
        if not any((ROOT / "docs" / "en" / Path(*[p.replace("_", "-") for p in parts])).with_suffix(".md").exists()
                   for parts in candidates):
            problems.append(f"{path}: no page docs/en/{str(page_dir).replace('_', '-')}.md for this directory")
    assert not problems, "\n".join(problems)


class _IgnoreTags(yaml.SafeLoader):
    """Reads mkdocs.yml without resolving its !ENV / !relative / python tags."""


_IgnoreTags.add_multi_constructor("!", lambda loader, suffix, node: None)
_IgnoreTags.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def nav_titles(items) -> list[str]:
    titles = []
    for item in items or []:
        if isinstance(item, dict):
            for title, value in item.items():
                titles.append(title)
                if isinstance(value, list):
                    titles += nav_titles(value)
    return titles


def test_every_nav_title_is_translated():
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_IgnoreTags)
    i18n = next(p["i18n"] for p in config["plugins"] if isinstance(p, dict) and "i18n" in p)
    problems = []
    for language in i18n["languages"]:
        if language.get("default"):
            continue
        translated = language.get("nav_translations") or {}
        problems += [f"mkdocs.yml: nav title {title!r} has no {language['locale']} translation under nav_translations"
                     for title in nav_titles(config["nav"]) if title not in translated]
    assert not problems, "\n".join(problems)
