"""The generator of the bundled offline sample (jobwatch/crawlers/sample)."""
