pytest_plugins = (
    "aiohttp.pytest_plugin"  # aiohttp's own plugin, as older tutorials enable it
)
