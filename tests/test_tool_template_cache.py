"""The theme's templates are compiled once per process (tools/site/template_cache.py): a template
from the cache renders exactly what a fresh compile renders, and an edited template is compiled
again."""

import jinja2

from tools.site import template_cache

BASE = "<title>{% block title %}{{ page.title | upper }}{% endblock %}</title>"
CHILD = (
    '{% extends "base.html" %}{% block title %}{{ super() }} - {{ site }}{% endblock %}'
)


def environment(templates: dict[str, str], cache=None) -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.DictLoader(templates), auto_reload=False)
    if cache is not None:
        env.bytecode_cache = cache
    return env


def render(env: jinja2.Environment) -> str:
    return env.get_template("child.html").render(
        page={"title": "quickstart"}, site="TAP"
    )


def test_a_cached_template_renders_what_a_fresh_compile_renders():
    templates = {"base.html": BASE, "child.html": CHILD}
    fresh = render(environment(templates))
    cache = template_cache.InMemoryBytecodeCache()
    assert render(environment(templates, cache)) == fresh  # compiled, then stored
    assert len(cache._stored) == 2
    # A new environment, from the cache.
    assert render(environment(templates, cache)) == fresh


def test_an_edited_template_is_compiled_again():
    cache = template_cache.InMemoryBytecodeCache()
    render(environment({"base.html": BASE, "child.html": CHILD}, cache))
    edited = {"base.html": BASE.replace("upper", "lower"), "child.html": CHILD}
    assert render(environment(edited, cache)) == "<title>quickstart - TAP</title>"


def test_other_extensions_do_not_share_compiled_templates():
    cache = template_cache.InMemoryBytecodeCache()
    templates = {"base.html": BASE, "child.html": CHILD}
    render(environment(templates, cache))
    env = environment(templates, cache)
    env.add_extension("jinja2.ext.loopcontrols")
    render(env)
    assert len(cache._stored) == 4
