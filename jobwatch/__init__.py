"""jobwatch: weekly job-posting scraping and aggregation (CLI and shared configuration)."""

__version__ = "0.1.0"
