"""Every page with samples offers them as a zip (tools/site/downloads.py): the files as the page
shows them, the pinned configuration, and a README whose commands, run in an empty directory,
give what it says."""

import re
import tomllib
import zipfile
from pathlib import Path, PurePosixPath

import pytest

from tools import languages, pages, reader_project
from tools.site import downloads

# Chosen to cover a plain page, a page with a folder of its own configuration, a page whose samples
# fail on purpose, and a page whose samples need a server (Redis): what the README says must be
# what a reader gets. (Each folder's run takes about a second.)
RUN = [
    "getting-started/quickstart.md",
    "pytest-asyncio/modes-and-markers.md",
    "getting-started/why-async-tests-are-different.md",
    "services/redis.md",
]


def language_root(language: str) -> str:
    return "" if language == languages.default() else f"{language}/"


def page_dir(page: Path) -> str:
    """docs/<lang>/a/b.md -> a/b/ (the page's directory in its language's site)."""
    rel = Path(*page.relative_to("docs").parts[1:]).with_suffix("")
    return (
        "" if rel.name == "index" and rel.parent == Path(".") else f"{rel.as_posix()}/"
    )


def pages_with_samples(language: str) -> list[tuple[Path, reader_project.Download]]:
    found = [(page, downloads.download_for(page)) for page in pages.pages(language)]
    return [(page, dl) for page, dl in found if dl is not None]


@pytest.fixture(scope="module")
def pending(site):
    """The expectations the site's build computed and remembered (.cache/site/): nothing runs here."""
    return reader_project.expectations(
        [dl for _, dl in pages_with_samples(languages.default())], run=False
    )


def built_zip(site: Path, page: Path) -> Path:
    language = pages.page_language(page)
    return site / language_root(language) / page_dir(page) / downloads.ZIP_NAME


def differences(
    page: Path, dl: reader_project.Download, held_files: zipfile.ZipFile
) -> list[str]:
    """What a page's zip holds that differs from its download: its list of files, then every
    file the page shows, as it shows it (the zip is opened once a page)."""
    problems = []
    names = set(held_files.namelist())
    expected = {f"{dl.name}/{rel}" for rel in reader_project.reader_tree(dl)}
    expected.add(f"{dl.name}/README.md")
    if names != expected:
        problems.append(
            f"{page}: the zip's files differ from the download's: {sorted(names ^ expected)}"
        )
    # Every file the page shows, as it shows it.
    for inc in pages.includes(page):
        if inc.path.endswith(".out") or not inc.path.startswith("snippets/"):
            continue
        rel = (pages.ROOT / inc.path).relative_to(dl.source).as_posix()
        shown = pages.as_shown((pages.ROOT / inc.path).read_text(encoding="utf-8"))
        held = held_files.read(f"{dl.name}/{rel}").decode("utf-8")
        if rel.endswith("pyproject.toml"):  # then the pinned dependencies
            held = held[: len(shown.rstrip("\n"))] + "\n"
        if held != shown:
            problems.append(f"{page}: {rel} in the zip is not what the page shows")
    return problems


def test_every_page_with_samples_offers_them_in_every_language(site):
    problems = []
    for language in languages.languages():
        for page, dl in pages_with_samples(language):
            html = (
                site / language_root(language) / page_dir(page) / "index.html"
            ).read_text(encoding="utf-8")
            if f'<a href="{downloads.ZIP_NAME}" download="{dl.name}.zip">' not in html:
                problems.append(f"{page}: no download link")
            archive = built_zip(site, page)
            if not archive.is_file() or not zipfile.is_zipfile(archive):
                problems.append(f"{page}: no zip at {archive.relative_to(site)}")
                continue
            with zipfile.ZipFile(archive) as held_files:
                problems += differences(page, dl, held_files)
    assert not problems, "\n".join(problems)


def test_the_zips_are_listed_nowhere_else(site):
    for language in languages.languages():
        root = site / language_root(language)
        for listing in (
            "sitemap.xml",
            "search/search_index.json",
            "llms.txt",
            "llms-full.txt",
        ):
            assert downloads.ZIP_NAME not in (root / listing).read_text(
                encoding="utf-8"
            ), listing


def test_a_rebuild_gives_the_same_bytes(site, pending):
    """The build's zips (another process) and two more builds of them here are byte for byte equal."""
    for language in languages.languages():
        for page, dl in pages_with_samples(language):
            first = downloads.zip_bytes(dl, pending, language)
            assert first == downloads.zip_bytes(dl, pending, language), page
            assert built_zip(site, page).read_bytes() == first, (
                f"{page}: the site's zip differs from a rebuild"
            )


def test_what_fails_is_a_sample_that_fails_on_purpose(pending):
    """In a folder the suite collects, a test that fails in the reader's run is a sample the suite
    declares failing (README: a `sample` section, then its expected outcome). Folders with their
    own configuration show their failures through outputs instead."""
    problems = []
    for _, dl in pages_with_samples(languages.default()):
        for folder in dl.folders:
            e = pending.expectation(dl, folder)
            assert e is not None, (
                f"{dl.page}: no expectation for {folder.path or 'its top folder'}"
            )
            directory = dl.source / folder.path
            if (
                directory != reader_project.READER_CONFIG.parent
                and reader_project.has_own_config(directory)
            ):
                continue
            for test in e.verdict.failing:
                source = dl.source / folder.path / test.partition("::")[0]
                if f"[start:{pages.SHOWN_SECTION}]" not in source.read_text(
                    encoding="utf-8"
                ):
                    problems.append(
                        f"{dl.page}: {test} fails in `{e.shown_command}`, but declares no outcome"
                    )
    assert not problems, "\n".join(problems)


def code_spans(text: str) -> list[str]:
    return re.findall(r"`([^`]+)`", text)


@pytest.mark.parametrize("page", RUN)
def test_the_readme_says_what_its_commands_give(site, page, tmp_path):
    """Unzip into an empty directory, run each command of the README with this project's
    interpreter (its `pytest`, without this suite's own plugins, without network but loopback, in
    the outputs' fixed environment), and compare pytest's verdict with the README's."""
    english = Path("docs", languages.default(), page)
    dl = downloads.download_for(english)
    assert dl is not None
    # This page's expectations alone: what the test reads is what its verdict depends on.
    pending = reader_project.expectations([dl], run=False)
    with zipfile.ZipFile(built_zip(site, english)) as archive:
        archive.extractall(tmp_path)
        readme = archive.read(f"{dl.name}/README.md").decode("utf-8")
    assert len(readme.splitlines()) == (4 if dl.services else 3), readme
    assert "`python -m pip install -r requirements.txt`" in readme.splitlines()[0]
    for folder in dl.folders:
        e = pending.expectation(dl, folder)
        assert e is not None and f"`{e.shown_command}`" in readme, readme
        output = reader_project.run_subprocess(
            tmp_path / dl.name / folder.path,
            list(e.command),
            reader_project.hidden_args(dl),
        )
        said = downloads.verdict_text(folder, reader_project.verdict(output), "en")
        assert said in readme, (
            f"{folder.path or '.'}: `{e.shown_command}` gave {said!r}\n{readme}\n{output[-3000:]}"
        )
    # Every language's README gives the same commands and verdicts.
    for language in languages.translated():
        translated = zipfile.ZipFile(
            built_zip(site, pages.counterpart(english, language))
        ).read(f"{dl.name}/README.md")
        assert sorted(code_spans(translated.decode("utf-8"))) == sorted(
            code_spans(readme)
        ), language


def test_requirements_pin_every_package_a_reader_installs():
    """requirements.txt and each pyproject.toml's dependencies: the samples' dependencies and
    everything they pull in, at the versions the outputs came from; the shown configuration first."""
    pins = reader_project.environment.pinned()
    base = reader_project.requirements()
    assert all(
        f"{name}=={pins[name]}" in base
        for name in ("pytest", "pytest-asyncio", "aiohttp", "yarl")
    )
    with_xdist = reader_project.requirements(("pytest-xdist",))
    assert f"execnet=={pins['execnet']}" in with_xdist  # what pytest-xdist pulls in
    dl = downloads.download_for(
        Path("docs", languages.default(), "pytest-asyncio/modes-and-markers.md")
    )
    shown, tree = dict(dl.files), reader_project.reader_tree(dl)
    listed = tree["requirements.txt"].decode().split()
    assert listed == base
    configs = [rel for rel in tree if PurePosixPath(rel).name == "pyproject.toml"]
    assert configs == ["auto_mode/pyproject.toml", "pyproject.toml"]
    for rel in configs:
        assert tree[rel].startswith(shown[rel].rstrip(b"\n")), rel
        project = tomllib.loads(tree[rel].decode())["project"]
        assert project["dependencies"] == listed, rel
