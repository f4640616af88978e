"""Per-source request budget: a crawl of one source never makes more than N requests."""

from __future__ import annotations

from typing import TYPE_CHECKING

from scrapy.exceptions import IgnoreRequest

if TYPE_CHECKING:
    from typing import Self

    from scrapy.crawler import Crawler
    from scrapy.http import Request


class RequestBudgetExceeded(IgnoreRequest):
    """Raised for a request past the source's budget; the spider's errback records it per board."""


class RequestBudgetMiddleware:
    """Counts board requests (retries included) and refuses those past SOURCE_REQUEST_BUDGET."""

    def __init__(self, budget: int):
        self.budget = budget
        self.used = 0

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        settings = crawler.settings
        budgets = settings.getdict("SOURCE_REQUEST_BUDGET")
        name = crawler.spidercls.name
        default = settings.getint("SOURCE_REQUEST_BUDGET_DEFAULT", 1000)
        return cls(int(budgets.get(name, default)))

    def process_request(self, request: Request) -> None:
        if "board" not in request.meta:  # robots.txt and other housekeeping requests are free
            return
        if self.used >= self.budget:
            raise RequestBudgetExceeded(f"request budget of {self.budget} exhausted")
        self.used += 1
