"""MkDocs hooks of the site (mkdocs.yml `hooks:`).

- A version stamp on every page that shows an output, from the pins in pyproject.toml (the suite
  checks that the environment is the pinned one), and a last-updated date from git.
- A notice on a translated page that is behind its English source (locales/<lang>/translations.json).
- Search per language: mkdocs-static-i18n builds one index for all languages; after the build it is
  split so that English pages search English pages and Japanese pages search Japanese pages.
- llms.txt and llms-full.txt per language.
"""

from __future__ import annotations

import html
import json
from copy import deepcopy
import logging
import re
import subprocess
import sys
from functools import cache
from pathlib import Path

import yaml
from mkdocs.plugins import event_priority

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tools import environment, pages, translations  # noqa: E402

DEFAULT = "en"
JA_SEPARATOR = r"[\s\-　、。，．・「」『』（）()]+"  # what separates words in Japanese text


@cache
def ui(language: str) -> dict[str, str]:
    return yaml.safe_load((pages.ROOT / "locales" / language / "ui.yml").read_text(encoding="utf-8"))


def page_source(page) -> Path:
    return Path(page.file.abs_src_path).resolve().relative_to(pages.ROOT)


@cache
def last_commit_date(path: str) -> str | None:
    try:
        out = subprocess.run(["git", "log", "-1", "--format=%cs", "--", path], cwd=pages.ROOT,
                             capture_output=True, text=True, timeout=10).stdout.strip()
    except OSError:
        return None
    return out or None


GLOSSARY_TABLE = "<!-- glossary-table -->"


def glossary_table(language: str) -> str:
    """The glossary page's table, from locales/ja/glossary.yml (the file tests/test_glossary.py uses)."""
    terms = yaml.safe_load((pages.ROOT / "locales" / "ja" / "glossary.yml").read_text(encoding="utf-8"))
    header = ("| English | 日本語 | Not written |" if language == DEFAULT else "| English | 日本語 | 使わない表記 |")
    rows = [header, "| --- | --- | --- |"]
    for term in terms:
        variants = ", ".join(f"<code>{html.escape(v).replace('|', '&#124;')}</code>" for v in term["avoid"]) or "–"
        rows.append(f"| {term['en']} | {term['ja']} | {variants} |")
    return "\n".join(rows)


READER_REQUIREMENTS = "<!-- reader-requirements -->"


def reader_requirements(language: str) -> str:
    """The versions page's list of every package a reader installs to reproduce the outputs."""
    requirements = environment.reader_requirements()
    title = ui(language)["requirements"].format(count=len(requirements), python=environment.python_version())
    body = "\n".join(f"        {line}" for line in requirements)
    return f'??? note "{title}"\n\n    ```text title="requirements.txt"\n{body}\n    ```\n'


def on_page_markdown(markdown: str, page, config, files) -> str:
    source = page_source(page)
    if GLOSSARY_TABLE in markdown:
        markdown = markdown.replace(GLOSSARY_TABLE, glossary_table(pages.page_language(source)))
    if READER_REQUIREMENTS in markdown:
        markdown = markdown.replace(READER_REQUIREMENTS, reader_requirements(pages.page_language(source)))
    language = pages.page_language(source)
    strings = ui(language)
    includes = pages.includes(source)
    if any(inc.path.endswith(".out") for inc in includes):
        versions = ", ".join(f"{name} {version}" for name, version in environment.stamp().items())
        page.meta["tap_stamp"] = strings["stamp"].format(versions=versions)
    page.meta["tap_updated"] = last_commit_date(str(source))
    if language != DEFAULT and translations.staleness(source):
        english = config.site_url.rstrip("/") + "/" + page.url.removeprefix(f"{language}/")
        notice = (f'!!! warning "{strings["stale_title"]}"\n    '
                  + strings["stale_body"].format(url=english) + "\n\n")
        return notice + markdown
    return markdown


def on_env(env, config, files):
    env.globals["tap_ui_all"] = {language: ui(language) for language in pages.LANGUAGES}
    return env


@event_priority(-100)  # after mkdocs-static-i18n's own on_page_context
def on_page_context(context, page, config, nav):
    source = page_source(page)
    context["tap_ui"] = ui(pages.page_language(source))
    english = pages.counterpart(source, DEFAULT)
    context["tap_translation_state"] = {
        language: "stale" if translations.staleness(pages.counterpart(english, language)) else "current"
        for language in pages.LANGUAGES if language != DEFAULT}
    # The language menu links to each language's home, and Material finds the same page in the
    # other language from the sitemaps (its "stay on page"), which also works with instant
    # navigation. mkdocs-static-i18n's per-page links would make Material fetch a sitemap.xml beside
    # every page (404s in the console).
    i18n = config.plugins.get("i18n")
    if i18n is not None and getattr(i18n, "extra_alternate", None):
        config.extra.alternate = deepcopy(i18n.extra_alternate)  # an attribute: what Jinja reads first
    return context


class _DropInstantWarning(logging.Filter):
    """mkdocs-static-i18n warns that its per-page language links do not work with instant
    navigation; on_page_context above replaces them, so the warning does not apply here."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "not compatible with theme.features = navigation.instant" not in record.getMessage()


def on_startup(command, dirty):
    logging.getLogger("mkdocs.plugins.mkdocs_static_i18n.reconfigure").addFilter(_DropInstantWarning())
    if command == "serve":
        remember_between_rebuilds()


def remember_between_rebuilds() -> None:
    """`mkdocs serve` rebuilds every page of both languages after each save. Two steps take half of
    that time and are pure functions of their inputs: highlighting a code block (pygments) and
    cutting a rendered page into search entries (Material's HTML parser). Under `serve`, their
    results are kept by input, so a rebuild redoes them only for what changed."""
    from material.plugins.search.plugin import SearchIndex
    from pymdownx.highlight import Highlight

    highlighted: dict[tuple, str] = {}
    highlight = Highlight.highlight

    def remembered_highlight(self, *args, **kwargs):
        if self.auto_title or self.title_mode != "text":  # an HTML title goes through the page's stash
            return highlight(self, *args, **kwargs)
        settings = sorted((name, value) for name, value in vars(self).items() if name != "md")  # md: unused
        key = (repr(settings), repr(args), repr(sorted(kwargs.items())))
        if key not in highlighted:
            highlighted[key] = highlight(self, *args, **kwargs)
        return highlighted[key]

    entries: dict[tuple, list] = {}
    add_entry = SearchIndex.add_entry_from_context

    def remembered_entries(self, page):
        key = (page.url, page.content, str(page.title), repr(page.meta.get("title")),
               repr(page.meta.get("search")), repr(page.meta.get("tags")), repr(self.config))
        if key in entries:
            self.entries.extend(deepcopy(entries[key]))
        else:
            before = len(self.entries)
            add_entry(self, page)
            entries[key] = deepcopy(self.entries[before:])

    Highlight.highlight = remembered_highlight
    SearchIndex.add_entry_from_context = remembered_entries


# -- after the build ----------------------------------------------------------------------------

def split_search_index(site: Path) -> None:
    """One index per language: /search/search_index.json and /ja/search/search_index.json."""
    root_index = site / "search" / "search_index.json"
    if not root_index.exists():
        return
    index = json.loads(root_index.read_text(encoding="utf-8"))
    for language in pages.LANGUAGES:
        prefix = "" if language == DEFAULT else f"{language}/"
        docs = [d for d in index["docs"] if (d["location"].startswith(prefix) if prefix else
                not any(d["location"].startswith(f"{other}/") for other in pages.LANGUAGES if other != DEFAULT))]
        if prefix and not docs:
            continue  # already split (this hook runs after each language's build)
        for d in docs:
            d["location"] = d["location"][len(prefix):]
        config = dict(index["config"], lang=[language])
        if language == "ja":
            config["separator"] = JA_SEPARATOR
        target = site / prefix / "search" / "search_index.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps({"config": config, "docs": docs}, ensure_ascii=False), encoding="utf-8")


CONFIG_SCRIPT = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)


def rebase_translated_pages(site: Path) -> None:
    """Material finds its search index (and resolves results) from `base`: for a /ja/ page, /ja/."""
    for language in pages.LANGUAGES:
        if language == DEFAULT or not (site / language).is_dir():
            continue  # not built (BUILD_ONLY_LOCALE)
        for html in (site / language).rglob("*.html"):
            text = html.read_text(encoding="utf-8")
            m = CONFIG_SCRIPT.search(text)
            if not m:
                continue
            config = json.loads(m[2])
            if config.get("tap_language") == language:
                continue
            base = config["base"]
            config["base"] = base[3:] if base.startswith("../") else "."
            config["tap_language"] = language
            text = text[:m.start(2)] + json.dumps(config, ensure_ascii=False) + text[m.end(2):]
            html.write_text(text, encoding="utf-8")
        sitemap = site / "sitemap.xml"
        if sitemap.exists():  # instant navigation reads <base>/sitemap.xml to tell site links from others
            (site / language / "sitemap.xml").write_text(sitemap.read_text(encoding="utf-8"), encoding="utf-8")


def write_llms_txt(site: Path, config) -> None:
    """llms.txt (the page list) and llms-full.txt (every page with its samples) per language."""
    base_url = config.site_url.rstrip("/")
    for language in pages.LANGUAGES:
        prefix = "" if language == DEFAULT else f"{language}/"
        lines = [f"# {config.site_name}", "", f"> {ui(language)['llms_intro']}", "", "## Pages", ""]
        full = [f"# {config.site_name}", ""]
        for page in sorted(pages.pages(language), key=lambda p: (p.name != "index.md" or len(p.parts) > 3, p)):
            rel = page.relative_to(Path("docs", language)).with_suffix("")
            url_path = "" if rel.name == "index" else f"{rel.as_posix()}/"
            text = (pages.ROOT / page).read_text(encoding="utf-8")
            title = next((line[2:].strip() for line in text.splitlines() if line.startswith("# ")), str(rel))
            lines.append(f"- [{title}]({base_url}/{prefix}{url_path})")
            full += [f"<!-- {base_url}/{prefix}{url_path} -->", expand_includes(text), ""]
        (site / prefix).mkdir(parents=True, exist_ok=True)
        (site / prefix / "llms.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (site / prefix / "llms-full.txt").write_text("\n".join(full) + "\n", encoding="utf-8")


def expand_includes(markdown: str) -> str:
    def replace(m: re.Match) -> str:
        path, section = pages.split_target(m["target"])
        return translations.shown_text(path, section).rstrip("\n")

    return "\n".join(replace(m) if (m := pages.INCLUDE.match(line)) else line for line in markdown.splitlines())


@event_priority(-100)  # after mkdocs-static-i18n has built every language
def on_post_build(config) -> None:
    site = Path(config.site_dir)
    split_search_index(site)
    rebase_translated_pages(site)
    write_llms_txt(site, config)
