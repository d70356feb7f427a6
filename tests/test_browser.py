"""The built site in a real browser (Debian's Chromium driven by Playwright), served on loopback."""

import zipfile
from urllib.parse import urlsplit

import pytest
from playwright import sync_api

from .conftest import (
    INDEX_STUB_TERM,
    SCREENSHOTS,
    index_stub_location,
    serve_index_stubs,
)

# The site is served on loopback, and the browser connects. A browser that stops answering fails
# the test that waited for it, by name, instead of hanging the run: Playwright's evaluate() and
# close() have no time limit of their own.
pytestmark = [pytest.mark.enable_socket, pytest.mark.timeout(120)]


@pytest.fixture(scope="module")
def base_url(site_url):
    return site_url


def watched(page, base_url):
    """The page, recording console errors and every request that leaves the local server."""
    page.console_errors = []
    page.foreign_requests = []
    page.on(
        "console", lambda m: m.type == "error" and page.console_errors.append(m.text)
    )
    page.on("pageerror", lambda e: page.console_errors.append(str(e)))
    local = urlsplit(base_url).netloc
    page.on(
        "request",
        lambda r: (
            urlsplit(r.url).scheme in ("http", "https")
            and urlsplit(r.url).netloc != local
            and page.foreign_requests.append(r.url)
        ),
    )
    return page


@pytest.fixture
def page(browser, base_url):
    """A watched page whose search answers from the index stubs (conftest.serve_index_stubs)."""
    context = browser.new_context(
        permissions=["clipboard-read", "clipboard-write"],
        viewport={"width": 1280, "height": 900},
    )
    context.set_default_timeout(10_000)
    serve_index_stubs(context)
    yield watched(context.new_page(), base_url)
    context.close()


def search(page, query: str) -> list[str]:
    """Type into Material's search box; return the result links."""
    box = page.locator("input.md-search__input")
    box.click()
    # A page reused from an earlier search: clear it and its results first.
    if box.input_value():
        box.fill("")
        box.press("End")
        page.wait_for_function(
            "document.querySelectorAll('.md-search-result__item').length == 0"
        )
    box.fill(query)
    box.press("End")  # Material searches on key events
    # The search worker loads its index in the background: wait for results, or for "no results".
    try:
        page.wait_for_function(
            "document.querySelectorAll('.md-search-result__item').length > 0",
            timeout=15_000,
        )
    except sync_api.TimeoutError:
        return []
    return page.eval_on_selector_all(
        ".md-search-result__item > a", "els => els.map(e => e.href)"
    )


def answering_index(page) -> list[str]:
    """Where searching a page fed the index stubs leads, without the highlight query: the language
    of the index that answered."""
    return [link.split("?")[0] for link in search(page, INDEX_STUB_TERM)]


def search_page_for(path: str):
    """A module fixture: one page for a language's searches (the search worker indexes once, not per
    query), opened until its worker has fetched the real index, watched for console errors and
    requests beyond the local server. What the page loads is read here, in the fixture, so it
    belongs to every test that uses it (tools/incremental.py keys a site test by what it and its
    fixtures read)."""

    @pytest.fixture(scope="module")
    def opened(browser, base_url):
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        context.set_default_timeout(10_000)
        page = watched(context.new_page(), base_url)
        with context.expect_event(
            "requestfinished", lambda r: r.url.endswith("/search/search_index.json")
        ):
            page.goto(base_url + path)
        yield page
        context.close()

    return opened


english_search_page = search_page_for("getting-started/quickstart/")
japanese_search_page = search_page_for("ja/getting-started/quickstart/")


def searched_cleanly(page) -> None:
    """The real index loaded and searched with no console error and nothing fetched from afar."""
    assert not page.console_errors, page.console_errors
    assert not page.foreign_requests, page.foreign_requests


def test_english_search_finds_english_pages(english_search_page, base_url):
    links = search(english_search_page, "fixture")
    assert any("/getting-started/quickstart/" in link for link in links), links
    assert links and not any("/ja/" in link for link in links), links
    searched_cleanly(english_search_page)


@pytest.mark.parametrize(
    "term", ["イベントループ", "フィクスチャ", "コルーチン", "非同期", "処理"]
)
def test_japanese_search_finds_japanese_pages(japanese_search_page, base_url, term):
    links = search(japanese_search_page, term)
    assert links, f"no result for {term}"
    assert all(link.startswith(base_url + "ja/") for link in links), links
    searched_cleanly(japanese_search_page)


def test_language_menu_keeps_the_page_and_the_section(page, base_url):
    page.goto(
        base_url
        + "getting-started/why-async-tests-are-different/#mistake-2-an-async-test-without-the-marker"
    )
    page.locator(".md-header__option .md-select").hover()
    page.locator(".md-select__link[hreflang='ja']").click()
    page.wait_for_url(
        "**/ja/getting-started/why-async-tests-are-different/#mistake-2-an-async-test-without-the-marker"
    )
    assert page.locator("html").get_attribute("lang") == "ja"
    assert page.locator("#mistake-2-an-async-test-without-the-marker").is_visible()
    # After switching, search answers from the page's language's own index.
    links = answering_index(page)
    assert links == [base_url + "ja/" + index_stub_location("ja")], links
    page.keyboard.press("Escape")  # close the search dialog
    page.locator(".md-header__option .md-select").hover()
    page.locator(".md-select__link[hreflang='en']").click()
    page.wait_for_url(
        base_url
        + "getting-started/why-async-tests-are-different/#mistake-2-an-async-test-without-the-marker"
    )


def test_copy_button_copies_the_sample(page, base_url):
    page.goto(base_url + "getting-started/quickstart/")
    block = page.locator(
        "div.highlight:has(span.filename:text-is('test_first_async_test.py')) pre"
    )
    block.hover()
    block.locator("button.md-code__button[data-md-type='copy']").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    # What the block shows, whatever the sample holds (the record keys this test by the pages,
    # not by the samples' text).
    shown = block.locator("code").inner_text()
    assert copied.strip() and copied.strip() == shown.strip()
    assert "--8<--" not in copied


def test_dark_mode_toggle(page, base_url):
    page.goto(base_url)
    before = page.locator("body").get_attribute("data-md-color-scheme")
    page.locator("form[data-md-component='palette'] label:visible").first.click()
    assert page.locator("body").get_attribute("data-md-color-scheme") != before


def test_not_found_page_speaks_the_readers_language(page, base_url):
    """A static host has one 404 page (the English one); under /ja/ it shows the Japanese one in its
    place, which searches Japanese pages."""
    page.goto(base_url + "ja/no-such-page/")
    page.wait_for_function(
        "document.documentElement.lang === 'ja' && !!document.querySelector('.tap-404')"
    )
    assert page.url == base_url + "ja/no-such-page/"
    assert "ページが見つかりません" in page.locator(".tap-404 h1").inner_text()
    links = answering_index(page)
    assert links == [base_url + "ja/" + index_stub_location("ja")], links
    page.goto(base_url + "no-such-page/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert "Page not found" in page.locator(".tap-404 h1").inner_text()
    links = answering_index(page)
    assert links == [base_url + index_stub_location("en")], links


@pytest.mark.parametrize(
    "path",
    [
        "",
        "ja/",
        "getting-started/why-async-tests-are-different/",
        "ja/getting-started/why-async-tests-are-different/",
    ],
)
def test_page_loads_cleanly_and_stays_local(page, base_url, path):
    """No console error, no request beyond the local server, once the page (and its search worker,
    fed the index stub) has loaded; a screenshot for a person to look at: .cache/screenshots/."""
    page.goto(base_url + path)
    page.wait_for_load_state("networkidle")
    assert not page.console_errors, page.console_errors
    assert not page.foreign_requests, page.foreign_requests
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    name = (path.strip("/").replace("/", "_") or "home") + ".png"
    page.screenshot(path=str(SCREENSHOTS / name), full_page=False)
    assert (SCREENSHOTS / name).stat().st_size > 10_000


@pytest.mark.parametrize(
    ("path", "install"),
    [
        ("getting-started/quickstart/", "Install"),
        ("ja/getting-started/quickstart/", "インストール"),
    ],
)
def test_the_samples_download_in_every_language(page, base_url, path, install):
    """The box near the top of a page with samples downloads them: the server answers 200 with a
    zip, and a click saves it under the name the zip unpacks to, its README in the page's language."""
    page.goto(base_url + path)
    link = page.locator(".admonition a[download]")
    href = link.evaluate("a => a.href")
    assert href == base_url + path + "samples.zip"
    status = page.evaluate("async url => (await fetch(url)).status", href)
    assert status == 200
    with page.expect_download() as started:
        link.click()
    download = started.value
    assert download.suggested_filename == "quickstart_samples.zip"
    with zipfile.ZipFile(download.path()) as archive:
        readme = archive.read("quickstart_samples/README.md").decode("utf-8")
    assert readme.startswith(f"1. {install}"), readme
    assert page.url == base_url + path  # the page stays: the browser saved the file
    assert not page.console_errors, page.console_errors
