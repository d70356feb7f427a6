"""Python blocks written in a page (not included from snippets/) run, and their `#>` output is checked."""

import pytest
from pytest_examples import CodeExample, EvalExample, find_examples

from tools import pages

INLINE: dict[str, list[CodeExample]] = {}
for example in find_examples(*(pages.ROOT / p for p in pages.pages())):
    if not all(
        pages.INCLUDE.match(line)
        for line in example.source.splitlines()
        if line.strip()
    ):
        INLINE.setdefault(str(example.path.relative_to(pages.ROOT)), []).append(example)


# One test per page: with --update-outputs, pytest-examples rewrites a page at the end of the
# session of the worker that ran its blocks, so all blocks of a page must run in the same worker.
@pytest.mark.parametrize("page", sorted(INLINE))
def test_inline_examples(page: str, eval_example: EvalExample):
    failures = []
    for example in INLINE[page]:
        try:
            if eval_example.update_examples:
                eval_example.run_print_update(example)
            else:
                eval_example.run_print_check(example)
        except Exception as error:  # report every block of the page, then fail
            failures.append(f"{page}:{example.start_line}: {error}")
    assert not failures, "\n\n".join(failures)
