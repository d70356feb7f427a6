"""The site keeps each page's last commit between builds (tools/site/git_dates.py): what it gives
back to the plugin must be what git gives, and a file kept for another HEAD, other options or
damaged must not be used."""

import json
from types import SimpleNamespace

import pytest
from mkdocs.config import load_config
from mkdocs.structure.files import get_files

from tools import languages
from tools.site import git_dates


def plugin_for(language: str):
    """The plugin as a build starts it: HEAD read, nothing asked of git yet."""
    config = load_config(str(languages.config_file(language)))
    plugin = config.plugins[git_dates.PLUGIN]
    plugin.on_startup(command="build", dirty=False)
    plugin.on_config(config)
    return config, plugin


def commits(plugin, files) -> dict[str, tuple[str, int]]:
    """The commit the plugin gives each page, as it does when it renders the page's date."""
    return {
        f.src_uri: plugin._get_commit(SimpleNamespace(file=f), False)
        for f in files.documentation_pages()
    }


@pytest.fixture(scope="module", params=languages.languages())
def from_git(request, tmp_path_factory):
    """A language's dates as the plugin reads them from git, and the file the hook keeps them in
    (once a language: asking git is most of these tests' time)."""
    config, plugin = plugin_for(request.param)
    files = get_files(config)
    plugin.on_files(files, config=config)  # every page, from git
    file = git_dates.cache_file(config, tmp_path_factory.mktemp("dates"))
    git_dates.keep(plugin, file, git_dates.docs_dir(config))
    return (
        request.param,
        files,
        commits(plugin, files),
        file.read_text(encoding="utf-8"),
    )


@pytest.fixture
def kept(from_git, tmp_path):
    language, files, commits_from_git, text = from_git
    file = tmp_path / "dates.json"
    file.write_text(text, encoding="utf-8")
    return language, files, commits_from_git, file


def test_dates_given_back_are_the_ones_git_gives(kept):
    language, files, from_git, file = kept
    config, plugin = plugin_for(language)
    asked = []
    real = plugin.util.get_git_commit_timestamp
    plugin.util.get_git_commit_timestamp = lambda *a, **k: (
        asked.append(a) or real(*a, **k)
    )
    given = git_dates.restore(plugin, file, git_dates.docs_dir(config))
    assert given == sum(1 for commit, _ in from_git.values() if commit)
    plugin.on_files(files, config=config)
    assert commits(plugin, files) == from_git
    # Git is asked only for pages with no commit (they get the build date).
    assert len(asked) == len(from_git) - given


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: {**data, "head": "0" * 40},  # another commit
        lambda data: {**data, "options": data["options"] + " "},  # other options
        lambda data: {**data, "commits": [1, 2]},  # damaged
    ],
    ids=["another HEAD", "other options", "damaged"],
)
def test_a_file_kept_for_another_history_is_not_used(kept, damage):
    language, _, _, file = kept
    data = json.loads(file.read_text(encoding="utf-8"))
    file.write_text(json.dumps(damage(data)), encoding="utf-8")
    config, plugin = plugin_for(language)
    assert git_dates.restore(plugin, file, git_dates.docs_dir(config)) == 0
    assert not plugin.last_revision_commits  # so its on_files asks git for every page


def test_a_page_with_no_commit_is_not_kept(tmp_path):
    config, plugin = plugin_for(languages.default())
    docs = git_dates.docs_dir(config)
    plugin.last_revision_commits.update(
        {f"{docs}/old.md": ("abc123", 1700000000), f"{docs}/new.md": ("", 1800000000)}
    )
    file = tmp_path / "dates.json"
    git_dates.keep(plugin, file, docs)
    assert json.loads(file.read_text(encoding="utf-8"))["commits"] == {
        "old.md": ["abc123", 1700000000]
    }
