"""Records and caches are written whole or not at all (tools/files.py)."""

import pytest

from tools.files import write_whole


def test_a_write_replaces_the_file(tmp_path):
    path = tmp_path / "cache" / "record.json"
    write_whole(path, "old")
    write_whole(path, b"new")
    assert path.read_text(encoding="utf-8") == "new"
    assert [p.name for p in path.parent.iterdir()] == ["record.json"]


def test_a_failed_write_leaves_the_old_file_and_nothing_beside_it(tmp_path):
    path = tmp_path / "record.json"
    write_whole(path, "old")
    with pytest.raises(UnicodeEncodeError):
        write_whole(path, "\ud800")  # a lone surrogate: no UTF-8 for it
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["record.json"]
