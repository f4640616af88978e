"""The job-board spiders by source name (registered in crawlers.plan.SPIDERS)."""

from __future__ import annotations

import scrapy

from crawlers.spiders.arbeitnow import ArbeitnowSpider
from crawlers.spiders.hn import HnSpider
from crawlers.spiders.jsonld import JsonLdSpider
from crawlers.spiders.remoteok import RemoteOkSpider
from crawlers.spiders.remotive import RemotiveSpider

BOARD_SPIDERS: dict[str, type[scrapy.Spider]] = {
    spider.name: spider
    for spider in (RemoteOkSpider, RemotiveSpider, HnSpider, ArbeitnowSpider, JsonLdSpider)
}
