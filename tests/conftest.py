import os
import subprocess
import sys
from pathlib import Path

import pytest

from tools import pages


def build_site(site_dir: Path, site_url: str | None = None) -> Path:
    """`mkdocs build --strict` of both languages into site_dir; fails the test with mkdocs' messages."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    if site_url:
        env["SITE_URL"] = site_url
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
                            cwd=pages.ROOT, env=env, capture_output=True, text=True, timeout=300)
    if result.returncode:
        pytest.fail(f"mkdocs build --strict failed:\n{result.stderr}", pytrace=False)
    return site_dir


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    return build_site(tmp_path_factory.mktemp("site"))
