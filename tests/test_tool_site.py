"""The site hooks' own logic (tools/site/): each page's links to its counterparts, the other
languages' builds, and the search index without code."""

import os
from types import SimpleNamespace

import pytest

from tools import languages
from tools.site import languages as site_languages
from tools.site import search_index

NAMES = {"en": "English", "ja": "日本語"}
SITE = "https://example.github.io/testing-async-python/"


def test_each_language_lives_under_the_default_site():
    assert site_languages.site_url(SITE, "en") == SITE
    assert site_languages.site_url(SITE, "ja") == SITE + "ja/"
    assert site_languages.site_url(SITE.rstrip("/"), "ja") == SITE + "ja/"


@pytest.mark.parametrize(
    ("page_url", "language", "links"),
    [
        ("", "en", {"en": "./", "ja": "ja/"}),
        ("", "ja", {"en": "../", "ja": "./"}),
        ("http/aioresponses/", "en", {"en": "./", "ja": "../../ja/http/aioresponses/"}),
        ("http/aioresponses/", "ja", {"en": "../../../http/aioresponses/", "ja": "./"}),
    ],
)
def test_a_page_links_to_itself_in_every_language(page_url, language, links):
    found = site_languages.alternates(
        page_url, language, SITE, NAMES, stale={"ja": True}
    )
    assert {a.language: a.link for a in found} == links
    assert {a.language: a.url for a in found} == {
        "en": SITE + page_url,
        "ja": SITE + "ja/" + page_url,
    }
    assert [a.stale for a in found] == [False, True]


@pytest.fixture
def started_builds(monkeypatch) -> list[SimpleNamespace]:
    """The language builds the hook starts, recorded instead of run."""
    started: list[SimpleNamespace] = []

    def start(argv, **options):
        build = SimpleNamespace(
            argv=argv,
            env=options["env"],
            kill=lambda: None,
            communicate=lambda: ("", ""),
        )
        started.append(build)
        return build

    monkeypatch.setattr(site_languages.subprocess, "Popen", start)
    yield started
    site_languages.stop_apart_builds()


def test_the_other_languages_are_built_apart_with_the_site_url_of_the_build_that_starts_them(
    started_builds,
):
    """`mkdocs build` and `mkdocs serve` alike: the default language's build starts every other
    language in a process of its own, as strict as itself; under `mkdocs serve` the site URL is the
    address it serves, which those pages' canonical and `hreflang` links name."""
    served = "http://127.0.0.1:8123/"
    site_languages.on_pre_build(
        SimpleNamespace(theme={"language": "en"}, site_url=served, strict=True)
    )
    (build,) = started_builds
    assert build.argv[3:6] == ["build", "-f", str(languages.config_file("ja"))]
    assert "--strict" in build.argv
    assert build.env["SITE_URL"] == served
    assert build.env[languages.BUILT_APART] == "1"
    assert build.env["PATH"] == os.environ["PATH"]


def test_a_language_built_apart_starts_no_other(started_builds):
    site_languages.on_pre_build(
        SimpleNamespace(theme={"language": "ja"}, site_url=SITE + "ja/", strict=True)
    )
    assert not started_builds


def test_the_stale_translation_notice_goes_under_the_title():
    from tools.site import page_facts

    notice = '!!! warning tap-stale "古い翻訳"\n    本文\n\n'
    assert (
        page_facts.after_title("# 題名\n\n最初の段落です。\n", notice)
        == "# 題名\n\n" + notice + "最初の段落です。\n"
    )
    assert page_facts.after_title("本文だけ\n", notice) == notice + "本文だけ\n"


def test_the_stale_translation_notice_is_left_out_of_what_search_reads():
    html = (
        '<div class="admonition warning tap-stale"><p class="admonition-title">古い翻訳</p>'
        "<p>英語版が更新されています。</p></div><p>本文です。</p>"
    )
    assert search_index.STALE_NOTICE.sub("", html) == "<p>本文です。</p>"


def test_code_blocks_are_left_out_of_what_search_reads():
    html = (
        "<p>Call <code>asyncio.timeout()</code>.</p>"
        '<div class="language-python highlight"><span class="filename">t.py</span><pre><span></span>'
        "<code>async def test(): ...\n</code></pre></div><p>After.</p>"
    )
    assert (
        search_index.CODE_BLOCK.sub("", html)
        == "<p>Call <code>asyncio.timeout()</code>.</p><p>After.</p>"
    )
