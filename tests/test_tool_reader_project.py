"""What the downloads' READMEs say comes from real runs, remembered one file per key
(tools/reader_project.py): a damaged file means running again, and the cache keeps only what the
last build used."""

from tools import reader_project

PASSED = reader_project.Expectation(
    ("pytest", "-q"), reader_project.Verdict((("passed", 2),), ())
)


def test_each_expectation_is_remembered_in_a_file_of_its_own(tmp_path, monkeypatch):
    monkeypatch.setattr(reader_project, "CACHE", tmp_path)
    reader_project.remember({"a": PASSED, "b": PASSED})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json", "b.json"]
    assert reader_project.remembered("a") == {
        "command": ["pytest", "-q"],
        "verdict": PASSED.verdict.to_json(),
    }
    reader_project.remember({"b": PASSED})  # a build that no longer has "a"
    assert [p.name for p in tmp_path.iterdir()] == ["b.json"]
    assert reader_project.remembered("a") is None


def test_a_damaged_expectation_is_not_used(tmp_path, monkeypatch):
    monkeypatch.setattr(reader_project, "CACHE", tmp_path)
    for damaged in (
        "{not json",
        "[]",
        '{"command": ["pytest"]}',
        '{"command": ["pytest"], "verdict": {"counts": {}}}',
        '{"command": [1], "verdict": {"counts": {}, "failing": [], "summary": true}}',
    ):
        (tmp_path / "k.json").write_text(damaged, encoding="utf-8")
        assert reader_project.remembered("k") is None, damaged
