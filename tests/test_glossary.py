"""Japanese prose uses the glossary's terms (locales/ja/glossary.yml), not their variants."""

import re

import pytest
import yaml

from tools import pages

GLOSSARY = yaml.safe_load(
    (pages.ROOT / "locales" / "ja" / "glossary.yml").read_text(encoding="utf-8")
)
INLINE_CODE = re.compile(r"`[^`\n]*`")


def prose_lines(page):
    """(line number, text) of a page's prose: fenced blocks and inline code are not prose."""
    in_fence = {
        n
        for fence in pages.fences(page)
        for n in range(fence.line, fence.line + len(fence.body) + 2)
    }
    for number, line in enumerate(
        (pages.ROOT / page).read_text(encoding="utf-8").splitlines(), 1
    ):
        if number not in in_fence:
            yield number, INLINE_CODE.sub("", line)


@pytest.mark.parametrize("page", pages.pages("ja"), ids=str)
def test_japanese_prose_uses_glossary_terms(page):
    problems = []
    for number, text in prose_lines(page):
        for term in GLOSSARY:
            for variant in term["avoid"]:
                if m := re.search(variant, text):
                    problems.append(
                        f"{page}:{number}: 「{m[0]}」 → write 「{term['ja']}」 ({term['en']})"
                    )
    assert not problems, "\n".join(problems)


def test_glossary_entries_are_consistent():
    for term in GLOSSARY:
        # `shown`: one readable variant per `avoid` pattern, for the glossary page.
        keys = (
            {"en", "ja", "avoid", "shown"} if term["avoid"] else {"en", "ja", "avoid"}
        )
        assert term.keys() == keys, f"{term['en']}: expected the keys {sorted(keys)}"
        for variant in term["avoid"]:
            assert not re.search(variant, term["ja"]), (
                f"{term['ja']!r} matches its own variant {variant!r}"
            )
        if term["avoid"]:
            assert len(term["shown"]) == len(term["avoid"]), (
                f"{term['en']}: one `shown` variant per `avoid` pattern"
            )
            for variant, shown in zip(term["avoid"], term["shown"], strict=True):
                assert re.search(variant, shown), (
                    f"{term['en']}: {shown!r} is not matched by its pattern {variant!r}"
                )
