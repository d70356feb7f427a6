"""Each page's "last updated" date comes from its last commit (mkdocs-git-revision-date-localized:
one `git log` a page, in a pool of processes): 0.7 s of every build of both languages. The commit a
page gets depends only on the commit HEAD points to, the plugin's options and the page's path, so
this hook keeps what the plugin read on disk (.cache/site/git-dates-<language>.json) and gives it
back to the next build's plugin when HEAD and the options are the same. A page with no commit yet
(the plugin gives it the build date) is never kept: the plugin asks git for it again. A missing,
unreadable or stale file only means asking git again; tests/test_tool_git_dates.py checks that the
dates given back are the ones git gives."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from mkdocs.plugins import event_priority

# The project root: `tools` is not installed.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tools.files import write_whole

PLUGIN = "git-revision-date-localized"
DIRECTORY = Path(__file__).resolve().parents[2] / ".cache" / "site"


def cache_file(config, directory: Path = DIRECTORY) -> Path:
    return directory / f"git-dates-{config.theme['language']}.json"


def docs_dir(config) -> str:
    return str(Path(config.docs_dir).absolute())


def history(plugin) -> dict | None:
    """What the plugin's dates depend on beside the pages' paths: HEAD and the options that decide
    which commits count (as the plugin itself compares them under `mkdocs serve`)."""
    head = getattr(plugin, "cached_head_commit", "")
    if not head:  # disabled, or not in a git repository
        return None
    return {"head": head, "options": repr(plugin.cached_history_options)}


def restore(plugin, file: Path, docs: str) -> int:
    """Give the plugin the dates kept for the same history; the number of pages given. Kept by
    path in the docs directory: the plugin's own keys are absolute paths."""
    if plugin.last_revision_commits or (wanted := history(plugin)) is None:
        return 0  # `mkdocs serve` keeps its own between rebuilds
    try:
        kept = json.loads(file.read_text(encoding="utf-8"))
        if {k: kept[k] for k in wanted} != wanted:
            return 0
        commits = {
            os.path.join(docs, path): (str(commit), int(timestamp))
            for path, (commit, timestamp) in kept["commits"].items()
            if commit
        }
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return 0
    plugin.last_revision_commits.update(commits)
    plugin.cached_source_paths.update({path: path for path in commits})
    return len(commits)


def keep(plugin, file: Path, docs: str) -> None:
    """Write what the plugin read from git, pages with a commit only, when it is new."""
    if (wanted := history(plugin)) is None:
        return
    commits = {
        os.path.relpath(path, docs): [commit, timestamp]
        for path, (commit, timestamp) in plugin.last_revision_commits.items()
        if commit and path.startswith(os.path.join(docs, ""))
    }
    data = {**wanted, "commits": commits}
    try:
        if json.loads(file.read_text(encoding="utf-8")) == data:
            return
    except (OSError, ValueError):
        pass
    write_whole(file, json.dumps(data))


# After the plugin's on_config has read HEAD.
@event_priority(-50)
def on_config(config):
    if (plugin := config.plugins.get(PLUGIN)) is not None:
        restore(plugin, cache_file(config), docs_dir(config))
    return config


# After the plugin's on_files has asked git for what it was not given.
@event_priority(-50)
def on_files(files, config):
    if (plugin := config.plugins.get(PLUGIN)) is not None:
        keep(plugin, cache_file(config), docs_dir(config))
    return files
