"""Python blocks written in a page (not included from snippets/) run, and their `#>` output is checked."""

import pytest
from pytest_examples import CodeExample, EvalExample, find_examples

from tools import pages

INLINE = [ex for ex in find_examples(*(pages.ROOT / p for p in pages.pages()))
          if not all(pages.INCLUDE.match(line) for line in ex.source.splitlines() if line.strip())]


@pytest.mark.parametrize("example", INLINE, ids=str)
def test_inline_example(example: CodeExample, eval_example: EvalExample):
    if eval_example.update_examples:
        eval_example.run_print_update(example)
    else:
        eval_example.run_print_check(example)
