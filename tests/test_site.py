"""The built site: every page in every language, each language a site of its own (own search index,
404 page, sitemap, llms.txt) whose pages name their counterparts; nothing fetched from another host;
no broken link or anchor."""

import json
import os
import re
import xml.etree.ElementTree as ET
from html import unescape
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from tools import languages, pages

from .conftest import SITE_PATH, SITE_URL

ROOT = pages.ROOT
LOCAL = re.compile(r"^(?!https?:|//)")  # relative or same-site
# Attributes through which a page makes the browser fetch something (links to read elsewhere are fine).
FETCHING = re.compile(
    r"""<(?:script|img|iframe|source|video|audio|embed)\b[^>]*\bsrc=["']([^"']+)["']"""
    r"""|<link\b(?=[^>]*\brel=["'](?:stylesheet|preload|prefetch|icon|manifest|modulepreload|preconnect|dns-prefetch)["'])[^>]*\bhref=["']([^"']+)["']""",
    re.IGNORECASE,
)
CSS_URL = re.compile(r"""url\(\s*["']?(https?:)?//""", re.IGNORECASE)
HREFLANG = re.compile(r'<link rel="\s*alternate" hreflang="([^"]+)" href="([^"]+)">')
CANONICAL = re.compile(r'<link rel="canonical" href="([^"]+)">')
DESCRIPTION = re.compile(r'<meta name="description" content="([^"]*)">')
SITEMAP_NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "x": "http://www.w3.org/1999/xhtml",
}


def html_pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if p.name != "404.html")


def language_root(language: str) -> str:
    return "" if language == languages.default() else f"{language}/"


def built_path(page: Path) -> tuple[str, str]:
    """docs/<lang>/a/b.md -> (<lang>, URL path relative to that language's root: a/b/)."""
    language = pages.page_language(page)
    path = pages.site_path(page)
    return language, path.removeprefix(language_root(language))


def read(site: Path, language: str, url: str) -> str:
    return (site / language_root(language) / url / "index.html").read_text(
        encoding="utf-8"
    )


def test_every_page_is_built_in_every_language(site):
    for page in pages.pages():
        language, url = built_path(page)
        built = site / language_root(language) / url / "index.html"
        assert built.is_file(), f"{page} was not built to {built.relative_to(site)}"


def test_each_page_declares_its_language(site):
    problems = []
    for html in sorted(site.rglob("*.html")):
        first = html.relative_to(site).parts[0]
        lang = first if first in languages.translated() else languages.default()
        if f'<html lang="{lang}"' not in html.read_text(encoding="utf-8"):
            problems.append(f'{html.relative_to(site)} should be <html lang="{lang}">')
    assert not problems, "\n".join(problems)


def test_each_language_has_its_own_search_index_404_and_llms_txt(site):
    for language in languages.languages():
        root = site / language_root(language)
        index = json.loads(
            (root / "search" / "search_index.json").read_text(encoding="utf-8")
        )
        assert index["config"]["lang"] == [language], (
            f"{root}/search: indexed as {index['config']['lang']}"
        )
        assert index["docs"] and not any(
            d["location"].startswith(tuple(f"{t}/" for t in languages.translated()))
            for d in index["docs"]
        ), f"{root}/search indexes another language's pages"
        assert f'<html lang="{language}"' in (root / "404.html").read_text(
            encoding="utf-8"
        )
        assert f"{SITE_URL}{language_root(language)}" in (root / "llms.txt").read_text(
            encoding="utf-8"
        )


def test_pages_name_their_counterparts_in_every_language(site):
    """canonical is the page itself; hreflang lists the same page in every language, plus x-default
    (the default language), as absolute URLs under the site's path."""
    problems = []
    for page in pages.pages():
        language, url = built_path(page)
        html = read(site, language, url)
        expected = [
            (other, f"{SITE_URL}{language_root(other)}{url}")
            for other in languages.languages()
        ]
        expected.insert(1, ("x-default", expected[0][1]))
        if (found := HREFLANG.findall(html)) != expected:
            problems.append(f"{page}: hreflang links {found}, expected {expected}")
        if CANONICAL.findall(html) != [f"{SITE_URL}{language_root(language)}{url}"]:
            problems.append(f"{page}: canonical {CANONICAL.findall(html)}")
    assert not problems, "\n".join(problems)


def test_each_language_has_its_own_sitemap_that_agrees_with_the_pages(site):
    problems = []
    for language in languages.languages():
        tree = ET.parse(site / language_root(language) / "sitemap.xml")
        entries = {
            url.findtext("s:loc", namespaces=SITEMAP_NS): url for url in tree.getroot()
        }
        expected = {
            f"{SITE_URL}{language_root(language)}{built_path(p)[1]}"
            for p in pages.pages(language)
        }
        if set(entries) != expected:
            problems.append(
                f"{language_root(language)}sitemap.xml lists {sorted(set(entries) ^ expected)} wrongly"
            )
        for page in pages.pages(language):
            url = built_path(page)[1]
            entry = entries.get(f"{SITE_URL}{language_root(language)}{url}")
            if entry is None:
                continue
            links = [
                (link.get("hreflang"), link.get("href"))
                for link in entry.findall("x:link", SITEMAP_NS)
            ]
            heads = sorted(HREFLANG.findall(read(site, language, url)))
            if sorted(links) != heads:
                problems.append(
                    f"{page}: the sitemap's alternates {links} differ from the page's {heads}"
                )
            if not re.fullmatch(
                r"\d{4}-\d{2}-\d{2}", entry.findtext("s:lastmod", "", SITEMAP_NS)
            ):
                problems.append(f"{page}: no lastmod date in the sitemap")
            if entry.find("s:changefreq", SITEMAP_NS) is not None:
                problems.append(
                    f"{page}: changefreq in the sitemap (a guess, not a fact)"
                )
    assert not problems, "\n".join(problems)


def test_every_page_has_its_own_description(site):
    """Front matter `description:` in every page of every language: the meta description and the
    social cards' text, different for every page."""
    problems = []
    for language in languages.languages():
        seen: dict[str, Path] = {}
        for page in pages.pages(language):
            description = unescape(
                DESCRIPTION.findall(read(site, *built_path(page)))[0]
            )
            if description in seen:
                problems.append(
                    f"{page}: same meta description as {seen[description]} (give it `description:` in its front matter)"
                )
            seen[description] = page
    assert not problems, "\n".join(problems)


def test_no_page_fetches_from_a_third_party_host(site):
    problems = []
    for path in sorted(site.rglob("*")):
        if path.suffix == ".html":
            for m in FETCHING.finditer(path.read_text(encoding="utf-8")):
                url = m[1] or m[2]
                if not LOCAL.match(url) and not url.startswith(SITE_URL):
                    problems.append(f"{path.relative_to(site)} fetches {url}")
        elif path.suffix == ".css" and CSS_URL.search(path.read_text(encoding="utf-8")):
            problems.append(f"{path.relative_to(site)} loads a remote url(...)")
    assert not problems, "\n".join(problems)


def test_included_files_are_rendered(site):
    """pymdownx.snippets really expanded the includes: no directive is left in a built page."""
    leftovers = [
        str(p.relative_to(site))
        for p in html_pages(site)
        if "--8&lt;--" in p.read_text(encoding="utf-8")
        or "--8<--" in p.read_text(encoding="utf-8")
    ]
    assert not leftovers, "Unexpanded snippet directives in:\n" + "\n".join(leftovers)


# `id=` after no word character: what a leading \b matches, without making the regex engine try
# every position of the page (25 times faster on this site).
ID_ATTR = re.compile(r'id=(?<!\wid=)["\']([^"\']+)["\']')
HREF = re.compile(r'<a\b[^>]*\bhref=["\']([^"\']+)["\']')


def test_internal_links_and_anchors_resolve(site):
    """A crawl of the built site: every link to a page of the site reaches a file, and its #anchor exists."""
    ids: dict[Path, set[str]] = {}

    def anchors(path: Path) -> set[str]:
        if path not in ids:
            ids[path] = set(ID_ATTR.findall(path.read_text(encoding="utf-8")))
        return ids[path]

    # Every page links to most others (the navigation): each target is looked up once. The built
    # site has no symbolic links, so a normalised path is the resolved one.
    kinds: dict[str, str] = {}

    def kind(target: str) -> str:
        if target not in kinds:
            kinds[target] = (
                "dir"
                if os.path.isdir(target)
                else "file"
                if os.path.exists(target)
                else "missing"
            )
        return kinds[target]

    problems = []
    for html in html_pages(site):
        for href in HREF.findall(html.read_text(encoding="utf-8")):
            href = unescape(href)
            if href.startswith(SITE_URL):
                href = href[len(SITE_URL) - len(SITE_PATH) :]
            parts = urlsplit(href)
            if (
                parts.scheme
                or parts.netloc
                or href.startswith(("mailto:", "javascript:"))
            ):
                continue
            if parts.path.startswith("/"):
                if not parts.path.startswith(SITE_PATH):
                    problems.append(
                        f"{html.relative_to(site)}: link to {href} leaves the site's path {SITE_PATH}"
                    )
                    continue
                found = os.path.join(site, unquote(parts.path)[len(SITE_PATH) :])
            else:
                found = os.path.join(html.parent, unquote(parts.path))
            found = os.path.normpath(found) if parts.path else str(html)
            if kind(found) == "dir":
                found = os.path.join(found, "index.html")
            target = Path(found)
            if kind(found) == "missing":
                problems.append(
                    f"{html.relative_to(site)}: link to {href} reaches no file"
                )
            elif (
                parts.fragment
                and target.suffix == ".html"
                and unquote(parts.fragment) not in anchors(target)
            ):
                problems.append(
                    f"{html.relative_to(site)}: link to {href}: no id {parts.fragment!r} there"
                )
    assert not problems, "\n".join(sorted(set(problems)))


@pytest.mark.parametrize("language", languages.languages())
def test_the_language_menu_links_each_page_to_its_counterparts(site, language):
    problems = []
    for page in pages.pages(language):
        _, url = built_path(page)
        html = read(site, language, url)
        here = site / language_root(language) / url
        for other in languages.languages():
            m = re.search(
                rf'<a href="([^"]+)" hreflang="{other}" lang="{other}" class="md-select__link"',
                html,
            )
            if (
                not m
                or (here / m[1]).resolve()
                != (site / language_root(other) / url).resolve()
            ):
                problems.append(
                    f"{page}: the language menu's {other} link is {m and m[1]!r}"
                )
    assert not problems, "\n".join(problems)
