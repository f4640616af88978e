"""Downloader middlewares: polite retries, request budgets, per-board HTTP counts."""
