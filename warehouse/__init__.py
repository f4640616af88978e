"""DuckDB warehouse: rebuilt from the raw and normalized lakes, SQL models, checks, stats, export."""
