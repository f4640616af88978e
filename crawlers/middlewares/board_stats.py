"""Counts every HTTP attempt per board (retried ones too) into crawler stats."""

from __future__ import annotations

from typing import TYPE_CHECKING

from jobwatch.crawlers import health

if TYPE_CHECKING:
    from typing import Self

    from scrapy.crawler import Crawler
    from scrapy.http import Request, Response


class BoardStatsMiddleware:
    """Sits outside the retry middleware: a 500 then a 200 counts as {"500": 1, "200": 1}."""

    def __init__(self, crawler: Crawler):
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Self:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        board = request.meta.get("board")
        if board is not None:
            health.touch(self.stats, board)
            health.inc(self.stats, board, "requests")

    def process_response(self, request: Request, response: Response) -> Response:
        board = request.meta.get("board")
        if board is not None:
            health.touch(self.stats, board)
            health.inc(self.stats, board, f"http/{response.status}")
        return response

    def process_exception(self, request: Request, exception: Exception) -> None:
        board = request.meta.get("board")
        if board is not None:
            health.touch(self.stats, board)
            health.inc(self.stats, board, f"errors/{type(exception).__name__}")
