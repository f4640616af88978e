"""Lever postings: `GET {base}/v0/postings/{site}?mode=json`; `host: eu` boards use the EU host."""

from __future__ import annotations

from jobwatch.crawlers.extract.lever import extract_postings
from jobwatch.crawlers.platform import SLUG, SLUG_HELP, Endpoint, Extra, Extraction, Kind, Platform
from jobwatch.crawlers.replay_routes import route
from jobwatch.crawlers.spiders.registry import RegistrySpider

PLATFORM = Platform(
    name="lever",
    kind=Kind.ATS,
    base_url="https://api.lever.co",
    regional={"eu": "https://api.eu.lever.co"},  # LEVER_EU_BASE_URL; a mirror serves both
    endpoints=(Endpoint("GET", "/v0/postings/{board}?mode=json"),),
    token=SLUG,
    token_help=SLUG_HELP,
    extras=(Extra("host", "a regional API host: eu (api.eu.lever.co)", ("eu",), casefold=True),),
    example={"company": "Qonto", "platform": "lever", "board": "qonto", "host": "eu"},
    extraction=Extraction.ARCHIVE,  # one page per board: nothing to read for navigation
    extractor=extract_postings,
    request_budget=2000,
    replay=(route(r"/v0/postings/(?P<token>[^/]+)/?$"),),
    notes="`salaryRange`; company name from the registry",
)


class LeverSpider(RegistrySpider):
    name = PLATFORM.name
    platform = PLATFORM
