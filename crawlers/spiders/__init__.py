"""Spiders: one base spider per platform (companies are data in sources.yaml)."""
