"""The suite is loud when broken: break a temporary copy of the project the ways a contributor
would, run the suite there, and check that it fails with a message naming the file to fix."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tools import pages

ROOT = pages.ROOT
WHY = "snippets/getting_started/why_async_tests_are_different"
QUICK = "snippets/getting_started/quickstart"
# What the breakages below touch, besides the tools and the tests: a change to these can change the
# verdict of this test (tools/incremental.py reads INPUTS).
INPUTS = [
    f"{WHY}/*",
    f"{QUICK}/*",
    "docs/*/index.md",
    "docs/*/getting-started/quickstart.md",
    "docs/*/getting-started/versions.md",
    "locales/ja/translations.json",
    "mkdocs*.yml",
]

pytestmark = pytest.mark.skipif(
    os.environ.get("TAP_SELF_TEST") == "1", reason="already inside a self-test copy"
)


def copy_project(dest: Path) -> Path:
    listed = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    files = listed.stdout.splitlines() if listed.returncode == 0 else None
    if files is None:  # not a git checkout
        shutil.copytree(
            ROOT,
            dest,
            ignore=shutil.ignore_patterns(".venv", "site", ".git", "__pycache__"),
        )
        return dest
    for name in files:
        if (ROOT / name).is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, dest / name)
    return dest


def edit(project: Path, path: str, old: str, new: str) -> None:
    file = project / path
    text = file.read_text(encoding="utf-8")
    assert old in text, f"self-test is out of date: {old!r} not in {path}"
    file.write_text(text.replace(old, new, 1), encoding="utf-8")


def start_suite(project: Path, *args: str) -> subprocess.Popen:
    env = {**os.environ, "TAP_SELF_TEST": "1", "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:randomly",
            "-q",
            "--tb=short",
            *args,
        ],
        cwd=project,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def failure_output(run: subprocess.Popen) -> str:
    output, _ = run.communicate(timeout=600)
    assert run.returncode != 0, "the suite passed on a broken copy:\n" + output[-3000:]
    return output


BREAKAGES = {
    "a sample's assertion": (
        lambda p: edit(p, f"{WHY}/test_fetch_user.py", '== "Ada"', '== "Bob"'),
        [f"FAILED {WHY}/test_fetch_user.py::test_fetch_user"],
    ),
    "a deleted sample": (
        lambda p: (p / QUICK / "test_first_async_test.py").unlink(),
        [f"includes {QUICK}/test_first_async_test.py, which does not exist"],
    ),
    "a renamed section": (
        lambda p: edit(
            p,
            f"{WHY}/test_sync_test_calls_coroutine.py",
            "[start:sample]",
            "[start:shown]",
        ),
        [f"{WHY}/test_sync_test_calls_coroutine.py has no section [start:sample]"],
    ),
    "an edited output": (
        lambda p: edit(p, f"{QUICK}/first_async_fixture.out", "2 passed", "3 passed"),
        [f"The output {QUICK}/first_async_fixture.out no longer matches a fresh run"],
    ),
    "an expected failure that starts passing": (
        lambda p: edit(
            p,
            f"{WHY}/test_missing_await.py",
            "user = fetch_user(1)",
            "user = await fetch_user(1)",
        ),
        [f"FAILED {WHY}/test_missing_await.py::test_fetch_user", "[XPASS(strict)]"],
    ),
    "a missing Japanese page": (
        lambda p: (p / "docs/ja/getting-started/quickstart.md").unlink(),
        ["docs/en/getting-started/quickstart.md has no counterpart in docs/ja/"],
    ),
    "a stale Japanese page": (
        lambda p: edit(p, "docs/en/index.md", "## Start here", "## Start here now"),
        [
            "docs/ja/index.md is behind its English source",
            "docs/en/index.md changed since it was translated",
        ],
    ),
    "a Python block that is not tested": (
        lambda p: edit(
            p,
            "docs/en/index.md",
            "## Start here",
            "~~~python\nprint('hi')\n~~~\n\n## Start here",
        ),
        [
            "docs/en/index.md:",
            "this Python block is neither included from snippets/ nor collected by pytest-examples",
        ],
    ),
    "a snippet no page includes": (
        lambda p: (p / QUICK / "test_orphan.py").write_text(
            "def test_orphan():\n    pass\n"
        ),
        [f"{QUICK}/test_orphan.py is not included by any page in docs/en/"],
    ),
}


def test_suite_names_the_file_for_each_breakage(tmp_path):
    project = copy_project(tmp_path / "project")
    for breakage, _ in BREAKAGES.values():
        breakage(project)
    # Broken links, in a second copy: in the first, a missing include stops the build before
    # mkdocs checks links. One in each language: the Japanese site is built in a process of its
    # own (tools/site/languages.py), whose failure must fail the build too. Both copies' suites
    # run at once.
    linked = copy_project(tmp_path / "linked")
    for language, target in [("en", "missing-page.md"), ("ja", "missing-ja-page.md")]:
        edit(
            linked,
            f"docs/{language}/getting-started/versions.md",
            "\n## ",
            f"\nSee [the missing page]({target}).\n\n## ",
        )
    build = start_suite(linked, "tests/test_site.py", "-x")
    # Only what the other breakages touch runs: the samples of the two pages they edit, the one
    # output they edit (the suite itself checks the others) and the page checks.
    suite = start_suite(
        project,
        "tests",
        WHY,
        QUICK,
        "--ignore=tests/test_browser.py",
        "--ignore=tests/test_site.py",
        "--ignore=tests/test_self.py",
        "--continue-on-collection-errors",
        "-k",
        "not test_output_matches_a_fresh_run or first_async_fixture",
    )
    output, build_output = failure_output(suite), failure_output(build)
    missing = [
        f"{name}: expected {text!r}"
        for name, (_, texts) in BREAKAGES.items()
        for text in texts
        if text not in output
    ]
    assert not missing, (
        "\n".join(missing) + "\n\n--- suite output ---\n" + output[-6000:]
    )
    for expected in [
        "Doc file 'getting-started/versions.md' contains a link 'missing-page.md'",
        "The ja build failed (pages in docs/ja/",
        "Doc file 'getting-started/versions.md' contains a link 'missing-ja-page.md'",
    ]:
        assert expected in build_output, build_output[-4000:]
