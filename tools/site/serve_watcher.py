"""`mkdocs serve` notices an edit by polling every watched file every half second, so a saved edit
waited up to half a second before the rebuild began. Under `serve` this hook moves the watches to
the operating system's file events (watchdog's native observer: inotify on Linux), which report an
edit at once. Only events that change a file count: a build reads the watched files, and inotify
reports reads too ("opened", "closed without writing"), which would start a rebuild after every
build. `TAP_SERVE_POLLING=1` keeps MkDocs' polling (for file systems that send no events, such as
some network and container mounts); so does any failure to set up the native observer."""

from __future__ import annotations

import logging
import os

from watchdog.events import (
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
)
from watchdog.observers import Observer
from watchdog.observers.polling import PollingObserver

log = logging.getLogger("mkdocs.hooks.serve_watcher")
EDITS = [
    FileCreatedEvent,
    FileModifiedEvent,
    FileDeletedEvent,
    FileMovedEvent,
    FileClosedEvent,  # closed after writing
]


class EditObserver(Observer):  # type: ignore[misc,valid-type]
    """The native observer, reporting only the events that change a file."""

    def schedule(self, event_handler, path, *, recursive=False, **options):
        options.setdefault("event_filter", EDITS)
        return super().schedule(event_handler, path, recursive=recursive, **options)


def rewatch(server, watched: dict[str, int]) -> None:
    for path, count in watched.items():
        for _ in range(count):
            server.watch(path)


def on_serve(server, config, builder):
    # MkDocs 1.6's LiveReloadServer: which paths it watches, and how many times each.
    watched = getattr(server, "_watched_paths", None)
    if (
        os.environ.get("TAP_SERVE_POLLING")
        or Observer is PollingObserver
        or not isinstance(watched, dict)
    ):
        return server
    watched = dict(watched)
    polling = server.observer
    for path, count in watched.items():
        for _ in range(count):
            server.unwatch(path)
    try:
        server.observer = EditObserver()
        rewatch(server, watched)
    except OSError as error:  # e.g. the inotify watch limit
        log.info(f"Watching files by polling: {error}")
        server.observer = polling
        server._watched_paths.clear()
        server._watch_refs.clear()
        rewatch(server, watched)
    return server
