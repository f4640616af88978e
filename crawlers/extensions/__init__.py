"""Scrapy extensions: the per-board crawl-run rows and the lake directory finalization."""
