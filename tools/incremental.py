"""Incremental verification (a pytest plugin): after an edit, the test command verifies what the edit
can affect, and says what it left out.

A record, .cache/verified-<python>.json, holds for every test that passed (or failed exactly as declared) a key:
a hash of every input that can change its verdict. A test whose key is in the record is deselected on
the next run. The inputs are:
- for every test: pyproject.toml (the pins and the pytest configuration), .python-version and the
  running Python's exact version, the root and tests/ conftest.py, the tools' own code (tools/**/*.py);
- a sample (snippets/...): the files of its directory and the conftest.py files above it;
- an output (tests/test_outputs.py): its directory, with every file under it, and the reader's
  configuration;
- the site's tests (build, browser, accessibility): the pages, both MkDocs configurations, the theme,
  the UI strings and glossary, and which snippet files and sections exist (a snippet's text is shown
  inside code blocks only, which the site checks do not read; tests/test_pages.py checks that no
  snippet holds an include directive of its own);
- the self-test: the tools, the tests, and the files it breaks; the type check: the tools alone;
- anything else always runs (page and translation checks: well under a second in all).

Everything is verified when CI is set, with --verify-all, on any run that names what to run, and
when the record is missing, unreadable or altered (it carries a checksum of itself): a record can
skip work, never hide a failure.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from tools import pages

# One record per Python: `python -m tools.pythons` runs the samples on the others.
RECORD = (
    pages.ROOT
    / ".cache"
    / f"verified-{sys.version_info.major}.{sys.version_info.minor}.json"
)
FORMAT = 1

GLOBAL_INPUTS = [
    "pyproject.toml",
    ".python-version",
    "conftest.py",
    "tests/conftest.py",
    "tools/**/*.py",
]
SITE_INPUTS = [
    "docs/**/*",
    "mkdocs.yml",
    "mkdocs.*.yml",
    "tools/theme/**/*",
    "locales/**/*",
]
SITE_TESTS = (
    "tests/test_site.py",
    "tests/test_browser.py",
    "tests/test_accessibility.py",
)
SELF_TEST_INPUTS = [
    "tests/**/*.py",
    "docs/en/index.md",
    "docs/ja/index.md",
    "docs/en/getting-started/**",
    "docs/ja/getting-started/**",
    "snippets/getting_started/**/*",
    "locales/ja/translations.json",
]


class Inputs:
    """Digests of files and groups of files, each read once per run."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root or pages.ROOT
        self._files: dict[Path, str] = {}

    def file(self, path: Path) -> str:
        if path not in self._files:
            try:
                self._files[path] = hashlib.sha256(path.read_bytes()).hexdigest()
            except OSError:
                self._files[path] = "missing"
        return self._files[path]

    def paths(self, patterns: list[str]) -> list[Path]:
        found = {
            p
            for pattern in patterns
            for p in self.root.glob(pattern)
            if p.is_file()
            and "__pycache__" not in p.parts
            and ".pytest_cache" not in p.parts
        }
        return sorted(found)

    def digest(self, paths: list[Path], *extra: str) -> str:
        h = hashlib.sha256()
        for part in extra:
            h.update(part.encode() + b"\0")
        for path in sorted(set(paths)):
            h.update(
                str(path.relative_to(self.root)).encode()
                + b"\0"
                + self.file(path).encode()
                + b"\0"
            )
        return h.hexdigest()

    def snippet_structure(self) -> str:
        """Which snippet files exist and which sections they declare (what includes resolve to)."""
        files = [p for p in self.paths(["snippets/**/*"]) if p.suffix != ".pyc"]
        shape = [
            f"{p.relative_to(self.root)}:{','.join(pages.sections(p)) if p.suffix == '.py' else ''}"
            for p in files
        ]
        return hashlib.sha256("\n".join(shape).encode()).hexdigest()


@cache
def site_sources() -> dict[str, Path]:
    return {pages.site_path(page): page for page in pages.pages()}


@dataclass
class Key:
    kind: str  # what the summary calls it
    value: str


def item_key(item: pytest.Item, inputs: Inputs, global_digest: str) -> Key | None:
    """The key of a test's verdict, or None for a test that always runs."""
    path = Path(item.path)
    rel = path.relative_to(inputs.root) if inputs.root in path.parents else path
    module = [path]
    if pages.SNIPPETS in path.parents:
        directory = path.parent
        own = [
            p
            for p in directory.iterdir()
            if p.is_file() and p.suffix not in (".out", ".pyc")
        ]
        above = [
            d / "conftest.py"
            for d in directory.parents
            if pages.SNIPPETS in d.parents or d == pages.SNIPPETS
        ]
        return Key(
            "samples",
            inputs.digest(own + [p for p in above if p.exists()], global_digest),
        )
    if (
        str(rel) == "tests/test_outputs.py"
        and (output := getattr(item, "callspec", None)) is not None
    ):
        out = output.params.get("output")
        if out is None:
            return None
        from tools.outputs import READER_CONFIG

        tree = [
            p
            for p in out.path.parent.rglob("*")
            if p.is_file()
            and "__pycache__" not in p.parts
            and ".pytest_cache" not in p.parts
        ]
        return Key(
            "outputs", inputs.digest(tree + [READER_CONFIG] + module, global_digest)
        )
    if (
        str(rel) == "tests/test_accessibility.py"
        and (call := getattr(item, "callspec", None)) is not None
    ):
        # One page's audit: what its HTML is made of (its source, the theme, the configuration),
        # not the other pages.
        source = site_sources().get(call.params.get("path"))
        if source is not None:
            chrome = inputs.paths(
                ["mkdocs.yml", "mkdocs.*.yml", "tools/theme/**/*", "locales/**/*"]
            )
            shown = [inc.path for inc in pages.includes(source)]
            return Key(
                "site",
                inputs.digest(
                    [*chrome, inputs.root / source, *module], global_digest, *shown
                ),
            )
    if str(rel) in SITE_TESTS:
        site = inputs.digest(
            inputs.paths(SITE_INPUTS) + module,
            global_digest,
            inputs.snippet_structure(),
        )
        return Key("site", site)
    # Mypy: the tools and their configuration.
    if item.nodeid == "tests/test_lint.py::test_tools_are_typed":
        return Key("types", global_digest)
    if str(rel) == "tests/test_self.py":
        return Key(
            "self-test", inputs.digest(inputs.paths(SELF_TEST_INPUTS), global_digest)
        )
    return None


# -- the record ----------------------------------------------------------------------------------


def checksum(verified: dict[str, str]) -> str:
    return hashlib.sha256(json.dumps(verified, sort_keys=True).encode()).hexdigest()


def load_record(path: Path = RECORD) -> tuple[dict[str, str], str | None]:
    """The recorded keys, and why the record was discarded (None when it was usable)."""
    if not path.exists():
        return {}, "no record of earlier runs"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        verified = data["verified"]
        if (
            data.get("format") != FORMAT
            or not isinstance(verified, dict)
            or data.get("checksum") != checksum(verified)
        ):
            return (
                {},
                f"{path.relative_to(pages.ROOT)} is from another format or was altered: discarded",
            )
        return {str(k): str(v) for k, v in verified.items()}, None
    except (OSError, ValueError, KeyError, TypeError):
        return {}, f"{path.relative_to(pages.ROOT)} is unreadable: discarded"


def save_record(verified: dict[str, str], path: Path = RECORD) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as file:
        json.dump(
            {"format": FORMAT, "verified": verified, "checksum": checksum(verified)},
            file,
        )
    os.replace(tmp, path)  # whole, or not at all


# -- pytest plugin -------------------------------------------------------------------------------

STATE = pytest.StashKey["State"]()


@dataclass
class State:
    active: bool  # deselect what the record says is verified
    why_not: str | None  # why everything is verified
    record: dict[str, str]
    keys: dict[str, str]  # node id -> key, for the tests collected here
    kinds: dict[str, str]
    skipped: Counter
    passed: set[str]
    failed: set[str]


def pytest_addoption(parser):
    parser.getgroup("incremental").addoption(
        "--verify-all",
        action="store_true",
        help="verify everything, ignoring the record of what earlier runs verified (.cache/verified-<python>.json); "
        "CI=true does the same",
    )


def reason_to_verify_everything(config: pytest.Config) -> str | None:
    if os.environ.get("CI"):
        return "CI is set"
    if config.getoption("verify_all"):
        return "--verify-all"
    if config.getoption("update_outputs", False):
        return "--update-outputs"
    if config.args_source != pytest.Config.ArgsSource.TESTPATHS:
        return "the command names what to run"
    return None


def pytest_configure(config: pytest.Config) -> None:
    why_not = reason_to_verify_everything(config)
    record, discarded = load_record() if why_not is None else ({}, None)
    config.stash[STATE] = State(
        active=why_not is None,
        why_not=why_not or discarded,
        record=record,
        keys={},
        kinds={},
        skipped=Counter(),
        passed=set(),
        failed=set(),
    )


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(
    session: pytest.Session, config: pytest.Config, items: list[pytest.Item]
) -> None:
    state = config.stash[STATE]
    inputs = Inputs()
    global_digest = inputs.digest(inputs.paths(GLOBAL_INPUTS), sys.version)
    keep, skip = [], []
    for item in items:
        key = item_key(item, inputs, global_digest)
        if key is not None:
            state.keys[item.nodeid], state.kinds[item.nodeid] = key.value, key.kind
        if (
            key is not None
            and state.active
            and state.record.get(item.nodeid) == key.value
        ):
            skip.append(item)
            state.skipped[key.kind] += 1
        else:
            keep.append(item)
    if skip:
        config.hook.pytest_deselected(items=skip)
        items[:] = keep


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    state = _state.get("current")
    if state is None:
        return
    if report.failed:
        state.failed.add(report.nodeid)
    elif report.when == "call" and (report.passed or hasattr(report, "wasxfail")):
        state.passed.add(report.nodeid)
    elif report.when == "setup" and report.skipped and hasattr(report, "wasxfail"):
        state.passed.add(report.nodeid)  # failed at setup, as declared


_state: dict[str, State] = {}


@pytest.hookimpl(tryfirst=True)
def pytest_sessionstart(session: pytest.Session) -> None:
    _state["current"] = session.config.stash[STATE]


def verified_now(state: State) -> dict[str, str]:
    return {
        nodeid: state.keys[nodeid]
        for nodeid in state.passed - state.failed
        if nodeid in state.keys
    }


def pytest_sessionfinish(session: pytest.Session) -> None:
    config, state = session.config, session.config.stash[STATE]
    # A pytest-xdist worker: the controller writes the record.
    if hasattr(config, "workeroutput"):
        config.workeroutput["incremental"] = json.dumps(
            {
                "verified": verified_now(state),
                "failed": sorted(state.failed),
                "skipped": dict(state.skipped),
            }
        )
        return
    record = dict(state.record)
    for nodeid in state.failed:
        record.pop(nodeid, None)
    record.update(verified_now(state))
    save_record(record)


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node, error) -> None:
    state = node.config.stash[STATE]
    data = json.loads(
        getattr(node, "workeroutput", {}).get("incremental", "{}") or "{}"
    )
    for nodeid, key in data.get("verified", {}).items():
        state.keys[nodeid] = key
        state.passed.add(nodeid)
    state.failed.update(data.get("failed", []))
    if not state.skipped:  # every worker deselects the same tests
        state.skipped.update(data.get("skipped", {}))


def pytest_terminal_summary(terminalreporter, config: pytest.Config) -> None:
    state = config.stash[STATE]
    terminalreporter.section("verification")
    if state.skipped:
        skipped = ", ".join(f"{n} {kind}" for kind, n in sorted(state.skipped.items()))
        terminalreporter.write_line(
            f"incremental: left out {sum(state.skipped.values())} tests whose inputs did not change since they "
            f"passed ({skipped}); the line-coverage gate runs only when everything is verified. "
            "Verify everything: uv run pytest --verify-all (CI=true does too)"
        )
    elif state.why_not:
        terminalreporter.write_line(f"everything verified ({state.why_not})")
    else:
        terminalreporter.write_line(
            "everything verified (nothing was verified before with the same inputs)"
        )


def may_leave_out(config: pytest.Config) -> bool:
    """Whether this run may leave out tests that an earlier run verified (known before collection)."""
    state = config.stash.get(STATE, None)
    return bool(state and state.active and state.record)
