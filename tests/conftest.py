import functools
import gzip
import http.server
import os
import shutil
import threading
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tools import pages, site_build

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Playwright

CHROMIUM = (
    os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
)
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
SCREENSHOTS = pages.ROOT / ".cache" / "screenshots"  # for a person to look at

# Material's search worker fetches its language's index, which holds every page's text, on every
# page load. A browser test that does not check search results gets this index instead: one entry
# whose address names the language of the index that answered. Its verdict then does not depend on
# every page's text, so a page edit does not run it again (tools/incremental.py keys a site test by
# what it reads); the real indexes are loaded, and searched, by the search tests.
INDEX_STUB_TERM = "indexstub"


def index_stub_location(language: str) -> str:
    return f"answered-by-the-{language}-index/"


def serve_index_stubs(context) -> None:
    def answer(route) -> None:
        language = "ja" if "/ja/search/" in route.request.url else "en"
        route.fulfill(
            json={
                "config": {
                    "lang": ["en"],
                    "separator": r"[\s\-]+",
                    "pipeline": ["stopWordFilter"],
                    "fields": {"title": {"boost": 1000.0}, "text": {"boost": 1.0}},
                },
                "docs": [
                    {
                        "location": index_stub_location(language),
                        "title": INDEX_STUB_TERM,
                        "text": INDEX_STUB_TERM,
                    }
                ],
            }
        )

    context.route("**/search/search_index.json", answer)


class SharedChromium:
    """Chromium driven by Playwright (it downloads no browser: the system's), shared by the browser
    tests that run one after another, whatever their module. Playwright's synchronous API keeps its
    own event loop running in the thread while it is open, and a later test's asyncio.run() would
    find it there: it is closed before a test of another module that needs no browser
    (pytest_runtest_teardown below), and started again for the next one that does."""

    def __init__(self) -> None:
        self._playwright: Playwright | None = None
        self._chromium: Browser | None = None

    def get(self) -> "Browser":
        if self._chromium is None:
            from playwright.sync_api import sync_playwright

            playwright = self._playwright = sync_playwright().start()
            self._chromium = playwright.chromium.launch(
                executable_path=CHROMIUM, args=CHROMIUM_ARGS
            )
        return self._chromium

    @property
    def running(self) -> bool:
        return self._chromium is not None

    def close(self) -> None:
        chromium, playwright = self._chromium, self._playwright
        self._chromium = self._playwright = None
        try:
            if chromium is not None:
                chromium.close()
        finally:
            if playwright is not None:
                playwright.stop()


SHARED_CHROMIUM = SharedChromium()


@pytest.fixture(scope="session")
def shared_chromium():
    """Closes the browser however the run ends (an interrupted run too)."""
    yield SHARED_CHROMIUM
    SHARED_CHROMIUM.close()


@pytest.fixture(scope="module")
def browser(shared_chromium):
    """The shared Chromium; where it is missing, a skip with the reason, or a failure in CI."""
    if not Path(CHROMIUM).exists():
        reason = "Chromium is not installed (apt-get install -y chromium fonts-noto-cjk; .ci/run does it)"
        if os.environ.get("CI"):
            pytest.fail(reason + ": the browser tests must run in CI", pytrace=False)
        pytest.skip(reason)
    return shared_chromium.get()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None):
    """After a test and the fixtures it leaves behind: the browser stays open for a next test that
    uses it (one start instead of one a module: a page edit's audit and searches share it) and
    within a module, whose fixtures keep it until the module ends."""
    closing = nextitem is None or (
        nextitem.path != item.path
        and "browser" not in getattr(nextitem, "fixturenames", ())
    )
    module = item.getparent(pytest.Module)
    if closing and SHARED_CHROMIUM.running and module is not None:
        above = module.parent
        if above is not None and (
            nextitem is None or above not in nextitem.listchain()
        ):
            # What lies above the module is torn down too, at the end of the run the session's
            # event loops and async fixtures (pytest-asyncio): the browser closes as soon as the
            # module's fixtures are done, before they find Playwright's loop running.
            above.addfinalizer(SHARED_CHROMIUM.close)
    try:
        return (yield)
    finally:
        if closing:
            SHARED_CHROMIUM.close()


# Built and served as GitHub Pages serves a project site: under a path, not at the host's root.
SITE_URL, SITE_PATH = site_build.SITE_URL, site_build.SITE_PATH


@pytest.fixture(scope="session")
def site(request) -> Path:
    """One strict build of both languages per run, shared by the pytest-xdist workers
    (tools/site_build.py); fails the test with mkdocs' messages."""
    built, failure = site_build.built(request.config)
    if built is None:
        pytest.fail(failure or "no site", pytrace=False)
    return built


class StaticSite(http.server.SimpleHTTPRequestHandler):
    """Like GitHub Pages for a project site: the site's files under SITE_PATH, compressed (gzip)
    for a browser that accepts it, and the site's one 404.html (the default language's) for every
    address that has no file."""

    COMPRESSED = (".html", ".css", ".js", ".json", ".xml", ".txt", ".svg")

    def do_GET(self):
        path = Path(self.translate_path(self.path.split("?")[0].split("#")[0]))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and path.is_file() and path.suffix in self.COMPRESSED):
            return super().do_GET()
        body = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def translate_path(self, path):
        if not path.startswith(SITE_PATH):
            return str(Path(self.directory) / "no-such-file")
        return super().translate_path("/" + path[len(SITE_PATH) :])

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.exists():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def site_url(site):
    """The built site served on loopback as a static host would, under SITE_PATH. Its pages link to
    each other with relative URLs and the 404 page with paths, so any port serves it (canonical,
    hreflang and og:url name SITE_URL)."""
    with http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(StaticSite, directory=str(site))
    ) as server:
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        yield f"http://127.0.0.1:{server.server_address[1]}{SITE_PATH}"
        server.shutdown()
