"""The suite runs samples with the configuration the Quickstart gives readers; warnings are errors."""

import tomllib

from tools import outputs, pages

ASYNCIO_SETTINGS = (
    "asyncio_mode",
    "asyncio_default_fixture_loop_scope",
    "asyncio_default_test_loop_scope",
)


def test_suite_and_reader_share_the_asyncio_settings():
    project = tomllib.loads((pages.ROOT / "pyproject.toml").read_text())["tool"][
        "pytest"
    ]
    reader = tomllib.loads(outputs.READER_CONFIG.read_text())["tool"]["pytest"]
    for key in ASYNCIO_SETTINGS:
        assert project.get(key) == reader.get(key), (
            f"pyproject.toml sets {key} = {project.get(key)!r} but the reader's configuration "
            f"({outputs.READER_CONFIG.relative_to(pages.ROOT)}) sets {reader.get(key)!r}"
        )


def test_warnings_are_errors_without_project_wide_exceptions():
    project = tomllib.loads((pages.ROOT / "pyproject.toml").read_text())["tool"][
        "pytest"
    ]
    assert project.get("filterwarnings") == ["error"], (
        'pyproject.toml: keep filterwarnings = ["error"]; a sample that shows a warning on purpose '
        "declares its exception next to its expected outcome, with a comment saying why"
    )


def commented(lines: list[str], number: int) -> bool:
    """A comment right above the statement that holds line `number` (a statement may span several
    lines: `pytestmark = [` ... `pytest.mark.filterwarnings(...)`)."""
    for previous in reversed(lines[max(0, number - 4) : number]):
        if previous.strip().startswith("#"):
            return True
        if not previous.strip():
            return False
    return False


def test_every_warning_exception_says_why():
    """A sample's `pytest.mark.filterwarnings(...)` has a comment right above its statement."""
    problems = []
    for path in sorted(pages.SNIPPETS.rglob("*.py")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines):
            if "mark.filterwarnings(" in line and not commented(lines, number):
                problems.append(
                    f"{path.relative_to(pages.ROOT)}:{number + 1}: say why this warning is expected "
                    "in a comment on the line above"
                )
    assert not problems, "\n".join(problems)
