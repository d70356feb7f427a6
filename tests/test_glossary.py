"""Japanese prose uses the glossary's terms (locales/ja/glossary.yml), not their variants."""

import re

import pytest
import yaml

from tools import pages

GLOSSARY = yaml.safe_load((pages.ROOT / "locales" / "ja" / "glossary.yml").read_text(encoding="utf-8"))
INLINE_CODE = re.compile(r"`[^`\n]*`")


def prose_lines(page):
    """(line number, text) of a page's prose: fenced blocks and inline code are not prose."""
    in_fence = {n for fence in pages.fences(page) for n in range(fence.line, fence.line + len(fence.body) + 2)}
    for number, line in enumerate((pages.ROOT / page).read_text(encoding="utf-8").splitlines(), 1):
        if number not in in_fence:
            yield number, INLINE_CODE.sub("", line)


@pytest.mark.parametrize("page", pages.pages("ja"), ids=str)
def test_japanese_prose_uses_glossary_terms(page):
    problems = []
    for number, text in prose_lines(page):
        for term in GLOSSARY:
            for variant in term["avoid"]:
                if m := re.search(variant, text):
                    problems.append(f"{page}:{number}: 「{m[0]}」 → write 「{term['ja']}」 ({term['en']})")
    assert not problems, "\n".join(problems)


def test_glossary_entries_are_consistent():
    for term in GLOSSARY:
        assert term.keys() == {"en", "ja", "avoid"}, term
        for variant in term["avoid"]:
            assert not re.search(variant, term["ja"]), f"{term['ja']!r} matches its own variant {variant!r}"
