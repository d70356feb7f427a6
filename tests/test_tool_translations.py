"""Translation records (tools/translations.py): a translation is stale when its English page or
anything the page shows changed since the record was written, and the reason names what changed."""

from pathlib import Path

import pytest

from tools import pages, translations


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    monkeypatch.setattr(pages, "ROOT", tmp_path)
    for cached in (pages.fences, pages.includes, pages.headings):
        cached.cache_clear()
    (tmp_path / "docs" / "en").mkdir(parents=True)
    (tmp_path / "docs" / "ja").mkdir(parents=True)
    (tmp_path / "locales" / "ja").mkdir(parents=True)
    (tmp_path / "snippets").mkdir()
    (tmp_path / "snippets" / "x.py").write_text(
        "# --8<-- [start:sample]\nx = 1\n# --8<-- [end:sample]\nrest = 2\n"
    )
    page = '# P { #p }\n\n```python\n--8<-- "snippets/x.py:sample"\n```\n'
    (tmp_path / "docs" / "en" / "p.md").write_text(page)
    (tmp_path / "docs" / "ja" / "p.md").write_text(page.replace("# P", "# ページ"))
    yield tmp_path
    for cached in (pages.fences, pages.includes, pages.headings):
        cached.cache_clear()


JA = Path("docs/ja/p.md")


def edit(project: Path, path: str, old: str, new: str) -> None:
    file = project / path
    file.write_text(file.read_text().replace(old, new))
    for cached in (pages.fences, pages.includes, pages.headings):
        cached.cache_clear()


def test_no_record_says_how_to_make_one(project):
    assert translations.staleness(JA) == [
        "no translation record (after translating, run: uv run python -m tools.translations refresh docs/ja/p.md)"
    ]


def test_a_refreshed_translation_is_current(project):
    translations.refresh(JA)
    assert translations.staleness(JA) == []


def test_a_changed_english_page_makes_it_stale(project):
    translations.refresh(JA)
    edit(project, "docs/en/p.md", "# P", "# P, changed")
    assert translations.staleness(JA) == [
        "docs/en/p.md changed since it was translated (see: git log -p -- docs/en/p.md)"
    ]


def test_only_what_the_page_shows_of_a_snippet_counts(project):
    translations.refresh(JA)
    edit(project, "snippets/x.py", "rest = 2", "rest = 3")  # outside the shown section
    assert translations.staleness(JA) == []
    edit(project, "snippets/x.py", "x = 1", "x = 2")
    assert translations.staleness(JA) == ["snippets/x.py:sample changed"]


def test_a_new_include_is_named(project):
    translations.refresh(JA)
    (project / "snippets" / "y.out").write_text("$ pytest\n")
    edit(
        project,
        "docs/en/p.md",
        "```\n",
        '```\n\n```console\n--8<-- "snippets/y.out"\n```\n',
    )
    reasons = translations.staleness(JA)
    assert "snippets/y.out is new on the page" in reasons
