"""The theme's templates are compiled once (tools/site/template_cache.py): a template from the cache,
in memory or on disk, renders exactly what a fresh compile renders, and an edited template is
compiled again."""

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
    cache = template_cache.CompiledTemplates()
    assert render(environment(templates, cache)) == fresh  # compiled, then stored
    assert len(cache._stored) == 2
    # A new environment, from the cache.
    assert render(environment(templates, cache)) == fresh


def test_an_edited_template_is_compiled_again():
    cache = template_cache.CompiledTemplates()
    render(environment({"base.html": BASE, "child.html": CHILD}, cache))
    edited = {"base.html": BASE.replace("upper", "lower"), "child.html": CHILD}
    assert render(environment(edited, cache)) == "<title>quickstart - TAP</title>"


def test_other_extensions_do_not_share_compiled_templates():
    cache = template_cache.CompiledTemplates()
    templates = {"base.html": BASE, "child.html": CHILD}
    render(environment(templates, cache))
    env = environment(templates, cache)
    env.add_extension("jinja2.ext.loopcontrols")
    render(env)
    assert len(cache._stored) == 4


def test_a_new_process_reads_what_an_earlier_one_compiled(tmp_path):
    templates = {"base.html": BASE, "child.html": CHILD}
    fresh = render(environment(templates))
    render(environment(templates, template_cache.CompiledTemplates(tmp_path)))
    assert len(list(tmp_path.glob("*.bin"))) == 2
    # Nothing in memory: read from disk.
    later = template_cache.CompiledTemplates(tmp_path)
    env = environment(templates, later)
    compiled = []
    env.compile = lambda *a, **k: (
        compiled.append(a) or jinja2.Environment.compile(env, *a, **k)
    )
    assert render(env) == fresh
    assert not compiled


def test_a_damaged_file_is_compiled_again(tmp_path):
    templates = {"base.html": BASE, "child.html": CHILD}
    render(environment(templates, template_cache.CompiledTemplates(tmp_path)))
    files = sorted(tmp_path.glob("*.bin"))
    files[0].write_bytes(b"not bytecode")
    files[1].write_bytes(files[1].read_bytes()[:12])  # cut short inside its checksum
    env = environment(templates, template_cache.CompiledTemplates(tmp_path))
    assert render(env) == "<title>QUICKSTART - TAP</title>"
