import fcntl
import functools
import http.server
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tools import pages


def build_site(site_dir: Path) -> Path:
    """`mkdocs build --strict` of both languages into site_dir; fails the test with mkdocs' messages."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
                            cwd=pages.ROOT, env=env, capture_output=True, text=True, timeout=300)
    if result.returncode:
        pytest.fail(f"mkdocs build --strict failed:\n{result.stderr}", pytrace=False)
    return site_dir


@pytest.fixture(scope="session")
def site(tmp_path_factory, request) -> Path:
    """One strict build of both languages per run, shared by the pytest-xdist workers: the first
    worker that needs it builds it, under a lock; the others wait and use it (or its failure)."""
    shared = tmp_path_factory.getbasetemp()
    if hasattr(request.config, "workerinput"):
        shared = shared.parent  # the run's directory, above each worker's own
    built, failed = shared / "site", shared / "site-build-failed.txt"
    with open(shared / "site.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not built.is_dir() and not failed.exists():
            try:
                build_site(shared / "site-building").rename(built)  # whole, or not at all
            except pytest.fail.Exception as error:
                failed.write_text(str(error), encoding="utf-8")
    if failed.exists():
        pytest.fail(failed.read_text(encoding="utf-8"), pytrace=False)
    return built


class StaticSite(http.server.SimpleHTTPRequestHandler):
    """Like a static host: files, and 404.html for what does not exist."""

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
    """The built site served on loopback as a static host would. Its pages link to each other with
    relative URLs, so any port serves it (only canonical and og:url name the site's own address)."""
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(StaticSite, directory=str(site))) as server:
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        yield f"http://127.0.0.1:{server.server_address[1]}/"
        server.shutdown()
