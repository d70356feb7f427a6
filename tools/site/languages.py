"""Every language in one site, and each page's links to the same page in the other languages.

Each language is a MkDocs project of its own (mkdocs.yml, mkdocs.<lang>.yml, which inherits it),
with its own search index, 404 page, sitemap and llms.txt. This hook:
- builds every other language into <site_dir>/<lang>/, so that `mkdocs build` and `mkdocs serve`
  give the whole site: each starts in a process of its own as the default language's build starts,
  and is moved in place at the end (under `mkdocs serve` too: a rebuild takes the longer of the
  two builds, not their sum);
- gives a language's project the site URL <default site URL><lang>/;
- gives every page its alternates: the same page in each language (every page exists in every
  language; tests/test_pages.py checks it), as absolute URLs for `hreflang` links and the sitemap,
  and as relative links for the language menu.
"""

from __future__ import annotations

import logging
import os
import posixpath
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from mkdocs.exceptions import PluginError

# The project root: `tools` is not installed.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tools import languages, pages, translations
from tools.site.ui import ui

log = logging.getLogger("mkdocs.hooks.languages")
# The other languages being built apart: language -> (its build, its site directory, started at).
_apart: dict[str, tuple[subprocess.Popen, str, float]] = {}


def language_of(config) -> str:
    return config.theme["language"]


def site_url(default_site_url: str, language: str) -> str:
    base = (
        default_site_url if default_site_url.endswith("/") else default_site_url + "/"
    )
    return base if language == languages.default() else f"{base}{language}/"


@dataclass(frozen=True)
class Alternate:
    language: str
    name: str
    url: str  # absolute
    link: str  # relative to the page, for the language menu
    stale: bool  # a translation behind its English page


def alternates(
    page_url: str,
    language: str,
    default_site_url: str,
    names: dict[str, str],
    stale: dict[str, bool] | None = None,
) -> list[Alternate]:
    """The page at `page_url` (relative to its language's root) in every language."""
    here = posixpath.join(
        "/", "" if language == languages.default() else language, page_url
    )
    found = []
    for other in languages.languages():
        there = posixpath.join(
            "/", "" if other == languages.default() else other, page_url
        )
        link = posixpath.relpath(
            there, posixpath.dirname(here) if not here.endswith("/") else here
        )
        link = link + "/" if there.endswith("/") and not link.endswith("/") else link
        found.append(
            Alternate(
                other,
                names[other],
                site_url(default_site_url, other) + page_url,
                link,
                bool((stale or {}).get(other)),
            )
        )
    return found


def on_config(config):
    language = language_of(config)
    if language != languages.default() and not config.site_url.rstrip("/").endswith(
        f"/{language}"
    ):
        config.site_url = site_url(config.site_url, language)
    return config


def default_site_url(config) -> str:
    url = config.site_url
    language = language_of(config)
    return url[: -len(language) - 1] if language != languages.default() else url


def on_env(env, config, files):
    here = language_of(config)
    env.globals["tap_ui"] = ui(here)
    env.globals["tap_ui_all"] = {
        language: ui(language) for language in languages.languages()
    }
    env.globals["tap_ui_locales"] = {
        language: ui(language)["og_locale"] for language in languages.languages()
    }
    env.globals["tap_site_urls"] = {
        language: site_url(default_site_url(config), language)
        for language in languages.languages()
    }
    env.globals["tap_default_language"] = languages.default()
    names = {entry["lang"]: entry["name"] for entry in config.extra["alternate"]}

    def sitemap_alternates(page) -> list[tuple[str, str]]:
        found = [
            (alt.language, alt.url)
            for alt in alternates(page.url, here, default_site_url(config), names)
        ]
        return [*found, ("x-default", found[0][1])]

    env.globals["tap_sitemap_alternates"] = sitemap_alternates
    return env


def on_page_context(context, page, config, nav):
    source = Path(page.file.abs_src_path).resolve().relative_to(pages.ROOT)
    english = pages.counterpart(source, languages.default())
    stale = {
        lang: bool(translations.staleness(pages.counterpart(english, lang)))
        for lang in languages.translated()
    }
    names = {entry["lang"]: entry["name"] for entry in config.extra["alternate"]}
    context["tap_alternates"] = alternates(
        page.url, language_of(config), default_site_url(config), names, stale
    )
    return context


def on_pre_build(config):
    """The other languages start now, each in a process of its own, into a directory of its own
    (this build cleans its site directory before it writes), with this build's site URL (under
    `mkdocs serve`, the address it serves)."""
    if language_of(config) != languages.default():
        return
    stop_apart_builds()
    for language in languages.translated():
        target = tempfile.mkdtemp(prefix=f"mkdocs-{language}-")
        # Not -q: a quiet build does not count its warnings, so a strict one would pass with them.
        argv = [sys.executable, "-m", "mkdocs", "build"]
        argv += ["-f", str(languages.config_file(language)), "--site-dir", target]
        argv += ["--strict"] if config.strict else []
        process = subprocess.Popen(
            argv,
            cwd=pages.ROOT,
            env={
                **os.environ,
                languages.BUILT_APART: "1",
                "SITE_URL": config.site_url,
            },
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        _apart[language] = (process, target, time.monotonic())


def stop_apart_builds() -> None:
    while _apart:
        _, (process, target, _) = _apart.popitem()
        process.kill()
        process.communicate()
        shutil.rmtree(target, ignore_errors=True)


def on_build_error(error):
    stop_apart_builds()


def on_post_build(config) -> None:
    """After the default language, the others into the same site, as MkDocs builds one."""
    if language_of(config) != languages.default():
        return
    for language in languages.translated():
        process, target, started = _apart.pop(language)
        _, stderr = process.communicate()
        said = "\n".join(
            line for line in stderr.splitlines() if not line.startswith("INFO")
        )
        config_name = languages.config_file(language).name
        if process.returncode:
            stop_apart_builds()
            shutil.rmtree(target, ignore_errors=True)
            raise PluginError(
                f"The {language} build failed (pages in docs/{language}/, "
                f"mkdocs build -f {config_name}):\n{said}"
            )
        for line in said.splitlines():  # not strict: its warnings, kept
            log.warning(f"{language}: {line}")
        destination = os.path.join(config.site_dir, language)
        shutil.rmtree(destination, ignore_errors=True)
        shutil.move(target, destination)
        log.info(
            f"{language}: built beside the default language, "
            f"{time.monotonic() - started:.1f} s"
        )
