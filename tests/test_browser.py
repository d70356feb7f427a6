"""The built site in a real browser (Debian's Chromium driven by Playwright), served on loopback."""

import os
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tools import pages

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
SCREENSHOTS = pages.ROOT / ".cache" / "screenshots"

if not Path(CHROMIUM).exists():
    reason = "Chromium is not installed (apt-get install -y chromium fonts-noto-cjk; .ci/run does it)"
    if os.environ.get("CI"):
        raise RuntimeError(reason + ": browser tests must run in CI")
    pytest.skip(reason, allow_module_level=True)

sync_api = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.enable_socket  # the site is served on loopback, and the browser connects


@pytest.fixture(scope="module")
def base_url(site_url):
    return site_url


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, base_url):
    """A page that records console errors and every request that leaves the local server."""
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"],
                                  viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10_000)
    page = context.new_page()
    page.console_errors = []
    page.foreign_requests = []
    page.on("console", lambda m: m.type == "error" and page.console_errors.append(m.text))
    page.on("pageerror", lambda e: page.console_errors.append(str(e)))
    local = urlsplit(base_url).netloc
    page.on("request", lambda r: urlsplit(r.url).scheme in ("http", "https")
            and urlsplit(r.url).netloc != local and page.foreign_requests.append(r.url))
    yield page
    context.close()


def search(page, query: str) -> list[str]:
    """Type into Material's search box; return the result links."""
    box = page.locator("input.md-search__input")
    box.click()
    if box.input_value():  # a page reused from an earlier search: clear it and its results first
        box.fill("")
        box.press("End")
        page.wait_for_function("document.querySelectorAll('.md-search-result__item').length == 0")
    box.fill(query)
    box.press("End")  # Material searches on key events
    # The search worker loads its index in the background: wait for results, or for "no results".
    try:
        page.wait_for_function("document.querySelectorAll('.md-search-result__item').length > 0", timeout=15_000)
    except sync_api.TimeoutError:
        return []
    return page.eval_on_selector_all(".md-search-result__item > a", "els => els.map(e => e.href)")


@pytest.fixture(scope="module")
def search_page(browser, base_url):
    """One page per language for the searches: the search worker indexes once, not per query."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10_000)
    opened = {}

    def open_page(path: str):
        if path not in opened:
            opened[path] = context.new_page()
            opened[path].goto(base_url + path)
        return opened[path]

    yield open_page
    context.close()


def test_english_search_finds_english_pages(search_page, base_url):
    links = search(search_page("getting-started/quickstart/"), "fixture")
    assert any("/getting-started/quickstart/" in link for link in links), links
    assert links and not any("/ja/" in link for link in links), links


@pytest.mark.parametrize("term", ["イベントループ", "フィクスチャ", "コルーチン", "非同期", "処理"])
def test_japanese_search_finds_japanese_pages(search_page, base_url, term):
    links = search(search_page("ja/getting-started/quickstart/"), term)
    assert links, f"no result for {term}"
    assert all(link.startswith(base_url + "ja/") for link in links), links


def test_language_switcher_keeps_the_page(page, base_url):
    page.goto(base_url + "getting-started/why-async-tests-are-different/")
    page.locator(".md-header__option .md-select").hover()
    page.locator(".md-select__link[hreflang='ja']").click()
    page.wait_for_url("**/ja/getting-started/why-async-tests-are-different/")
    assert page.locator("html").get_attribute("lang") == "ja"
    # After switching (with instant navigation on), search still answers in the page's language.
    links = search(page, "コルーチン")
    assert links and all(link.startswith(base_url + "ja/") for link in links), links


def test_copy_button_copies_the_sample(page, base_url):
    page.goto(base_url + "getting-started/quickstart/")
    block = page.locator("div.highlight:has(span.filename:text-is('test_first_async_test.py')) pre")
    block.hover()
    block.locator("button.md-code__button[data-md-type='copy']").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert "async def test_fetch_greeting" in copied and "--8<--" not in copied


def test_dark_mode_toggle(page, base_url):
    page.goto(base_url)
    before = page.locator("body").get_attribute("data-md-color-scheme")
    page.locator("form[data-md-component='palette'] label:visible").first.click()
    assert page.locator("body").get_attribute("data-md-color-scheme") != before


def test_not_found_page_speaks_the_readers_language(page, base_url):
    page.goto(base_url + "ja/no-such-page/")
    assert page.locator("html").get_attribute("lang") == "ja"
    assert page.locator(".tap-404[data-lang='ja']").is_visible()
    page.goto(base_url + "no-such-page/")
    assert page.locator(".tap-404[data-lang='en']").is_visible()


@pytest.mark.parametrize("path", ["", "ja/", "getting-started/why-async-tests-are-different/",
                                  "ja/getting-started/why-async-tests-are-different/"])
def test_page_loads_cleanly_and_stays_local(page, base_url, path):
    """No console error, no request beyond the local server, once the page (and its search index)
    has loaded; a screenshot for a person to look at: .cache/screenshots/."""
    page.goto(base_url + path)
    page.wait_for_load_state("networkidle")
    assert not page.console_errors, page.console_errors
    assert not page.foreign_requests, page.foreign_requests
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    name = (path.strip("/").replace("/", "_") or "home") + ".png"
    page.screenshot(path=str(SCREENSHOTS / name), full_page=False)
    assert (SCREENSHOTS / name).stat().st_size > 10_000
