"""Scrapy project: one base spider per platform, companies as data, pure extract functions."""
