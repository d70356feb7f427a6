# The site's own pytest plugins (see tools/): output checks, how samples run (and the line-coverage
# gate), incremental verification, nothing left in PostgreSQL or Redis.
import sys

# Let pytest keep its assertion-rewritten modules (__pycache__, ignored by git) even where the
# environment turns bytecode off (PYTHONDONTWRITEBYTECODE): collecting ~500 sample and test
# modules then takes a third of the time on the next run.
sys.dont_write_bytecode = False

pytest_plugins = ["pytester", "tools.outputs", "tools.samples", "tools.incremental", "tools.leftovers"]
