"""SmartRecruiters: `GET {base}/v1/companies/{id}/postings?limit=&offset=` paged to the end, then
`GET {base}/v1/companies/{id}/postings/{postingId}` per posting for its description."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, quote, urlsplit

from jobwatch.crawlers.extract.smartrecruiters import extract_list_page, extract_posting
from jobwatch.crawlers.platform import SLUG, SLUG_HELP, Endpoint, Extraction, Kind, Platform
from jobwatch.crawlers.records import utc_now
from jobwatch.crawlers.replay_routes import detail_file, offset_paged, route
from jobwatch.crawlers.spiders.list_detail import ListDetailSpider

if TYPE_CHECKING:
    import scrapy

    from jobwatch.crawlers.extract.result import ExtractResult


PLATFORM = Platform(
    name="smartrecruiters",
    kind=Kind.ATS,
    base_url="https://api.smartrecruiters.com",
    endpoints=(
        Endpoint("GET", "/v1/companies/{board}/postings", "?limit=100&offset=N, to `totalFound`"),
        Endpoint("GET", "/v1/companies/{board}/postings/{id}", "one detail per posting"),
    ),
    token=SLUG,
    token_help=SLUG_HELP,
    example={"company": "Visa", "platform": "smartrecruiters", "board": "Visa"},
    extraction=Extraction.CALLBACK,  # list pages name the details to fetch and the next page
    request_budget=20000,  # one detail request per posting
    replay=(
        # <token>/<postingId>.json; the list is one recorded file, paged by the replay server
        route(r"/v1/companies/(?P<token>[^/]+)/postings/(?P<id>[^/]+)$", detail_file),
        route(r"/v1/companies/(?P<token>[^/]+)/postings$", offset_paged()),
    ),
    settings={"SMARTRECRUITERS_PAGE_SIZE": 100},  # the API's maximum `limit`
    notes="paged to `totalFound`; paging that ends early makes the board `partial`; a failed "
    "detail keeps the posting without description (board `partial`)",
)


class SmartRecruitersSpider(ListDetailSpider):
    name = PLATFORM.name
    platform = PLATFORM
    page_size_setting = "SMARTRECRUITERS_PAGE_SIZE"
    total_name = "totalFound"

    def list_request(self, board: str, offset: int) -> scrapy.Request:
        url = f"{self.board_url(board)}?limit={self.page_size}&offset={offset}"
        return self.page_request(board, url, offset=offset)

    def extract(self, body: bytes, *, board: str, url: str, fetched_at: str) -> ExtractResult:
        offset = int((parse_qs(urlsplit(url).query).get("offset") or ["0"])[0])
        return extract_list_page(
            body,
            board=board,
            url=url,
            fetched_at=fetched_at,
            crawl_id=self.crawl_id,
            offset=offset,
        )

    def posting_key(self, posting: dict[str, Any]) -> str:
        return str(posting["id"]).strip()

    def detail_url(self, board: str, posting: dict[str, Any]) -> str:
        return f"{self.board_url(board)}/{quote(self.posting_key(posting), safe='')}"

    def extract_posting(
        self, posting: dict[str, Any], body: bytes | None, *, board: str, url: str
    ) -> ExtractResult:
        return extract_posting(
            posting, body, board=board, url=url, fetched_at=utc_now(), crawl_id=self.crawl_id
        )
