"""Prefect flows: thin orchestration over crawlers, pipeline and warehouse."""

from jobwatch.flows.env import configure_prefect_env

# Must run before Prefect is first imported: its settings are read at import time.
configure_prefect_env()
