# The site's own pytest plugins (see tools/): output checks, how samples run (and the line-coverage
# gate), incremental verification, nothing left in PostgreSQL or Redis.
pytest_plugins = ["pytester", "tools.outputs", "tools.samples", "tools.incremental", "tools.leftovers"]
