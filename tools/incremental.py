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
- the site's tests (build, browser, accessibility, downloads): what each one read while it ran, it
  and its fixtures (every file opened and every directory listed, in the project and in the built
  site, by the test's process and its local server's threads; a sample as pages show it), the
  built site's list of files, the MkDocs configurations and the theme; a run that has such tests
  to decide on builds the site first (in the background, while pytest collects) unless nothing
  the build reads has changed;
- the tools' unit tests (tests/test_tool_*.py, on inline inputs): the tests and the MkDocs
  configurations (the languages);
- a test module that declares its INPUTS (the self-test: the files it breaks): those, and the tests;
  the type check: the tools alone;
- a check of one page (tests/test_pages.py and the glossary, translation and inline-code checks):
  the page in every language, the files it includes, the glossary and the translation records;
- anything else always runs (the checks across all pages and snippets: about a second in all).

Everything is verified when CI is set, with --verify-all, on any run that names what to run, and
when the record is missing, unreadable or altered (it carries a checksum of itself): a record can
skip work, never hide a failure. Every run adds what it verified to the record (a test that failed
leaves it); a sample directory is recorded as verified, and not collected next time, only after a
run that collected every test path and verified each of its tests with its present files.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tools import pages
from tools.files import write_whole

# One record per Python: `python -m tools.pythons` runs the samples on the others.
RECORD = (
    pages.ROOT
    / ".cache"
    / f"verified-{sys.version_info.major}.{sys.version_info.minor}.json"
)
FORMAT = 2

GLOBAL_INPUTS = [
    "pyproject.toml",
    ".python-version",
    "conftest.py",
    "tests/conftest.py",
    "tools/**/*.py",
]
# What the site's build reads, beside the shown parts of snippets and the zips' files.
SITE_INPUTS = [
    "docs/**/*",
    "mkdocs.yml",
    "mkdocs.*.yml",
    "tools/theme/**/*",
    "locales/**/*",
]
# The site's look: what a browser may keep from one test to the next (its stylesheets and scripts).
CHROME_INPUTS = ["mkdocs.yml", "mkdocs.*.yml", "tools/theme/**/*"]
# The languages the tools read (tools/languages.py loads the MkDocs configurations).
TOOL_TEST_INPUTS = ["mkdocs.yml", "mkdocs.*.yml"]
# Keyed by what they read (Reads, below).
SITE_TESTS = (
    "tests/test_site.py",
    "tests/test_browser.py",
    "tests/test_accessibility.py",
    "tests/test_downloads.py",
)


class Inputs:
    """Digests of files and groups of files, each read once per run."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root or pages.ROOT
        self._files: dict[Path, str] = {}
        self._globbed: dict[tuple[str, ...], list[Path]] = {}
        self._trees: dict[Path, list[Path]] = {}
        self._digests: dict[tuple[frozenset[Path], tuple[str, ...]], str] = {}
        self._downloads: str | None = None
        self._snippet_structure: str | None = None
        self._shown: str | None = None

    def file(self, path: Path) -> str:
        if path not in self._files:
            try:
                self._files[path] = hashlib.sha256(path.read_bytes()).hexdigest()
            except OSError:
                self._files[path] = "missing"
        return self._files[path]

    def paths(self, patterns: list[str]) -> list[Path]:
        # Globbed once per run (the site's tests ask for the same patterns hundreds of times): every
        # key of a run then describes the same tree.
        key = tuple(patterns)
        if key not in self._globbed:
            self._globbed[key] = sorted(
                {
                    p
                    for pattern in patterns
                    for p in self.root.glob(pattern)
                    if p.is_file()
                    and "__pycache__" not in p.parts
                    and ".pytest_cache" not in p.parts
                }
            )
        return list(self._globbed[key])

    def tree(self, directory: Path) -> list[Path]:
        """Every file under a directory (listed once per run: its outputs share it)."""
        if directory not in self._trees:
            self._trees[directory] = [
                p
                for p in directory.rglob("*")
                if p.is_file()
                and "__pycache__" not in p.parts
                and ".pytest_cache" not in p.parts
            ]
        return list(self._trees[directory])

    def digest(self, paths: list[Path], *extra: str) -> str:
        # Many tests share their inputs (a page's dozen checks, the tools' tests): hashed once a run.
        key = (frozenset(paths), extra)
        if key not in self._digests:
            h = hashlib.sha256()
            for part in extra:
                h.update(part.encode() + b"\0")
            for path in sorted(key[0]):
                h.update(
                    str(path.relative_to(self.root)).encode()
                    + b"\0"
                    + self.file(path).encode()
                    + b"\0"
                )
            self._digests[key] = h.hexdigest()
        return self._digests[key]

    def downloads(self) -> str:
        """The files of every page's download, as the zips hold them (samples as shown)."""
        if self._downloads is None:
            from tools.site.downloads import download_for

            h = hashlib.sha256()
            for page in pages.pages():
                dl = download_for(page)
                for rel, data in sorted(dict(dl.files).items()) if dl else ():
                    h.update(f"{page}:{rel}:".encode() + hashlib.sha256(data).digest())
            self._downloads = h.hexdigest()
        return self._downloads

    def snippet_structure(self) -> str:
        """Which snippet files exist and which sections they declare (what includes resolve to)."""
        if self._snippet_structure is None:
            files = [p for p in self.paths(["snippets/**/*"]) if p.suffix != ".pyc"]
            shape = [
                f"{p.relative_to(self.root)}:{','.join(pages.sections(p)) if p.suffix == '.py' else ''}"
                for p in files
            ]
            self._snippet_structure = hashlib.sha256(
                "\n".join(shape).encode()
            ).hexdigest()
        return self._snippet_structure

    def shown(self) -> str:
        """What every page shows of the files it includes (a section, or a file as shown)."""
        if self._shown is None:
            from tools import translations

            h = hashlib.sha256()
            for page in pages.pages():
                for inc in pages.includes(page):
                    try:
                        text = translations.shown_text(inc.path, inc.section)
                    except (OSError, UnicodeDecodeError, StopIteration):
                        text = "missing"  # the page checks say what is wrong
                    h.update(f"{inc.path}:{inc.section}:{text}\0".encode())
            self._shown = h.hexdigest()
        return self._shown

    def built(self, global_digest: str) -> str:
        """Everything the site's build reads: when it is unchanged, so is the built site."""
        return self.digest(
            self.paths(SITE_INPUTS),
            global_digest,
            self.snippet_structure(),
            self.shown(),
            self.downloads(),
        )


def sample_dir_key(directory: Path, inputs: Inputs, global_digest: str) -> str:
    """A sample's verdict: the files of its directory (outputs aside) and the conftest.py files above."""
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
    return inputs.digest(own + [p for p in above if p.exists()], global_digest)


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
        return Key("samples", sample_dir_key(path.parent, inputs, global_digest))
    if (
        str(rel) == "tests/test_outputs.py"
        and (output := getattr(item, "callspec", None)) is not None
    ):
        out = output.params.get("output")
        if out is None:
            return None
        from tools.outputs import READER_CONFIG

        tree = inputs.tree(out.path.parent)
        return Key(
            "outputs", inputs.digest(tree + [READER_CONFIG] + module, global_digest)
        )
    if str(rel) in SITE_TESTS:
        return None  # keyed once it has run, by what it read (Reads)
    if (call := getattr(item, "callspec", None)) is not None and "page" in call.params:
        # A check of one page: the page in every language, what it includes, the glossary and the
        # translation records.
        page = Path(str(call.params["page"]))
        versions = [
            inputs.root / pages.counterpart(page, lang) for lang in pages.LANGUAGES
        ]
        included = [
            inputs.root / inc.path
            for inc in pages.includes(pages.counterpart(page, pages.LANGUAGES[0]))
        ]
        extra = [
            inputs.root / "locales/ja/glossary.yml",
            inputs.root / "locales/ja/translations.json",
        ]
        return Key(
            "pages",
            inputs.digest([*versions, *included, *extra, *module], global_digest),
        )
    # Mypy: the tools and their configuration.
    if item.nodeid == "tests/test_lint.py::test_tools_are_typed":
        return Key("types", global_digest)
    if rel.parent.name == "tests" and rel.name.startswith("test_tool_"):
        # The tools' unit tests: their inputs are inline, beside the tools and the pins.
        paths = inputs.paths(["tests/**/*.py", *TOOL_TEST_INPUTS])
        return Key("tool tests", inputs.digest(paths, global_digest))
    if (declared := getattr(getattr(item, "module", None), "INPUTS", None)) is not None:
        # A test module that says what its verdicts depend on (tests/test_self.py).
        paths = inputs.paths(["tests/**/*.py", *declared])
        return Key("self-test", inputs.digest(paths, global_digest))
    return None


# -- what a site test reads ------------------------------------------------------------------------

SITE = "@site/"  # an entry in the built site, wherever this run built it
# The built site's list of files: a test may check that a file exists without opening it.
LISTING = "@listing"
IGNORED_PARTS = {".venv", ".git", "__pycache__", ".pytest_cache", "node_modules"}


class Reads:
    """Every file opened for reading and every directory listed, by any thread of this process,
    while at least one window is open: as entries relative to the project ("file:docs/en/index.md")
    or to the built site ("file:@site/index.html"). `open` (builtins and io, which pathlib and
    zipfile call), `os.listdir` and `os.scandir` are wrapped while a window is open (not an audit
    hook: Python code run while a thread installs coverage's trace function lets another thread
    start doing the same, which then fails ("Cannot install a trace function while another trace
    function is being installed"); a server thread lost so left the browser waiting.)"""

    def __init__(self) -> None:
        self.windows: list[set[str]] = []
        self.site: str | None = None  # the built site's directory, once known
        self._originals: list[tuple[object, str, object]] = []

    def open(self) -> None:
        if not self.windows:
            self._wrap()
        self.windows.append(set())

    def close(self) -> set[str]:
        window = self.windows.pop()
        if not self.windows:
            for owner, name, original in self._originals:
                setattr(owner, name, original)
            self._originals = []
        return window

    def _wrap(self) -> None:
        import builtins
        import io

        real_open, real_listdir, real_scandir = builtins.open, os.listdir, os.scandir

        def opened(file, mode="r", *args, **kwargs):
            if not (isinstance(mode, str) and any(c in mode for c in "wax+")):
                self.saw("file:", file)  # read, not written
            return real_open(file, mode, *args, **kwargs)

        def listdir(path="."):
            self.saw("dir:", path)
            return real_listdir(path)

        def scandir(path="."):
            self.saw("dir:", path)
            return real_scandir(path)

        for owner, name, wrapper in (
            (builtins, "open", opened),
            (io, "open", opened),
            (os, "listdir", listdir),
            (os, "scandir", scandir),
        ):
            self._originals.append((owner, name, getattr(owner, name)))
            setattr(owner, name, wrapper)

    def saw(self, kind: str, path: object) -> None:
        try:
            entry = self.entry(path if path is not None else ".")
            if entry is not None:
                for window in list(self.windows):
                    window.add(kind + entry)
        except Exception:  # recording must never break the operation it watches
            return

    def entry(self, path: object) -> str | None:
        if isinstance(path, bytes):
            path = os.fsdecode(path)
        if not isinstance(path, (str, os.PathLike)):
            return None  # a file descriptor
        full = os.path.abspath(os.fspath(path))
        if self.site and (full + "/").startswith(self.site + "/"):
            return SITE + os.path.relpath(full, self.site)
        root = str(pages.ROOT)
        if not full.startswith(root + "/"):
            return None  # the Python, the packages, temporary files
        rel = os.path.relpath(full, root)
        if IGNORED_PARTS.intersection(rel.split("/")):
            return None
        return rel


READS = Reads()


def forget_cached_reads() -> None:
    """The tools cache what they read (functools.cache): a test must read again what it uses, or
    its key would miss it."""
    for name, module in list(sys.modules.items()):
        if name == "tools" or name.startswith("tools."):
            for value in list(vars(module).values()):
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()


class SiteFiles:
    """Digests of entries, read from the project and from a built site."""

    def __init__(
        self, inputs: Inputs, site: Path | None | Callable[[], Path | None]
    ) -> None:
        # The built site, or how to get it (a build) when an entry there is first asked for.
        self.inputs, self._site = inputs, site
        self._digests: dict[str, str] = {}

    @property
    def site(self) -> Path | None:
        if callable(self._site):
            self._site = self._site()
        return self._site if isinstance(self._site, Path) else None

    def digest(self, entry: str) -> str | None:
        """None when the entry is in the built site and there is none."""
        if entry not in self._digests:
            kind, _, rel = entry.partition(":")
            if in_built_site(entry):
                site = self.site
                if site is None:
                    return None
                root, rel = site, rel.removeprefix(SITE)
            else:
                root = self.inputs.root
            if entry == LISTING:
                names = sorted(
                    str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()
                )
                value = hashlib.sha256("\n".join(names).encode()).hexdigest()
            elif kind == "dir":
                try:
                    listed = sorted(os.listdir(root / rel))
                    value = hashlib.sha256("\n".join(listed).encode()).hexdigest()
                except OSError:
                    value = "missing"
            elif rel.startswith("snippets/") and rel.endswith(".py"):
                value = shown_digest(root / rel)
            else:
                value = self.inputs.file(root / rel)
            self._digests[entry] = value
        return self._digests[entry]


def shown_digest(path: Path) -> str:
    """A sample as the site uses it: as pages show it, with the sections it declares. What follows
    the shown part (a declared outcome, a hidden check) is the samples' own tests' concern."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return "missing"
    markers = ",".join(m.group(0) for m in pages.SECTION.finditer(text))
    shown = pages.as_shown(text) + "\0" + markers
    return hashlib.sha256(shown.encode()).hexdigest()


Digests = Callable[[str], str | None]  # an entry's digest, None when it cannot be read


def read_key(
    module: Path,
    entries: list[str],
    digest_of: Digests,
    inputs: Inputs,
    global_digest: str,
) -> str | None:
    """A site test's key: its module, the site's look, and each entry it read with its digest;
    None when an entry cannot be read (no built site)."""
    h = hashlib.sha256(
        inputs.digest([module, *inputs.paths(CHROME_INPUTS)], global_digest).encode()
    )
    for entry in sorted(entries):
        value = digest_of(entry)
        if value is None:
            return None
        h.update(f"{entry}={value}\0".encode())
    return h.hexdigest()


# -- the record ----------------------------------------------------------------------------------


@dataclass
class Record:
    verified: dict[str, str] = field(default_factory=dict)  # node id -> key
    # A sample directory whose every test passed: its key and how many tests it holds. A run can
    # then leave the whole directory uncollected (its modules are not even imported).
    dirs: dict[str, list] = field(default_factory=dict)
    # The inputs of every verdict (the tools, the pins, the Python), and of the site's look, when a
    # run last collected every test path: a run that then finds them changed has everything to
    # verify again (and uses every core).
    global_digest: str = ""
    site_digest: str = ""
    # A site test: what it read (node id -> entries); the digests of the built site's entries
    # among them, and the digest of what that build read.
    reads: dict[str, list[str]] = field(default_factory=dict)
    site_files: dict[str, str] = field(default_factory=dict)
    built: str = ""

    def as_dict(self) -> dict:
        return {
            "verified": self.verified,
            "dirs": self.dirs,
            "global": self.global_digest,
            "site": self.site_digest,
            "reads": self.reads,
            "site_files": self.site_files,
            "built": self.built,
        }


def checksum(data: dict) -> str:
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()


def load_record(path: Path | None = None) -> tuple[Record, str | None]:
    """The recorded keys, and why the record was discarded (None when it was usable)."""
    path = path or RECORD  # read at call time: the tests point RECORD elsewhere
    if not path.exists():
        return Record(), "no record of earlier runs"
    name = path.name
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            return Record(), f"{name} is from another format: discarded"
        body = {
            k: data[k]
            for k in (
                "verified",
                "dirs",
                "global",
                "site",
                "reads",
                "site_files",
                "built",
            )
        }
        if data.get("checksum") != checksum(body):
            return Record(), f"{name} was altered: discarded"
        verified = {str(k): str(v) for k, v in body["verified"].items()}
        dirs = {str(k): [str(v[0]), int(v[1])] for k, v in body["dirs"].items()}
        reads = {str(k): [str(e) for e in v] for k, v in body["reads"].items()}
        site_files = {str(k): str(v) for k, v in body["site_files"].items()}
        return (
            Record(
                verified,
                dirs,
                str(body["global"]),
                str(body["site"]),
                reads,
                site_files,
                str(body["built"]),
            ),
            None,
        )
    except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError):
        return Record(), f"{name} is unreadable: discarded"


def save_record(record: Record, path: Path | None = None) -> None:
    body = record.as_dict()
    write_whole(
        path or RECORD,
        json.dumps({"format": FORMAT, **body, "checksum": checksum(body)}),
    )


# -- pytest plugin -------------------------------------------------------------------------------

STATE = pytest.StashKey["State"]()


@dataclass
class State:
    active: bool  # leave out what the record says is verified
    why_not: str | None  # why everything is verified
    record: Record
    inputs: Inputs
    global_digest: str
    # Node id -> key, for the tests collected here.
    keys: dict[str, str] = field(default_factory=dict)
    skipped: Counter = field(default_factory=Counter)
    # Every sample test collected, selected or not.
    collected_samples: set[str] = field(default_factory=set)
    # The run collected every test path (no files or tests named on the command line).
    whole_tree: bool = False
    passed: set[str] = field(default_factory=set)
    failed: set[str] = field(default_factory=set)
    # Site tests: what each read in this run.
    reads: dict[str, list[str]] = field(default_factory=dict)
    # The site is being built in the background (pytest_configure).
    building: bool = False
    # Site tests decided once the site is built, after the other tests have run (one process).
    undecided: list[pytest.Item] = field(default_factory=list)
    _built: str | None = None
    _site_files: SiteFiles | None = None

    def site_files(self, site: Path | None) -> Digests:
        """Digests of entries, the built site's from `site` (one reader per run)."""
        if self._site_files is None or self._site_files.site != site:
            self._site_files = SiteFiles(self.inputs, site)
        return self._site_files.digest

    def built(self) -> str:
        if self._built is None:
            self._built = self.inputs.built(self.global_digest)
        return self._built


def pytest_addoption(parser):
    parser.getgroup("incremental").addoption(
        "--verify-all",
        action="store_true",
        help="verify everything, ignoring the record of what earlier runs verified "
        "(.cache/verified-<python>.json); CI=true does the same",
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


def state_of(config: pytest.Config) -> State:
    """The run's state, made on first use: pytest-xdist asks how many workers to start
    (pytest_xdist_auto_num_workers, from its pytest_cmdline_main) before pytest_configure runs."""
    state = config.stash.get(STATE, None)
    if state is None:
        why_not = reason_to_verify_everything(config)
        # Loaded even when everything runs: what this run verifies is added to it, not put in its
        # place (a run of one named test used to leave a record of that test alone).
        record, discarded = load_record()
        inputs = Inputs()
        state = config.stash[STATE] = State(
            active=why_not is None,
            why_not=why_not or discarded,
            whole_tree=config.args_source == pytest.Config.ArgsSource.TESTPATHS,
            record=record,
            inputs=inputs,
            global_digest=inputs.digest(inputs.paths(GLOBAL_INPUTS), sys.version),
        )
    return state


@pytest.hookimpl(trylast=True)  # after pytest's temporary directories are set up
def pytest_configure(config: pytest.Config) -> None:
    state = state_of(config)
    if (
        state.active
        and not hasattr(config, "workerinput")
        and any(in_built_site(e) for es in state.record.reads.values() for e in es)
        and state.record.built != state.built()
    ):
        # The site's tests are decided on the built site: build it while pytest collects.
        from tools import site_build

        site_build.start(config)
        state.building = True


@pytest.hookimpl(tryfirst=True, optionalhook=True)
def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """After an edit, few tests are left to run: one process starts faster than several. When the
    tools, the pins or the Python changed (everything runs again), or the site's look did (every
    page in the browser), every core is used."""
    state = state_of(config)
    if (
        state.active
        and state.record.global_digest == state.global_digest
        and state.record.site_digest == site_digest(state)
    ):
        return 0
    return None


def site_digest(state: State) -> str:
    """The site's look: what every page's verdict in a browser depends on."""
    inputs = state.inputs
    return inputs.digest(inputs.paths(CHROME_INPUTS), state.global_digest)


def verified_dir(directory: Path, state: State) -> int | None:
    """The number of tests in a sample directory (and the sample directories under it) when all of
    them were verified with the same inputs; None when anything there must run."""
    from tools.samples import has_own_config

    rel = str(directory.relative_to(pages.ROOT))
    has_tests = any(
        p.name.startswith("test_") and p.suffix == ".py" for p in directory.iterdir()
    )
    count = 0
    if has_tests:
        entry = state.record.dirs.get(rel)
        if entry is None or entry[0] != sample_dir_key(
            directory, state.inputs, state.global_digest
        ):
            return None
        count += entry[1]
    for child in directory.iterdir():
        if child.is_dir() and child.name != "__pycache__" and not has_own_config(child):
            below = verified_dir(child, state)
            if below is None:
                return None
            count += below
    return count


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    state = config.stash.get(STATE, None)
    if (
        state is None
        or not state.active
        or not collection_path.is_dir()
        or pages.SNIPPETS not in collection_path.parents
    ):
        return None
    count = verified_dir(collection_path, state)
    if not count:
        return None
    state.skipped["samples"] += count
    return True


def is_site_test(item: pytest.Item) -> bool:
    return item.nodeid.split("::")[0] in SITE_TESTS


def in_built_site(entry: str) -> bool:
    return entry == LISTING or entry.partition(":")[2].startswith(SITE)


def digests_for_decisions(state: State, config: pytest.Config) -> Digests:
    """Digests of what the site's tests read: the record's for the built site when nothing the build
    reads has changed; otherwise this run's build (started at configure), or None if it failed."""
    project = SiteFiles(state.inputs, None)
    if state.record.built == state.built():
        recorded = state.record.site_files
        return lambda e: recorded.get(e) if in_built_site(e) else project.digest(e)
    from tools import site_build

    # Built on first use; a failed build leaves every site test to run, and say why.
    return SiteFiles(state.inputs, lambda: site_build.built(config)[0]).digest


def may_wait_for_the_site(config: pytest.Config, state: State) -> bool:
    """Whether the site tests' decision can wait for the build while the other tests run: one
    process (pytest-xdist's workers each decide at collection) that runs tests."""
    return (
        state.active
        and state.building
        and not config.pluginmanager.has_plugin("dsession")
        and not hasattr(config, "workerinput")
        and not config.option.collectonly
    )


def decide_site_tests(
    state: State, config: pytest.Config, items: list[pytest.Item]
) -> tuple[list[pytest.Item], list[pytest.Item]]:
    """The site tests to run, and those whose every read entry is as when they passed."""
    keep, skip = [], []
    digest_of = None
    for item in items:
        entries = state.record.reads.get(item.nodeid)
        if state.active and entries is not None:
            digest_of = digest_of or digests_for_decisions(state, config)
            key = read_key(
                Path(item.path), entries, digest_of, state.inputs, state.global_digest
            )
            if key is not None and state.record.verified.get(item.nodeid) == key:
                state.keys[item.nodeid] = key
                state.reads[item.nodeid] = entries
                skip.append(item)
                state.skipped["site"] += 1
                continue
        keep.append(item)
    return keep, skip


def pytest_deselected(items: list[pytest.Item]) -> None:
    """What -k, -m or --deselect leaves out counts as collected: a sample directory is recorded as
    verified only when every test collected in it is (sample_dir_entries)."""
    if items:
        note_collected(items[0].config.stash[STATE], items)


def note_collected(state: State, items: list[pytest.Item]) -> None:
    state.collected_samples.update(
        item.nodeid for item in items if item.nodeid.startswith("snippets/")
    )


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(
    session: pytest.Session, config: pytest.Config, items: list[pytest.Item]
) -> None:
    state = config.stash[STATE]
    note_collected(state, items)
    keep, skip, site = [], [], []
    for item in items:
        if is_site_test(item):
            site.append(item)
            continue
        found = item_key(item, state.inputs, state.global_digest)
        if found is not None:
            state.keys[item.nodeid] = found.value
        if (
            found is not None
            and state.active
            and state.record.verified.get(item.nodeid) == found.value
        ):
            skip.append(item)
            state.skipped[found.kind] += 1
        else:
            keep.append(item)
    if site and may_wait_for_the_site(config, state):
        # The site is still building: the other tests run first, then the site tests are decided
        # on the built site (pytest_runtestloop), instead of every test waiting for the build.
        state.undecided = site
        keep += site
    else:
        skip += decide_site_tests(state, config, site)[1]
        left_out = set(map(id, skip))
        keep = [item for item in items if id(item) not in left_out]
    if skip:
        config.hook.pytest_deselected(items=skip)
    items[:] = keep


def browser_modules_first(items: list[pytest.Item]) -> list[pytest.Item]:
    """The modules whose tests use a browser, one after another (each in pytest's order): they share
    one Chromium (tests/conftest.py), which a module with no browser test between them would close."""
    with_browser = {
        item.nodeid.split("::")[0]
        for item in items
        if "browser" in getattr(item, "fixturenames", ())
    }
    return sorted(
        items, key=lambda item: item.nodeid.split("::")[0] not in with_browser
    )


@pytest.hookimpl(tryfirst=True)
def pytest_runtestloop(session: pytest.Session) -> bool | None:
    """pytest's own loop, except that the site tests waiting for the build are decided before the
    last other test runs: a test's teardown needs to know which test comes next."""
    state = session.config.stash.get(STATE, None)
    if state is None or not state.undecided:
        return None
    if session.testsfailed and not session.config.option.continue_on_collection_errors:
        return None  # pytest's loop stops the run and says why
    undecided = {item.nodeid for item in state.undecided}
    items = [item for item in session.items if item.nodeid not in undecided]
    waiting = [item for item in session.items if item.nodeid in undecided]

    def decide() -> None:
        keep, skip = decide_site_tests(state, session.config, waiting)
        state.undecided = []
        if skip:
            session.config.hook.pytest_deselected(items=skip)
            session.testscollected -= len(skip)  # the progress counts to what runs
        items.extend(browser_modules_first(keep))
        session.items[:] = items

    if not items:
        decide()
    i = 0
    while i < len(items):
        if i == len(items) - 1 and state.undecided:
            decide()
        item = items[i]
        nextitem = items[i + 1] if i + 1 < len(items) else None
        item.config.hook.pytest_runtest_protocol(item=item, nextitem=nextitem)
        if session.shouldfail:
            raise session.Failed(session.shouldfail)
        if session.shouldstop:
            raise session.Interrupted(session.shouldstop)
        i += 1
    return True


@pytest.hookimpl(hookwrapper=True)
def pytest_fixture_setup(fixturedef, request):
    """What a fixture reads while it is set up belongs to every test that uses it."""
    READS.open()
    try:
        yield
    finally:
        fixturedef._tap_reads = READS.close()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None):
    """A site test's key: what it and its fixtures read while it ran (setup, call, teardown)."""
    if not is_site_test(item):
        yield
        return
    from tools import site_build

    site = site_build.run_dir(item.config) / "site"
    READS.site = str(site)
    forget_cached_reads()
    READS.open()
    try:
        yield
    finally:
        entries = READS.close()
    info = getattr(item, "_fixtureinfo", None)
    for defs in getattr(info, "name2fixturedefs", {}).values():
        if defs:
            entries |= getattr(defs[-1], "_tap_reads", set())
    state = item.config.stash[STATE]
    if any(in_built_site(e) for e in entries):
        entries.add(LISTING)
    state.reads[item.nodeid] = sorted(entries)
    key = read_key(
        Path(item.path),
        state.reads[item.nodeid],
        state.site_files(site if site.is_dir() else None),
        state.inputs,
        state.global_digest,
    )
    if key is not None:
        state.keys[item.nodeid] = key


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if not _sessions:
        return
    state = _sessions[-1]
    if report.failed:
        state.failed.add(report.nodeid)
    elif report.when == "call" and (report.passed or hasattr(report, "wasxfail")):
        state.passed.add(report.nodeid)
    elif report.when == "setup" and report.skipped and hasattr(report, "wasxfail"):
        state.passed.add(report.nodeid)  # failed at setup, as declared


# The running sessions' states, innermost last: a test may run pytest in this process (pytester).
_sessions: list[State] = []


@pytest.hookimpl(tryfirst=True)
def pytest_sessionstart(session: pytest.Session) -> None:
    _sessions.append(session.config.stash[STATE])


def verified_now(state: State) -> dict[str, str]:
    return {
        nodeid: state.keys[nodeid]
        for nodeid in state.passed - state.failed
        if nodeid in state.keys
    }


def sample_dir_entries(record: Record, state: State) -> None:
    """A sample directory collected in this run is recorded as verified (with its number of tests,
    so that the next run need not collect it) only when the run collected every test path and every
    test collected in the directory is verified with the directory's present key; otherwise it is
    collected next time, and each of its tests decided by its own key."""
    collected: dict[str, list[str]] = {}
    for nodeid in state.collected_samples:
        collected.setdefault(nodeid.split("::")[0].rsplit("/", 1)[0], []).append(nodeid)
    for directory, nodeids in collected.items():
        key = sample_dir_key(pages.ROOT / directory, state.inputs, state.global_digest)
        if state.whole_tree and all(record.verified.get(n) == key for n in nodeids):
            record.dirs[directory] = [key, len(nodeids)]
        else:
            record.dirs.pop(directory, None)


# Before pytest removes a passing run's temporary directory (tmp_path_retention_policy), and the
# built site with it: the record keeps the digests of what the site's tests read there.
@pytest.hookimpl(tryfirst=True)
def pytest_sessionfinish(session: pytest.Session) -> None:
    config, state = session.config, session.config.stash[STATE]
    if _sessions and _sessions[-1] is state:
        _sessions.pop()
    if hasattr(config, "workeroutput"):
        # A pytest-xdist worker: the controller writes the record.
        config.workeroutput["incremental"] = json.dumps(
            {
                "keys": state.keys,
                "verified": sorted(verified_now(state)),
                "failed": sorted(state.failed),
                "skipped": dict(state.skipped),
                "collected": sorted(state.collected_samples),
                "reads": state.reads,
            }
        )
        return
    # What the record said of the tests and directories this run did not collect stays: each entry
    # is checked against its key when it is used. The digests move only with a run of every test
    # path: after the tools changed, a run of one named test leaves the rest to verify again.
    whole = state.whole_tree and session.exitstatus != pytest.ExitCode.INTERRUPTED
    record = Record(
        dict(state.record.verified),
        dict(state.record.dirs),
        state.global_digest if whole else state.record.global_digest,
        site_digest(state) if whole else state.record.site_digest,
    )
    for nodeid in state.failed:
        record.verified.pop(nodeid, None)
    record.verified.update(verified_now(state))
    sample_dir_entries(record, state)
    record_site_reads(record, state, config)
    save_record(record)


def record_site_reads(record: Record, state: State, config: pytest.Config) -> None:
    """What each verified site test read, and the digests of the built site's entries among them:
    from this run's build, or the record's when nothing the build reads changed."""
    from tools import site_build

    reads = {**state.record.reads, **state.reads}
    record.reads = {n: e for n, e in reads.items() if n in record.verified}
    if not record.reads:
        return
    site = site_build.run_dir(config) / "site"
    if site.is_dir():
        digest_of = state.site_files(site)
        wanted = {e for entries in record.reads.values() for e in entries}
        record.site_files = {
            e: d for e in wanted if in_built_site(e) and (d := digest_of(e)) is not None
        }
        record.built = state.built()
    elif state.record.built == state.built():
        record.site_files, record.built = (
            dict(state.record.site_files),
            state.record.built,
        )


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node, error) -> None:
    state = node.config.stash[STATE]
    data = json.loads(
        getattr(node, "workeroutput", {}).get("incremental", "{}") or "{}"
    )
    state.keys.update(data.get("keys", {}))
    state.passed.update(data.get("verified", []))
    state.failed.update(data.get("failed", []))
    state.collected_samples.update(data.get("collected", []))
    state.reads.update(data.get("reads", {}))
    if not state.skipped:  # every worker leaves out the same tests
        state.skipped.update(data.get("skipped", {}))


def pytest_terminal_summary(terminalreporter, config: pytest.Config) -> None:
    state = config.stash[STATE]
    terminalreporter.section("verification")
    if state.skipped:
        skipped = ", ".join(f"{n} {kind}" for kind, n in sorted(state.skipped.items()))
        terminalreporter.write_line(
            f"incremental: left out {sum(state.skipped.values())} tests whose inputs did not change "
            f"since they passed ({skipped}); the line-coverage gate runs only when everything is "
            "verified. Verify everything: uv run pytest --verify-all (CI=true does too)"
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
    return bool(state and state.active and state.record.verified)
