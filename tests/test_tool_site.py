"""The site hooks' own logic (tools/site/): each page's links to its counterparts, and the search
index without code."""

import pytest

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
