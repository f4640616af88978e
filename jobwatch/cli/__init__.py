"""The `jobwatch` command: a thin CLI over the crawlers, pipeline, warehouse, flows and reports."""

from jobwatch.cli.main import cli, main

__all__ = ["cli", "main"]
