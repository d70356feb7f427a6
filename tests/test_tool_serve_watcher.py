"""Under `mkdocs serve`, edits are noticed by file events (tools/site/serve_watcher.py): a write is
reported, a read is not (a build reads every watched file; a read that counted would rebuild the
site forever)."""

import threading
from pathlib import Path

from watchdog.events import FileSystemEventHandler

from tools.site.serve_watcher import EditObserver


class Recorder(FileSystemEventHandler):
    def __init__(self) -> None:
        self.events: list[str] = []
        self.seen = threading.Event()

    def on_any_event(self, event) -> None:
        if not event.is_directory:
            self.events.append(event.event_type)
            self.seen.set()


def test_a_write_is_an_edit_and_a_read_is_not(tmp_path: Path):
    page = tmp_path / "page.md"
    page.write_text("# Title\n", encoding="utf-8")
    recorder = Recorder()
    observer = EditObserver()
    observer.schedule(recorder, str(tmp_path), recursive=True)
    observer.start()
    try:
        page.read_text(encoding="utf-8")
        # A read would be reported at once; nothing comes.
        assert not recorder.seen.wait(0.3), recorder.events
        page.write_text("# Title, edited\n", encoding="utf-8")
        assert recorder.seen.wait(5), "the edit was not reported"
    finally:
        observer.stop()
        observer.join()
    assert set(recorder.events) <= {"modified", "closed"}
