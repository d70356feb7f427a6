"""The GitHub Actions workflow shown on the CI page (docs/*/speed/ci.md) is a real workflow file:
valid YAML, with the triggers, jobs, services and steps the page describes, installing the
versions this site's outputs were produced with."""

import re
import tomllib

import pytest
import yaml

from tools import pages

CI_DIR = pages.SNIPPETS / "speed" / "ci"
WORKFLOW = CI_DIR / "tests.yml"
REQUIREMENTS = CI_DIR / "requirements-test.txt"
NAME = str(WORKFLOW.relative_to(pages.ROOT))


@pytest.fixture(scope="module")
def workflow() -> dict:
    try:
        loaded = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        pytest.fail(f"{NAME} is not valid YAML:\n{error}", pytrace=False)
    assert isinstance(loaded, dict), f"{NAME}: a workflow is a mapping (name, on, jobs)"
    return loaded


def triggers(workflow: dict) -> dict:
    # YAML 1.1 (PyYAML) reads the key `on` as the boolean True.
    found = workflow.get("on", workflow.get(True))
    assert isinstance(found, dict), f"{NAME}: `on:` must list the events as a mapping"
    return found


def job(workflow: dict, name: str) -> dict:
    jobs = workflow.get("jobs") or {}
    assert name in jobs, f"{NAME}: no job `{name}` (jobs: {', '.join(jobs) or 'none'})"
    return jobs[name]


def run_lines(job_: dict) -> list[str]:
    return [
        line.strip()
        for step in job_.get("steps", [])
        for line in str(step.get("run", "")).splitlines()
    ]


def test_triggers(workflow):
    on = triggers(workflow)
    missing = [
        event
        for event in ("push", "pull_request", "schedule", "workflow_dispatch")
        if event not in on
    ]
    assert not missing, f"{NAME}: `on:` lacks {', '.join(missing)}"
    crons = [entry.get("cron") for entry in on["schedule"] or []]
    assert crons and all(isinstance(c, str) and len(c.split()) == 5 for c in crons), (
        f"{NAME}: `schedule:` needs a `cron:` entry with five fields, got {crons}"
    )


@pytest.mark.parametrize("name", ["tests", "nightly"])
def test_job_has_services_and_a_time_limit(workflow, name):
    job_ = job(workflow, name)
    assert job_.get("runs-on", "").startswith("ubuntu"), (
        f"{NAME}: job `{name}` must run on Linux (service containers)"
    )
    assert isinstance(job_.get("timeout-minutes"), int), (
        f"{NAME}: job `{name}` needs `timeout-minutes`"
    )
    services = job_.get("services") or {}
    for service, image, port in (
        ("postgres", "postgres:", 5432),
        ("redis", "redis:", 6379),
    ):
        assert service in services, (
            f"{NAME}: job `{name}` has no `{service}` service container"
        )
        spec = services[service]
        assert str(spec.get("image", "")).startswith(image), (
            f"{NAME}: job `{name}`: `{service}` must use an {image} image"
        )
        assert f"{port}:{port}" in [str(p) for p in spec.get("ports", [])], (
            f"{NAME}: job `{name}`: `{service}` must publish port {port}:{port} (the tests connect to 127.0.0.1)"
        )
        assert "--health-cmd" in spec.get("options", ""), (
            f"{NAME}: job `{name}`: `{service}` needs a --health-cmd, or the tests may start before it is ready"
        )
    env = job_.get("env") or {}
    for variable, port in (("DATABASE_URL", 5432), ("REDIS_URL", 6379)):
        assert f"@127.0.0.1:{port}/" in env.get(
            variable, ""
        ) or f"//127.0.0.1:{port}/" in env.get(variable, ""), (
            f"{NAME}: job `{name}` must set {variable} to the service on 127.0.0.1:{port} (conftest.py reads it)"
        )


@pytest.mark.parametrize("name", ["tests", "nightly"])
def test_job_steps(workflow, name):
    job_ = job(workflow, name)
    uses = [step.get("uses", "") for step in job_.get("steps", [])]
    for action in ("actions/checkout@v6", "actions/setup-python@v6"):
        assert action in uses, f"{NAME}: job `{name}` has no step `uses: {action}`"
    lines = run_lines(job_)
    assert "python -m pip install -r requirements-test.txt" in lines, (
        f"{NAME}: job `{name}` must install requirements-test.txt"
    )
    assert any(line.split()[:1] == ["pytest"] for line in lines), (
        f"{NAME}: job `{name}` never runs pytest"
    )


def test_the_tests_job_runs_on_pushes_and_the_nightly_job_on_schedule(workflow):
    tests, nightly = job(workflow, "tests"), job(workflow, "nightly")
    assert tests.get("if") == "github.event_name != 'schedule'", (
        f"{NAME}: job `tests` must skip scheduled runs: if: github.event_name != 'schedule'"
    )
    assert "github.event_name == 'schedule'" in str(nightly.get("if", "")), (
        f"{NAME}: job `nightly` must run on the schedule: if: github.event_name == 'schedule' ..."
    )
    assert (
        len(tests.get("strategy", {}).get("matrix", {}).get("python-version", [])) >= 2
    ), (
        f"{NAME}: job `tests` must run on several Python versions (strategy.matrix.python-version)"
    )
    pytest_lines = [line for line in run_lines(nightly) if line.startswith("pytest")]
    assert any(
        "--asyncio-debug" in line and re.search(r"--count[= ]\d", line)
        for line in pytest_lines
    ), (
        f"{NAME}: job `nightly` must run `pytest --asyncio-debug --count=N`, got {pytest_lines}"
    )


def pinned_versions() -> dict[str, str]:
    project = tomllib.loads((pages.ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    specs = [
        *project["project"]["dependencies"],
        *project["tool"]["uv"]["constraint-dependencies"],
    ]
    specs += [
        spec
        for group in project["dependency-groups"].values()
        for spec in group
        if isinstance(spec, str)
    ]
    pins = {}
    for spec in specs:
        name, _, version = spec.split(";")[0].partition("==")
        pins[re.sub(r"\[.*\]", "", name).strip().lower()] = version.strip()
    return pins


def test_requirements_are_the_versions_of_this_site():
    pins = pinned_versions()
    problems = []
    required = {}
    for line in REQUIREMENTS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, version = line.partition("==")
            required[name.strip().lower()] = version.strip()
    for name, version in required.items():
        if not version:
            problems.append(f"{name} is not pinned (name==version)")
        elif pins.get(name) != version:
            problems.append(
                f"{name}=={version}, but the site's outputs were produced with {pins.get(name, 'nothing')}"
            )
    # The plugins the page's configuration (pyproject.toml) and workflow rely on.
    for plugin in (
        "pytest",
        "pytest-asyncio",
        "pytest-timeout",
        "pytest-socket",
        "pytest-randomly",
        "pytest-repeat",
    ):
        if plugin not in required:
            problems.append(f"{plugin} is missing")
    assert not problems, f"{REQUIREMENTS.relative_to(pages.ROOT)}:\n  " + "\n  ".join(
        problems
    )
