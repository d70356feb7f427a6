"""Incremental verification (tools/incremental.py): a record lets a run leave out what an earlier
run verified with the same inputs, and a damaged or stale record never hides a failure."""

import builtins
import io
import json
import os
import sys
import threading

import pytest

from tools import incremental, site_build


@pytest.fixture
def record(tmp_path, monkeypatch):
    path = tmp_path / "verified.json"
    monkeypatch.setattr(incremental.pages, "ROOT", tmp_path)
    return path


def test_a_saved_record_loads(record):
    saved = incremental.Record(
        {"tests/test_x.py::test_a": "k1"}, {"snippets/a": ["k2", 3]}, "g"
    )
    incremental.save_record(saved, record)
    assert incremental.load_record(record) == (saved, None)


def test_no_record_means_verifying_everything(record):
    assert incremental.load_record(record) == (
        incremental.Record(),
        "no record of earlier runs",
    )


@pytest.mark.parametrize("damage", ["truncate", "alter", "format"])
def test_a_damaged_record_is_discarded(record, damage):
    incremental.save_record(
        incremental.Record({"tests/test_x.py::test_a": "k1"}), record
    )
    data = json.loads(record.read_text())
    if damage == "truncate":
        record.write_text(record.read_text()[:20])
    elif damage == "alter":  # claims a test passed that the checksum does not vouch for
        data["verified"]["tests/test_x.py::test_b"] = "k2"
        record.write_text(json.dumps(data))
    else:
        data["format"] = 0
        record.write_text(json.dumps(data))
    loaded, why = incremental.load_record(record)
    assert loaded == incremental.Record() and "discarded" in why


def test_a_key_changes_with_any_input(tmp_path):
    inputs = incremental.Inputs(tmp_path)
    (tmp_path / "a.py").write_text("x = 1\n")
    before = inputs.digest([tmp_path / "a.py"], "global")
    assert inputs.digest([tmp_path / "a.py"], "other global") != before
    (tmp_path / "a.py").write_text("x = 2\n")
    assert incremental.Inputs(tmp_path).digest([tmp_path / "a.py"], "global") != before


def test_the_downloads_key_follows_what_the_zips_hold(monkeypatch):
    """The downloads' tests read samples as the zips hold them: a change there changes their key."""
    from types import SimpleNamespace

    from tools.site import downloads

    held = {"test_a.py": b"shown\n"}
    monkeypatch.setattr(
        incremental.pages, "pages", lambda: ["docs/en/a.md", "docs/en/b.md"]
    )
    monkeypatch.setattr(
        downloads,
        "download_for",
        lambda page: (
            SimpleNamespace(files=tuple(held.items()))
            if page.endswith("a.md")
            else None
        ),
    )
    before = incremental.Inputs().downloads()
    assert incremental.Inputs().downloads() == before
    held["test_a.py"] = b"shown, edited\n"
    assert incremental.Inputs().downloads() != before


PASSING = "def test_ok():\n    assert True\n"
# The plugin alone, without the suite's own plugins.
ARGS = ["-p", "tools.incremental", "-p", "no:randomly", "-p", "no:cacheprovider"]


def own_project(pytester, monkeypatch, testpaths: str) -> None:
    """The plugin on a project of its own (pytester's directory), its record beside it, outside CI."""
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr(incremental, "RECORD", pytester.path / "verified.json")
    for name, path in (("ROOT", ""), ("DOCS", "docs"), ("SNIPPETS", "snippets")):
        monkeypatch.setattr(incremental.pages, name, pytester.path / path)
    pytester.makeini(
        f"[pytest]\ntestpaths = {testpaths}\n"
        "asyncio_default_fixture_loop_scope = function\n"
    )


@pytest.fixture
def sample(pytester, monkeypatch):
    """A project of its own with one passing sample, its record beside it."""
    own_project(pytester, monkeypatch, testpaths="snippets")
    path = pytester.path / "snippets" / "a" / "test_a.py"
    path.parent.mkdir(parents=True)
    path.write_text(PASSING)
    return path


def test_a_second_run_leaves_out_what_passed_and_reruns_what_changed(
    pytester, monkeypatch, sample
):
    """The plugin end to end: a stale key reruns its test."""
    args = [*ARGS, "-p", "no:xdist"]
    pytester.runpytest_inprocess(*args).assert_outcomes(passed=1)
    second = pytester.runpytest_inprocess(*args)
    second.assert_outcomes()
    # The verified directory is not even collected.
    second.stdout.fnmatch_lines(["collected 0 items"])
    assert "left out 1 tests whose inputs did not change" in second.stdout.str()
    sample.write_text("def test_ok():\n    assert False\n")  # the edit
    pytester.runpytest_inprocess(*args).assert_outcomes(failed=1)
    # A failure is never recorded.
    pytester.runpytest_inprocess(*args).assert_outcomes(failed=1)
    monkeypatch.setenv("CI", "true")
    sample.write_text(PASSING)
    pytester.runpytest_inprocess(*args).assert_outcomes(passed=1)
    # CI verifies everything, always.
    pytester.runpytest_inprocess(*args).assert_outcomes(passed=1)


def test_a_run_of_named_tests_adds_to_the_record(pytester, sample):
    """A run that names what to run verifies that alone: the record keeps what it said of the
    rest, instead of being replaced by a record of that run."""
    args = [*ARGS, "-p", "no:xdist"]
    other = pytester.path / "snippets" / "b" / "test_b.py"
    other.parent.mkdir()
    other.write_text(PASSING)
    pytester.runpytest_inprocess(*args).assert_outcomes(passed=2)
    pytester.runpytest_inprocess(*args, "snippets/a/test_a.py").assert_outcomes(
        passed=1
    )
    pytester.runpytest_inprocess(*args).assert_outcomes()  # nothing left to verify


@pytest.mark.parametrize(
    ("selection", "passed"),
    [
        (["snippets/a/test_a.py"], 1),  # named: everything it selects runs
        (["-k", "test_ok"], 0),  # incremental: test_ok passed with these files
    ],
    ids=["file", "-k"],
)
def test_a_directory_is_verified_only_when_all_its_tests_are(
    pytester, sample, selection, passed
):
    """A directory's entry lets the next run skip collecting it: one of its tests passing in a run
    that selected it alone must not hide another that fails with the same files."""
    args = [*ARGS, "-p", "no:xdist"]
    sample.with_name("test_b.py").write_text("def test_b():\n    assert False\n")
    pytester.runpytest_inprocess(*args).assert_outcomes(passed=1, failed=1)
    pytester.runpytest_inprocess(*args, *selection).assert_outcomes(passed=passed)
    pytester.runpytest_inprocess(*args).assert_outcomes(failed=1)
    sample.with_name("test_b.py").write_text(PASSING.replace("ok", "b"))
    # (A sample's key is its directory's files: both run again.)
    pytester.runpytest_inprocess(*args).assert_outcomes(passed=2)
    # Now every test of the directory passed with its present files: it is left uncollected.
    pytester.runpytest_inprocess(*args).stdout.fnmatch_lines(["collected 0 items"])


def test_after_the_tools_change_a_named_run_leaves_every_core_to_the_next(
    pytester, sample
):
    """Every key holds the tools' digest: after they change, everything is verified again, on
    every core, even when a run of one named test came first."""
    pytester.runpytest_inprocess(*ARGS, "-p", "no:xdist").assert_outcomes(passed=1)
    (pytester.path / "conftest.py").write_text("# a change to the tools\n")
    pytester.runpytest_inprocess(
        *ARGS, "-p", "no:xdist", "snippets/a/test_a.py"
    ).assert_outcomes(passed=1)
    third = pytester.runpytest_inprocess(*ARGS, "--numprocesses=auto")
    assert started_workers(third)


def test_a_run_with_little_to_verify_starts_no_workers(pytester, sample):
    """pytest-xdist asks how many workers to start before pytest_configure: the record must
    already be read then, or every run after an edit pays for starting workers."""
    pytester.runpytest_inprocess(*ARGS, "-p", "no:xdist").assert_outcomes(passed=1)
    sample.write_text(PASSING.replace("ok", "still_ok"))  # an edit: one test to run
    second = pytester.runpytest_inprocess(*ARGS, "--numprocesses=auto")
    second.assert_outcomes(passed=1)
    assert not started_workers(second)


def started_workers(result: pytest.RunResult) -> bool:
    """pytest-xdist says so ("created: 2/2 workers") before its first test."""
    return "created: " in result.stdout.str()


def test_reads_are_what_a_test_opens_and_lists(tmp_path, monkeypatch):
    """Files opened for reading and directories listed, by any thread, in the project or in the
    built site; not what is written, nor what lies elsewhere; nothing stays wrapped after."""
    project, site = tmp_path / "project", tmp_path / "site"
    (project / "docs").mkdir(parents=True)
    (site / "a").mkdir(parents=True)
    (project / "docs" / "a.md").write_text("a")
    (site / "a" / "index.html").write_text("<p>a</p>")
    (tmp_path / "elsewhere.txt").write_text("x")
    monkeypatch.setattr(incremental.pages, "ROOT", project)
    unwrapped = (builtins.open, io.open, os.listdir, os.scandir)
    reads = incremental.Reads()
    reads.site = str(site)
    reads.open()
    (project / "docs" / "a.md").read_text()
    (project / "written.txt").write_text("w")
    (tmp_path / "elsewhere.txt").read_text()
    sorted((project / "docs").iterdir())
    server = threading.Thread(target=(site / "a" / "index.html").read_bytes)
    server.start()
    server.join()
    assert reads.close() == {
        "file:docs/a.md",
        "dir:docs",
        "file:@site/a/index.html",
    }
    assert (builtins.open, io.open, os.listdir, os.scandir) == unwrapped


def test_a_site_tests_key_follows_what_it_read_and_nothing_else(tmp_path):
    site = tmp_path / "site"
    (site / "a").mkdir(parents=True)
    (site / "b").mkdir()
    (site / "a" / "index.html").write_text("<p>a</p>")
    (site / "b" / "index.html").write_text("<p>b</p>")
    (tmp_path / "test_site.py").write_text("")
    inputs = incremental.Inputs(tmp_path)
    read = ["file:@site/a/index.html", incremental.LISTING]

    def key(built):
        return incremental.read_key(
            tmp_path / "test_site.py",
            read,
            incremental.SiteFiles(incremental.Inputs(tmp_path), built).digest,
            inputs,
            "global",
        )

    before = key(site)
    (site / "b" / "index.html").write_text("<p>b, edited</p>")  # another page
    assert key(site) == before
    (site / "a" / "index.html").write_text("<p>a, edited</p>")
    assert key(site) != before
    assert key(None) is None  # no built site (its build failed): the test runs


@pytest.fixture
def site_project(pytester, monkeypatch):
    """A project of its own whose site test reads one of two pages."""
    own_project(pytester, monkeypatch, testpaths="tests")
    for name in ("a", "b"):
        page = pytester.path / "docs" / "en" / f"{name}.md"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(f"# {name}\n")
    (pytester.path / "tests").mkdir()
    (pytester.path / "tests" / "test_site.py").write_text(
        "from pathlib import Path\n\n\n"
        "def test_page_a_has_a_title():\n"
        "    assert Path('docs/en/a.md').read_text().startswith('# ')\n"
    )
    return pytester.path


def test_a_site_test_runs_again_only_when_what_it_read_changed(pytester, site_project):
    args = [*ARGS, "-p", "no:xdist"]
    pytester.runpytest_inprocess(*args).assert_outcomes(passed=1)
    second = pytester.runpytest_inprocess(*args)
    second.assert_outcomes()
    assert "(1 site)" in second.stdout.str()
    (site_project / "docs" / "en" / "b.md").write_text("no title\n")  # not read
    pytester.runpytest_inprocess(*args).assert_outcomes()
    (site_project / "docs" / "en" / "a.md").write_text("no title\n")
    pytester.runpytest_inprocess(*args).assert_outcomes(failed=1)


def test_a_site_test_reads_a_sample_as_pages_show_it(tmp_path):
    """What follows the shown part of a sample (a declared outcome) is no input of a site test."""
    sample = tmp_path / "snippets" / "a" / "test_a.py"
    sample.parent.mkdir(parents=True)
    shown = "# --8<-- [start:sample]\nx = 1\n# --8<-- [end:sample]\n"
    sample.write_text(shown + "outcome = 1\n")

    def digest():
        files = incremental.SiteFiles(incremental.Inputs(tmp_path), None)
        return files.digest("file:snippets/a/test_a.py")

    before = digest()
    sample.write_text(shown + "outcome = 2\n")
    assert digest() == before
    sample.write_text(shown.replace("x = 1", "x = 2") + "outcome = 2\n")
    assert digest() != before


# The site's build, as a test project's: each page of docs/en/ as a file of the site.
FAKE_BUILD = """import pathlib, sys
site = pathlib.Path(sys.argv[1])
site.mkdir(parents=True)
for page in pathlib.Path("docs/en").glob("*.md"):
    (site / (page.stem + ".html")).write_text("<h1>" + page.read_text() + "</h1>")
"""


@pytest.fixture
def built_site_project(pytester, monkeypatch, site_project):
    """The project above, with a built site: its site test reads page a of the site, and two other
    tests read no site. Every decision on site tests is noted with whether the first other test had
    run (the decision comes before the last other test: its teardown must know what runs next)."""
    monkeypatch.setattr(
        site_build,
        "command",
        lambda site_dir: [sys.executable, "-c", FAKE_BUILD, str(site_dir)],
    )
    (site_project / "tests" / "test_site.py").write_text(
        "from tools import site_build\n\n\n"
        "def test_page_a_is_built(request):\n"
        "    site, failure = site_build.built(request.config)\n"
        "    assert site is not None, failure\n"
        "    assert '<h1># ' in (site / 'a.html').read_text()\n"
    )
    (site_project / "tests" / "test_other.py").write_text(
        "def test_first():\n    open('other-ran', 'w').close()\n\n\n"
        "def test_last():\n    pass\n"
    )
    decisions = []
    decide = incremental.decide_site_tests

    def noted(state, config, items):
        ran = (site_project / "other-ran").exists()
        decisions.append((ran, [item.name for item in items]))
        return decide(state, config, items)

    monkeypatch.setattr(incremental, "decide_site_tests", noted)
    return site_project, decisions


def test_site_tests_are_decided_once_the_site_is_built_after_the_other_tests(
    pytester, built_site_project
):
    """A run whose site must be built again runs the other tests while it builds, then decides on
    the site tests with the built site (one process)."""
    project, decisions = built_site_project
    args = [*ARGS, "-p", "no:xdist"]
    pytester.runpytest_inprocess(*args).assert_outcomes(passed=3)
    (project / "other-ran").unlink()
    (project / "docs" / "en" / "b.md").write_text("# b, edited\n")  # a.html is the same
    second = pytester.runpytest_inprocess(*args)
    second.assert_outcomes(passed=2)
    assert "(1 site)" in second.stdout.str()
    assert decisions[-1] == (True, ["test_page_a_is_built"])
    (project / "other-ran").unlink()
    (project / "docs" / "en" / "a.md").write_text("no title\n")  # a.html changes
    pytester.runpytest_inprocess(*args).assert_outcomes(passed=2, failed=1)
    assert decisions[-1] == (True, ["test_page_a_is_built"])


class FakeItem:
    """What the order of the site's tests reads of a pytest item."""

    def __init__(self, nodeid: str, *fixturenames: str) -> None:
        self.nodeid, self.fixturenames = nodeid, list(fixturenames)


def test_after_the_build_the_browser_modules_run_one_after_another():
    """Decided after the build, the site's tests run with the modules that use a browser together
    (each module whole, in pytest's order), so that one Chromium serves them all."""
    items = [
        FakeItem("tests/test_site.py::test_links"),
        FakeItem("tests/test_accessibility.py::test_page[a]", "browser", "axe_page"),
        FakeItem("tests/test_downloads.py::test_zips"),
        FakeItem("tests/test_browser.py::test_search", "browser", "page"),
        FakeItem("tests/test_browser.py::test_no_browser"),
        FakeItem("tests/test_accessibility.py::test_page[b]", "browser", "axe_page"),
    ]
    ordered = incremental.browser_modules_first(items)
    assert [item.nodeid for item in ordered] == [
        "tests/test_accessibility.py::test_page[a]",
        "tests/test_browser.py::test_search",
        "tests/test_browser.py::test_no_browser",
        "tests/test_accessibility.py::test_page[b]",
        "tests/test_site.py::test_links",
        "tests/test_downloads.py::test_zips",
    ]
