"""The job-board spiders by source name (registered in jobwatch.crawlers.plan.SPIDERS)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from jobwatch.crawlers.spiders.arbeitnow import ArbeitnowSpider
from jobwatch.crawlers.spiders.hn import HnSpider
from jobwatch.crawlers.spiders.jsonld import JsonLdSpider
from jobwatch.crawlers.spiders.remoteok import RemoteOkSpider
from jobwatch.crawlers.spiders.remotive import RemotiveSpider

if TYPE_CHECKING:
    import scrapy

BOARD_SPIDERS: dict[str, type[scrapy.Spider]] = {
    spider.name: spider
    for spider in (RemoteOkSpider, RemotiveSpider, HnSpider, ArbeitnowSpider, JsonLdSpider)
}
