# The site's own pytest plugins (see tools/): output checks, page checks.
pytest_plugins = ["pytester", "tools.outputs", "tools.samples"]
