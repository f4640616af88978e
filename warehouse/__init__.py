"""DuckDB warehouse rebuilt from the lakes: SQL models, checks, stats, export."""
