"""The site builds with --strict, in both languages, and its pages ask no third-party host for anything."""

import re
from pathlib import Path

from tools import pages

ROOT = pages.ROOT
LOCAL = re.compile(r"^(?!https?:|//)")  # relative or same-site
# Attributes through which a page makes the browser fetch something (links to read elsewhere are fine).
FETCHING = re.compile(r"""<(?:script|img|iframe|source|video|audio|embed)\b[^>]*\bsrc=["']([^"']+)["']"""
                      r"""|<link\b(?=[^>]*\brel=["'](?:stylesheet|preload|prefetch|icon|manifest|modulepreload|preconnect|dns-prefetch)["'])[^>]*\bhref=["']([^"']+)["']""",
                      re.I)
CSS_URL = re.compile(r"""url\(\s*["']?(https?:)?//""", re.I)


def html_pages(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if p.name != "404.html")


def test_every_page_is_built_in_both_languages(site):
    for page in pages.pages():
        lang, *rest = page.relative_to("docs").parts
        rel = Path(*rest).with_suffix("")
        out = Path("index.html") if rel.name == "index" else rel / "index.html"
        if rel.name == "index" and rel.parent != Path("."):
            out = rel.parent / "index.html"
        built = site / out if lang == "en" else site / lang / out
        assert built.is_file(), f"{page} was not built to {built.relative_to(site)}"


def test_each_page_declares_its_language(site):
    problems = []
    for html in html_pages(site):
        lang = "ja" if html.relative_to(site).parts[0] == "ja" else "en"
        if f'<html lang="{lang}"' not in html.read_text(encoding="utf-8"):
            problems.append(f"{html.relative_to(site)} should be <html lang=\"{lang}\">")
    assert not problems, "\n".join(problems)


def test_no_page_fetches_from_a_third_party_host(site):
    problems = []
    for path in sorted(site.rglob("*")):
        if path.suffix == ".html":
            for m in FETCHING.finditer(path.read_text(encoding="utf-8")):
                url = m[1] or m[2]
                if not LOCAL.match(url):
                    problems.append(f"{path.relative_to(site)} fetches {url}")
        elif path.suffix == ".css" and CSS_URL.search(path.read_text(encoding="utf-8")):
            problems.append(f"{path.relative_to(site)} loads a remote url(...)")
    assert not problems, "\n".join(problems)


def test_included_files_are_rendered(site):
    """pymdownx.snippets really expanded the includes: no directive is left in a built page."""
    leftovers = [str(p.relative_to(site)) for p in html_pages(site) if "--8&lt;--" in p.read_text(encoding="utf-8")
                 or "--8<--" in p.read_text(encoding="utf-8")]
    assert not leftovers, "Unexpanded snippet directives in:\n" + "\n".join(leftovers)


ID_ATTR = re.compile(r'\bid=["\']([^"\']+)["\']')
HREF = re.compile(r'<a\b[^>]*\bhref=["\']([^"\']+)["\']')


def test_internal_links_and_anchors_resolve(site):
    """A crawl of the built site: every link to a page of the site reaches a file, and its #anchor exists."""
    from html import unescape
    from urllib.parse import unquote, urlsplit

    ids: dict[Path, set[str]] = {}

    def anchors(path: Path) -> set[str]:
        if path not in ids:
            ids[path] = set(ID_ATTR.findall(path.read_text(encoding="utf-8")))
        return ids[path]

    problems = []
    for html in html_pages(site):
        for href in HREF.findall(html.read_text(encoding="utf-8")):
            href = unescape(href)
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or href.startswith(("mailto:", "javascript:")):
                continue
            if parts.path.startswith("/"):  # the site is built for the root of its host (SITE_URL)
                target = site / unquote(parts.path).lstrip("/")
            else:
                target = (html.parent / unquote(parts.path)).resolve() if parts.path else html
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                problems.append(f"{html.relative_to(site)}: link to {href} reaches no file")
            elif parts.fragment and target.suffix == ".html" and unquote(parts.fragment) not in anchors(target):
                problems.append(f"{html.relative_to(site)}: link to {href}: no id {parts.fragment!r} there")
    assert not problems, "\n".join(sorted(set(problems)))
